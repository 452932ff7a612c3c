import { z } from 'astro/zod';
import { listOf, positiveInt, text } from './messages.ts';
import { termForms } from './term-forms.ts';

/**
 * The forms of a term that search treats as one: the glossary's term, abbreviations, variants
 * and synonyms (content/glossary/glossary.yaml, the one list of synonyms; see
 * src/schemas/glossary.ts). The index step reads only these fields; the rest of an entry is
 * validated by the content layer during astro build.
 */
export const searchTermSchema = z.object(termForms);
export type SearchTerm = z.infer<typeof searchTermSchema>;

/** The glossary file as search reads it: a list of entries with an id each. */
export const searchTermsFileSchema = listOf(
  searchTermSchema.extend({ id: text('een id').regex(/^[a-z0-9-]+$/, { error: 'verwacht een id van kleine letters, cijfers en streepjes' }) }).loose(),
  'begrippen',
).superRefine((terms, ctx) => {
  const seen = new Map<string, string>();
  terms.forEach((t, i) => {
    if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${t.id}" komt twee keer voor` });
    seen.set(t.id, t.id);
  });
});

const word = text('een woord').regex(/^[\p{Ll}]+$/u, { error: 'verwacht een woord in kleine letters, zonder spaties of tekens' });

/** The rules and exceptions of compound splitting (content/search/compounds.yaml). */
export const compoundRulesSchema = z.object({
  minHead: positiveInt('een minimale lengte van een deel'),
  minTail: positiveInt('een minimale lengte van het laatste deel'),
  shortParts: listOf(word, 'korte woorden').default([]),
  particles: listOf(word, 'voorzetsels en bijwoorden').default([]),
  particleMinTail: positiveInt('een minimale lengte na een voorzetsel'),
  stopTails: listOf(word, 'uitgangen').default([]),
  inflections: listOf(text('een uitgang'), 'uitgangen').default([]),
  never: listOf(word, 'woorden').default([]),
  manual: z.record(word, listOf(word, 'delen')).default({}),
});
export type CompoundRulesData = z.infer<typeof compoundRulesSchema>;
