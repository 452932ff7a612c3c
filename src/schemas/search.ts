import { z } from 'astro/zod';
import { listOf, positiveInt, text } from './messages.ts';
import { termForms } from './term-forms.ts';

/** The forms of a term that search treats as one (the glossary's fields, src/schemas/term-forms.ts). */
export const searchTermSchema = z.object(termForms);
export type SearchTerm = z.infer<typeof searchTermSchema>;

const word = text('een woord').regex(/^[\p{Ll}]+$/u, {
  error: 'verwacht een woord in kleine letters, zonder spaties of tekens',
});

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
