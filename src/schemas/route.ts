import { z } from 'astro/zod';
import type { Ref } from './refs';
import { oneOf, positiveInt, text } from './messages';
import { entryId } from './builders';

/**
 * The onboarding route for staff: an ordered reading route through the documents and the
 * site's layers. Title and "why read this" are editorial. A step points to a document, a
 * chapter, or one of the layer pages; documents and chapters get their reading time from
 * their text, a layer page needs an editorial estimate in `minutes`.
 */
export const ROUTE_PAGES = ['/inwoners/', '/bevindingen/', '/tijdlijn/', '/begrippen/', '/cijfers/'] as const;

export function routeStepSchema(refs: { documents: Ref; chapters: Ref }) {
  return z
    .object({
      id: entryId(),
      order: positiveInt('een volgnummer'),
      title: text('een titel'),
      why: text('één regel: waarom dit lezen (redactie)'),
      document: refs.documents.optional(),
      chapter: refs.chapters.optional(),
      page: oneOf(ROUTE_PAGES, 'een pagina van de site').optional(),
      minutes: positiveInt('een leestijd in minuten').optional(),
    })
    .strict()
    .superRefine((step, ctx) => {
      const targets = [step.document, step.chapter, step.page].filter((t) => t !== undefined).length;
      if (targets !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['document'],
          message: `verwacht precies één doel: document, chapter of page; gekregen: ${targets}`,
        });
      }
      if (step.page && step.minutes === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['minutes'],
          message: 'een pagina van de site heeft een geschatte leestijd nodig (minutes)',
        });
      }
    });
}
