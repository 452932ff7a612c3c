/**
 * The index's own vocabulary, written at build time beside Pagefind's bundle: every word that
 * Pagefind indexes (additions such as compound tails included), with how often it occurs.
 * The search page loads it only when a query word finds nothing, to find a close word
 * (typo tolerance, src/lib/search/shared/typos.ts) or the compound that two typed words make.
 *
 * Only text Pagefind indexes counts: inside an element with data-pagefind-body, outside
 * data-pagefind-ignore, scripts and styles.
 */
import { ADDED_CLOSE, ADDED_OPEN, words } from '../shared/text.ts';
import { MIN_VOCABULARY_WORD, formatVocabulary } from '../shared/typos.ts';

export const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
export const TAG =
  /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** The text of a page that Pagefind indexes, as one string (entities left as spaces). */
export function indexedText(html: string): string {
  const stack: Array<{ name: string; body: boolean; ignore: boolean }> = [];
  let body = 0;
  let ignore = 0;
  let out = '';
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (body > 0 && ignore === 0) out += ` ${html.slice(last, m.index)}`;
    last = m.index + m[0].length;
    const name = m[3]?.toLowerCase();
    if (!name) continue; // comment, script, style
    if (m[2] === '/') {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at === -1) continue;
      for (const e of stack.splice(at)) {
        if (e.body) body--;
        if (e.ignore) ignore--;
      }
      continue;
    }
    const attrs = m[4] ?? '';
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    const entry = { name, body: /\sdata-pagefind-body\b/.test(attrs), ignore: /\sdata-pagefind-ignore\b/.test(attrs) };
    if (entry.body) body++;
    if (entry.ignore) ignore++;
    stack.push(entry);
  }
  return out
    .replace(/&[#a-z0-9]+;/gi, ' ')
    .replaceAll(ADDED_OPEN, ' ')
    .replaceAll(ADDED_CLOSE, ' ');
}

/** Counts the words of indexed pages. */
export class VocabularyCounter {
  readonly counts = new Map<string, number>();

  add(html: string): void {
    for (const w of words(indexedText(html))) {
      if (w.length < MIN_VOCABULARY_WORD || /\d/.test(w)) continue;
      this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
    }
  }

  /** The file the search page loads: one word and its count per line, most frequent first. */
  toString(): string {
    return formatVocabulary(this.counts);
  }
}
