/**
 * From Pagefind's results to the list a reader sees: one entry per page, linked to the section
 * (heading) where the words stand most, with the page's other matching sections after it.
 * Used by the search page and by the benchmark, so both rank the same way.
 */
import { cleanExcerpt, stripAdded } from './text.ts';
import { queryWords } from './query.ts';

/** The parts of Pagefind's result data that are used here. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ weight: number; balanced_score: number; location: number }>;
  locations?: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (with additions) and the word positions that matched. */
  content?: string;
  locations?: number[];
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface SectionHit {
  url: string;
  title: string;
  excerptHtml: string;
}

export interface PageHit {
  /** The best section first, then the other matching sections. */
  sections: SectionHit[];
  pageUrl: string;
  pageTitle: string;
  document?: string;
  kind?: string;
  date?: string;
}

/**
 * Sections whose heading does not name them well in a result list: “Officiële tekst” is
 * named after its page (the link still goes to the section), the editorial summary gets a
 * short name instead of its long heading.
 */
export const SECTION_NAMES: Readonly<Record<string, string | null>> = {
  'officiele-tekst': null,
  'samenvatting-redactie': 'Samenvatting (redactie)',
};

function sectionTitle(s: PagefindSubResult, pageTitle: string): string {
  const anchor = decodeURIComponent(s.url.split('#')[1] ?? '');
  if (anchor in SECTION_NAMES) return SECTION_NAMES[anchor] ?? pageTitle;
  return stripAdded(s.title);
}

function sectionScore(s: PagefindSubResult): number {
  if (s.weighted_locations?.length) return s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return s.locations?.length ?? 0;
}

/** One page's hit: its sections ordered by how well they match (ties keep page order). */
export function pageHit(data: PagefindResultData, maxSections = 3): PageHit {
  const pageTitle = stripAdded(data.meta.title ?? data.url);
  const subs = data.sub_results.length
    ? data.sub_results
    : [{ title: pageTitle, url: data.url, excerpt: data.excerpt }];
  const ordered = subs
    .map((s, i) => ({ s, i, score: sectionScore(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, maxSections)
    .map(({ s }) => ({ url: s.url, title: sectionTitle(s, pageTitle), excerptHtml: cleanExcerpt(s.excerpt) }));
  return {
    sections: ordered,
    pageUrl: data.url,
    pageTitle,
    document: data.meta.document,
    kind: data.meta.soort,
    date: data.meta.datum,
  };
}

/** The ranked list of section URLs (best section of each page, in Pagefind's page order). */
export function rankedSections(pages: readonly PageHit[], perPage = 1): string[] {
  return pages.flatMap((p) => p.sections.slice(0, perPage).map((s) => s.url));
}

function plainWord(w: string): string {
  return w.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The words of a query that no loaded result matched. Pagefind leaves out a query word that
 * matches nothing, and when nothing matches at all it returns pages with words that merely
 * start alike (“eenzame” → “een”, “wachtlijsten” → “wachten”); the search page says so instead
 * of pretending. A query word counts as matched when a matched word of a result (additions
 * included, so compound parts and abbreviations count) contains the word without its last
 * three letters (an ending), and at least its first five.
 */
export function unmatchedWords(query: string, results: readonly PagefindResultData[]): string[] {
  const matched = new Set<string>();
  for (const r of results) {
    const words = (r.content ?? '').split(/\s+/);
    for (const i of r.locations ?? []) {
      const w = words[i];
      if (w) matched.add(plainWord(w));
    }
  }
  const wanted = queryWords(query)
    .map((w) => {
      const plain = plainWord(w);
      return { w, key: plain.slice(0, Math.max(5, plain.length - 3)) };
    })
    .filter((x) => x.key);
  return wanted.filter(({ key }) => ![...matched].some((m) => m.includes(key))).map(({ w }) => w);
}

/** How a result count is said: “1 resultaat”, “12 resultaten”, with Dutch digit grouping. */
export function resultCount(n: number): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? 'resultaat' : 'resultaten'}`;
}
