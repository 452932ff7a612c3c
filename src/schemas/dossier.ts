import { z } from 'astro/zod';
import type { Ref } from './refs';
import { listOf, positiveInt, text } from './messages';
import { anchor, entryId, sourceReference } from './builders';

/**
 * Atelier dossiers for council members: one page per theme that opens as a decision brief
 * (what was asked, what was decided, what the VNG found in 2024, what is still open; each
 * quoted with its source) and then brings together the evidence: the vision passages, the
 * quick scan's findings, the figures, the open questions the documents raise and the
 * timeline. The intro and the brief's notes are editorial; everything else is a reference
 * that must resolve or a quote checked against the source.
 */
export interface DossierRefs {
  documents: Ref;
  chapters: Ref;
  findings: Ref;
  events: Ref;
  indicators: Ref;
}

/** One row of the decision brief: quotes, an editorial note, or both (a row is never empty). */
function briefRow(refs: DossierRefs, what: string) {
  return z
    .object(
      {
        /** Editorial replacement for the row's default key, e.g. "Ter besluit voorgelegd". */
        key: text(`de sleutel van de rij ${what} (redactie)`).optional(),
        /** Editorial label before the quotes, e.g. "Ontwerpbesluit voor de raadsvergadering van 21 juli 2021". */
        label: text(`een label bij de citaten van ${what} (redactie)`).optional(),
        quotes: listOf(
          sourceReference(refs, { quote: text('een letterlijk citaat uit het document') }),
          `citaten (${what})`,
        ).default([]),
        /** Editorial: what the quotes do not say, or why there is no quote. */
        note: text(`een toelichting bij ${what} (redactie)`).optional(),
      },
      { error: `verwacht bij ${what} { key, label, quotes, note }` },
    )
    .strict()
    .refine((r) => r.quotes.length > 0 || r.note, {
      error: `${what}: verwacht minstens één citaat of een toelichting (note)`,
    });
}

export function dossierSchema(refs: DossierRefs) {
  return z
    .object({
      id: entryId(),
      title: text('een titel'),
      order: positiveInt('een volgnummer'),
      /** Editorial: what the dossier is about, in two or three sentences. */
      intro: text('een inleiding (redactie)'),
      /** The decision brief at the top of the page. */
      brief: z
        .object(
          {
            asked: briefRow(refs, 'wat werd gevraagd (asked)'),
            decided: briefRow(refs, 'wat werd besloten (decided)'),
            found: briefRow(refs, 'wat de VNG in 2024 vond (found)'),
            open: briefRow(refs, 'wat nog openstaat (open)'),
          },
          { error: 'verwacht een brief met asked, decided, found en open' },
        )
        .strict(),
      /** Charts from content/indicators/charts.yaml shown with the figures. */
      charts: listOf(entryId('de id van een grafiek'), 'grafieken').default([]),
      /** Vision passages about the dossier's topic, each with a verbatim sentence from it. */
      vision: listOf(
        z
          .object(
            { chapter: refs.chapters, section: anchor().optional(), quote: text('een letterlijke zin uit de passage') },
            { error: 'verwacht { chapter, section, quote }' },
          )
          .strict(),
        'visiepassages',
      ).default([]),
      findings: listOf(refs.findings, 'bevindingen').default([]),
      indicators: listOf(refs.indicators, 'indicatoren').default([]),
      questions: listOf(
        sourceReference(refs, { quote: text('een letterlijke vraag of open punt uit het document') }),
        'open vragen',
      ).default([]),
      events: listOf(refs.events, 'gebeurtenissen').default([]),
    })
    .strict();
}
