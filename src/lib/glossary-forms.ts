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

/**
 * Whether a title uses one of the forms. A title starts as a sentence does, so its first word may
 * carry a capital the form does not: "Rondebriefje Informatieronde" uses "rondebriefje".
 */
export function inTitle(forms: readonly string[], title: string): boolean {
  const capitalised = forms.map((f) => f.charAt(0).toLocaleUpperCase('nl') + f.slice(1));
  return formPattern([...new Set([...forms, ...capitalised])]).test(title);
}

/**
 * A form as a reader tells it apart: case, hyphens and spaces aside ("WMO" is "Wmo", "P&C-cyclus"
 * is "P&C cyclus"), and the parts of a combined abbreviation in any order ("BW/MO" is "MO/BW").
 */
function shownKey(form: string): string {
  return form
    .split('/')
    .map((part) =>
      part
        .toLocaleLowerCase('nl')
        .replace(/[\s-]+/g, ' ')
        .trim(),
    )
    .sort()
    .join('/');
}

/**
 * The abbreviations and other spellings to show beside a term in the glossary, each once: the
 * data keeps every form the documents write (linking and search match them case as written),
 * but a reader needs "Wmo" once, not "Wmo, WMO". Keeps the first form of each (so the data lists
 * the preferred spelling first), leaves out forms that only repeat the term, and leaves out the
 * parts of a combined abbreviation that is shown ("MO" and "BW" beside "MO/BW").
 */
export function shownForms(entry: Pick<GlossaryForms, 'term' | 'abbreviations' | 'variants'>): {
  abbreviations: string[];
  variants: string[];
} {
  const seen = new Set([shownKey(entry.term)]);
  const parts = new Set(
    [...entry.abbreviations, ...entry.variants]
      .filter((f) => f.includes('/'))
      .flatMap((f) => f.split('/').map(shownKey)),
  );
  const keep = (forms: readonly string[]) =>
    forms.filter((f) => {
      const key = shownKey(f);
      if (seen.has(key) || parts.has(key)) return false;
      seen.add(key);
      return true;
    });
  const abbreviations = keep(entry.abbreviations);
  return { abbreviations, variants: keep(entry.variants) };
}
