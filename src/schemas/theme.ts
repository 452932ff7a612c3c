import { z } from 'astro/zod';
import { oneOf, text } from './messages';

/** A theme: the vision's three strategic themes and the governance topics of the letters. */
export const themeSchema = z.object({
  name: text('een naam'),
  group: oneOf(['visie', 'bestuur', 'context'] as const, 'een groep'),
  /** Editorial one-line description; shown as such. */
  description: text('een korte omschrijving'),
  order: z.number().int(),
});
