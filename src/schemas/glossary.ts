import { z } from 'astro/zod';
import type { Ref } from './refs.ts';
import { text } from './messages.ts';
import { termForms } from './term-forms.ts';
import { entryId, sourceReference } from './builders.ts';

/**
 * The glossary: every abbreviation and term a newcomer stumbles over. The definition is
 * editorial (shown as such); where the documents themselves say what a term means, that
 * sentence is quoted verbatim in `fromSource` and linked. `abbreviations` and `variants`
 * are the forms the documents use; together with `term` they are the one list of synonyms
 * that linking (src/plugins/glossary-links.ts) and search (src/lib/search/indexer/synonyms.ts) share.
 */
export function glossarySchema(refs: { documents: Ref; chapters: Ref; themes: Ref }) {
  return z
    .object({
      id: entryId(),
      ...termForms,
      /** Editorial definition in plain Dutch. */
      definition: text('een omschrijving (redactie)'),
      /** Where a document says what the term means: the sentence, verbatim. */
      fromSource: sourceReference(refs, { quote: text('de letterlijke zin uit het document') }).optional(),
      /** Editorial grouping for narrowing the glossary by theme (/begrippen/thema/<id>/); none for general terms. */
      themes: z
        .array(refs.themes, { error: 'verwacht een lijst van thema-ids uit content/themes/themes.yaml' })
        .default([]),
      /** false: listed, but the documents' text is not linked to it automatically. */
      link: z.boolean({ error: 'verwacht true of false' }).default(true),
    })
    .strict();
}
export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
