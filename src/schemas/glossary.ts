import { z } from 'astro/zod';
import type { Ref } from './refs';
import { listOf, text } from './messages';

/**
 * The glossary: every abbreviation and term a newcomer stumbles over. The definition is
 * editorial (shown as such); where the documents themselves say what a term means, that
 * sentence is quoted verbatim in `fromSource` and linked. `abbreviations` and `variants`
 * are the forms the documents use; together with `term` they are the one list of synonyms
 * that linking (src/plugins/glossary-links.ts) and search (src/lib/search/synonyms.ts) share.
 */
export function glossarySchema(refs: { documents: Ref; chapters: Ref }) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, { error: 'verwacht een id van kleine letters, cijfers en streepjes' }),
      /** The term as written in full ("Wet maatschappelijke ondersteuning", "sociale basis"). */
      term: text('een begrip'),
      /** Abbreviations as the documents write them ("Wmo", "WMO"). */
      abbreviations: listOf(text('een afkorting'), 'afkortingen').default([]),
      /** Other forms and synonyms that mean the same ("WMO 2015", "voorliggend veld"). */
      variants: listOf(text('een variant'), 'varianten').default([]),
      /**
       * Everyday words people search with that the documents do not use for the term
       * ("bijstandswet" for the Participatiewet). Search only: not linked in the text.
       */
      synonyms: listOf(text('een synoniem'), 'synoniemen').default([]),
      /** Editorial definition in plain Dutch. */
      definition: text('een omschrijving (redactie)'),
      /** Where a document says what the term means: the sentence, verbatim. */
      fromSource: z
        .object(
          {
            document: refs.documents,
            chapter: refs.chapters.optional(),
            section: z.string().regex(/^[\p{Ll}\p{N}-]+$/u, { error: 'verwacht het anker van een kop' }).optional(),
            quote: text('de letterlijke zin uit het document'),
          },
          { error: 'verwacht { document, chapter, section, quote }' },
        )
        .strict()
        .optional(),
      /** false: listed, but the documents' text is not linked to it automatically. */
      link: z.boolean({ error: 'verwacht true of false' }).default(true),
    })
    .strict();
}
export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
