import { z } from 'astro/zod';
import type { Ref } from './refs';
import { partialDate } from './date';
import { oneOf, text } from './messages';
import { entryId, sourceReference } from './builders';

/**
 * Dated events from the sources, for the timeline. The title is editorial and short; the
 * quote is the sentence of the source that gives the date (verbatim, checked by
 * tests/content/events.test.ts). The date is as precise as the source: "2013", "2024-Q3",
 * "2021-07", "2021-07-21".
 */
export const EVENT_KINDS = ['besluit', 'sessie', 'rapport', 'organisatie', 'mijlpaal', 'ambitie'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function eventSchema(refs: { documents: Ref; chapters: Ref }) {
  return z
    .object({
      id: entryId(),
      title: text('een korte titel'),
      date: partialDate,
      /** End of a period the source gives ("2017-2020"). */
      until: partialDate.optional(),
      kind: oneOf(EVENT_KINDS, 'een soort gebeurtenis'),
      /** true: the source names it as planned or intended, not as done. */
      planned: z.boolean({ error: 'verwacht true of false' }).default(false),
      source: sourceReference(
        refs,
        { quote: text('de letterlijke zin uit de bron met de datum') },
        { missing: 'ontbreekt; verwacht { document, quote } met de plek in de bron' },
      ),
      /** Editorial remark, e.g. how the date follows from the text. */
      note: text('een toelichting').optional(),
    })
    .strict();
}

/**
 * Dates in the sources that the timeline deliberately does not show as an event of their own, each with
 * the editorial reason (content/events/left-out.yaml). `naam`: a year inside a name, number or address,
 * covering every occurrence of the phrase; `briefhoofd`: a date line of a letterhead of one document;
 * `zin`: one dated sentence of one document, quoted verbatim.
 * tests/content/events.test.ts checks that every date in the sources is in an event's quote or here.
 */
export const LEFT_OUT_KINDS = ['naam', 'briefhoofd', 'zin'] as const;

export function leftOutSchema(refs: { documents: Ref; events: Ref }) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, { error: 'verwacht een id van kleine letters, cijfers en streepjes' }),
      kind: oneOf(LEFT_OUT_KINDS, 'een soort (naam, briefhoofd of zin)'),
      document: refs.documents.optional(),
      quote: text('de letterlijke zin of naam uit de bron'),
      reason: text('de reden waarom dit niet als gebeurtenis op de tijdlijn staat'),
      event: refs.events.optional(),
    })
    .strict()
    .refine((v) => v.kind === 'naam' || v.document !== undefined, {
      error: 'een zin of briefhoofd hoort bij één document: verwacht document',
      path: ['document'],
    });
}
