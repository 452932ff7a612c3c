import { z } from 'astro/zod';
import type { Ref } from './refs';
import { partialDate } from './date';
import { listOf, oneOf, positiveInt, text } from './messages';
import { AUDIENCES, DOCUMENT_KINDS } from './vocabulary';
import { entryId } from './builders';
import { keepUnitWithNumber } from '../lib/numbers';

/**
 * The reference builders come from `astro:content` in the real config and from a stand-in
 * in unit tests, so the schemas stay plain, testable modules.
 */
export interface RefBuilders {
  documents: Ref;
  themes: Ref;
  trajectories: Ref;
}

const person = z.object(
  {
    name: text('een naam'),
    role: text('een functie of rol').optional(),
  },
  { error: 'verwacht een persoon als { name: "…", role: "…" }' },
);

const referenceNumber = z.object(
  {
    label: text('een omschrijving van het kenmerk'),
    value: text('het kenmerk zelf'),
  },
  { error: 'verwacht een kenmerk als { label: "…", value: "…" }' },
);

/** An editorial summary; a figure keeps its unit on the same line (“€ 0,43 mln.”, keepUnitWithNumber). */
const summary = text('een samenvatting in gewone taal (B1)')
  .refine((s) => s.split(/\s+/).length <= 120, {
    error: 'de samenvatting is te lang: houd haar onder 120 woorden',
  })
  .transform(keepUnitWithNumber);

export function documentSchema(refs: RefBuilders) {
  return z
    .object({
      /** Optional: overrides the file name as the page's URL slug. */
      slug: entryId('een slug').optional(),
      title: text('een titel'),
      /**
       * Set when the document itself has no title or subject line, so the title is the editors':
       * the editorial explanation, shown with the title as "titel redactie".
       */
      titleNote: text('een toelichting bij een titel van de redactie').optional(),
      shortTitle: text('een korte titel').optional(),
      subtitle: text('een ondertitel').optional(),
      kind: oneOf(DOCUMENT_KINDS, 'een documentsoort'),
      date: partialDate,
      dateNote: text('een toelichting op de datum').optional(),
      references: listOf(referenceNumber, 'kenmerken').default([]),
      issuer: text('de afzender (instantie)').optional(),
      signatories: listOf(person, 'ondertekenaars').default([]),
      portfolioHolders: listOf(text('een portefeuillehouder'), 'portefeuillehouders').default([]),
      status: text('een status'),
      sourceFile: z
        .string({ error: 'verwacht de naam van het bronbestand in content/sources/, bijv. "sociale-visie-2040.txt"' })
        .regex(/^[a-z0-9][a-z0-9-]*\.txt$/, { error: 'verwacht een bestandsnaam zoals "sociale-visie-2040.txt"' }),
      audiences: listOf(oneOf(AUDIENCES, 'een doelgroep'), 'doelgroepen').min(1, {
        error: 'verwacht minstens één doelgroep',
      }),
      themes: listOf(refs.themes, 'thema’s').default([]),
      order: positiveInt('een volgnummer'),
      /** The decision or report the document belongs to (content/trajectories/); /documenten/ groups by it. */
      trajectory: refs.trajectories.optional(),
      annexOf: refs.documents.optional(),
      summary,
    })
    .strict();
}

export function chapterSchema(refs: RefBuilders) {
  return z
    .object({
      title: text('een titel'),
      number: z
        .string({ error: 'verwacht een hoofdstuknummer als tekst tussen aanhalingstekens, bijv. "3.1"' })
        .regex(/^\d+(\.\d+)*$/, { error: 'verwacht een hoofdstuknummer zoals "2" of "3.1"' })
        .optional(),
      document: refs.documents,
      order: positiveInt('een volgnummer'),
      themes: listOf(refs.themes, 'thema’s').default([]),
      summary,
    })
    .strict();
}
