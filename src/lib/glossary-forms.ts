/**
 * The glossary as a plain list of forms, shared by the linking plugin (which runs in the
 * Markdown pipeline, outside Astro's content layer) and the glossary page. Plain TypeScript
 * without Astro imports so config, plugins and tests can all use it. (Search reads the same
 * file for its synonyms: src/lib/search/indexer/load.ts.)
 */

export interface GlossaryForms {
  id: string;
  term: string;
  abbreviations: string[];
  variants: string[];
  definition: string;
  link: boolean;
}

/** Every form a term is written in, longest first (so "WMO 2015" wins over "WMO"). */
export function formsOf(entry: Pick<GlossaryForms, 'term' | 'abbreviations' | 'variants'>): string[] {
  return [...new Set([entry.term, ...entry.abbreviations, ...entry.variants])].sort((a, b) => b.length - a.length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression that finds a form as a whole word, case as written: "Wmo" and "WMO"
 * match, "wmo" inside another word does not. Letters, digits and the hyphen count as word
 * characters, so "P-wet" is not found inside "P-wetten".
 */
export function formPattern(forms: readonly string[]): RegExp {
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}-])`, 'gu');
}
