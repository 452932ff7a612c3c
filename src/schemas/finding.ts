import { z } from 'astro/zod';
import type { Ref } from './refs';
import { listOf, oneOf, positiveInt, text } from './messages';
import { ANCHOR_PATTERN, chapterSection, entryId } from './builders';

/**
 * Findings: one entry per topic of the 2024 quick scan letter, with what the VNG's
 * visitation committee found in 2021 (as the letter summarises it) and how the letter
 * judges 2024. Everything except `status`, `judgement` and `note` is quoted verbatim from the letter;
 * a test checks every quote against the source text.
 */

/** The letter's own four parts ("In onze beantwoording … de volgende onderdelen"). */
export const FINDING_AREAS = ['algemeen', 'financien', 'inkoop', 'mo-bw'] as const;
export type FindingArea = (typeof FINDING_AREAS)[number];

/** The editorial status scale: small and fixed, from most to least progress. */
export const FINDING_STATUSES = ['duidelijke-voortgang', 'deels', 'geen-oordeel', 'nog-een-opgave'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface FindingRefs {
  documents: Ref;
  chapters: Ref;
  indicators: Ref;
  themes: Ref;
}

const section = z
  .string({ error: 'verwacht het anker van een kop als tekst, bijv. "toegang"' })
  .regex(ANCHOR_PATTERN, { error: 'verwacht het anker van een kop, bijv. "toegang" of "financiën"' });

const quotes = (what: string) => listOf(text(`een letterlijk citaat (${what})`), what);

export function findingSchema(refs: FindingRefs) {
  return z
    .object({
      id: entryId(),
      title: text('een titel'),
      area: oneOf(FINDING_AREAS, 'een onderdeel van de brief'),
      order: positiveInt('een volgnummer'),
      /** Where the letter discusses the topic: the document and the heading's anchor. */
      source: z
        .object(
          { document: refs.documents, section },
          {
            error: (iss) =>
              iss.input === undefined ? 'ontbreekt; verwacht { document, section }' : 'verwacht { document, section }',
          },
        )
        .strict(),
      /** What the committee found in 2021, as the letter summarises it (verbatim). */
      finding2021: quotes('bevindingen 2021'),
      /** How the letter judges 2024 (verbatim). */
      assessment2024: quotes('oordeel 2024').min(1, { error: 'verwacht minstens één citaat met het oordeel van 2024' }),
      /** The evidence points the letter gives (verbatim). */
      evidence: quotes('bewijspunten').default([]),
      /** What remains to be done, in the letter's words; empty when the letter names nothing. */
      remaining: quotes('wat nog moet gebeuren').default([]),
      /** Editorial label on a fixed scale. */
      status: oneOf(FINDING_STATUSES, 'een status'),
      /** The sentence of the letter that justifies the label (verbatim). */
      justification: text('de zin uit de brief die de status onderbouwt'),
      /** Vision passages the topic relates to. */
      vision: listOf(chapterSection(refs, section), 'visiepassages').default([]),
      indicators: listOf(refs.indicators, 'indicatoren').default([]),
      themes: listOf(refs.themes, 'thema’s').default([]),
      /**
       * Set where the label does not follow from the justifying sentence alone (the letter is mixed or
       * gives no verdict of its own): the editors' explanation of their choice, shown with the label.
       */
      judgement: text('een toelichting waarom het label een afweging van de redactie is').optional(),
      /** Optional editorial remark, shown as such. */
      note: text('een toelichting').optional(),
    })
    .strict();
}
export type Finding = z.infer<ReturnType<typeof findingSchema>>;
