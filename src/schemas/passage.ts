import { z } from 'astro/zod';
import type { Ref } from './refs';
import { listOf, oneOf, positiveInt, text } from './messages';
import { anchor, entryId } from './builders';

/**
 * Passages: quoted pieces of a document that a layer page shows on their own, such as the
 * four dilemmas of the visitation committee, the closing judgement of the quick scan and
 * the offer of ‘spiegelsessies’. The title is editorial; the quotes are verbatim and
 * checked against the source text by tests/content/findings.test.ts.
 */
export const PASSAGE_KINDS = ['dilemma', 'slotoordeel', 'aanbod'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

export function passageSchema(refs: { documents: Ref }) {
  return z
    .object({
      id: entryId(),
      kind: oneOf(PASSAGE_KINDS, 'een soort passage'),
      order: positiveInt('een volgnummer'),
      /** Editorial short title. */
      title: text('een korte titel'),
      source: z
        .object(
          {
            document: refs.documents,
            section: anchor('"tot-slot"').optional(),
          },
          {
            error: (iss) =>
              iss.input === undefined ? 'ontbreekt; verwacht { document, section }' : 'verwacht { document, section }',
          },
        )
        .strict(),
      quotes: listOf(text('een letterlijk citaat'), 'citaten').min(1, {
        error: 'verwacht minstens één citaat uit de bron',
      }),
    })
    .strict();
}
