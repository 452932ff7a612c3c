import { listOf, text } from './messages.ts';

/**
 * The ways a term is written: the glossary's fields (src/schemas/glossary.ts) that search also
 * reads from the same file (src/schemas/search.ts), defined once so both validate them alike.
 * Plain imports with extensions: the search index step loads this outside Astro, in Node.
 */
export const termForms = {
  /** The term as written in full ("Wet maatschappelijke ondersteuning", "sociale basis"). */
  term: text('de term voluit'),
  /** Abbreviations exactly as the documents write them, capitals included ("Wmo", "WMO", "P-wet"). */
  abbreviations: listOf(text('een afkorting'), 'afkortingen').default([]),
  /** Other spellings and longer or shorter forms that mean the same ("WMO 2015", "voorliggend veld"). */
  variants: listOf(text('een schrijfwijze'), 'schrijfwijzen').default([]),
  /**
   * Everyday words people search with that the documents do not use for the term
   * ("bijstandswet" for the Participatiewet). Search only: not linked in the text.
   */
  synonyms: listOf(text('een synoniem'), 'synoniemen').default([]),
};
