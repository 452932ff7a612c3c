/**
 * From Pagefind's results to the list a reader sees: one entry per page, linked to the section
 * (heading) where the words stand most, with the page's other matching sections after it.
 * Used by the search page and by the benchmark, so both rank the same way.
 */
import { cleanExcerpt, stripAdded } from './text.ts';
import { queryWords } from './query.ts';
import { GLOSSARY_KIND, META } from './filters.ts';

/** An element with an id on a page, and the word position where it starts (Pagefind's anchors). */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** The parts of Pagefind's result data that are used here. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ weight: number; balanced_score: number; location: number }>;
  locations?: number[];
  anchor?: PagefindAnchor;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (with additions) and the word positions that matched. */
  content?: string;
  locations?: number[];
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
  anchors?: PagefindAnchor[];
}

export interface SectionHit {
  /** The section (heading) the words stand in. */
  url: string;
  /** Where the link goes: the paragraph that holds the first matched word, else the section. */
  href: string;
  /** The words to mark on arrival (a URL text fragment), when the link goes to a paragraph. */
  text?: string;
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

/** Paragraph anchors of the official text: `alinea-n` (src/plugins/paragraph-anchors.ts). */
export const PARAGRAPH_ID = /^alinea-\d+$/;

/** The word as it stands on the page: no punctuation around it, no addition. */
function pageWord(w: string | undefined): string | undefined {
  const plain = w?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return plain || undefined;
}

/**
 * Where a section hit lands: the paragraph (`alinea-n`) that holds the section's first matched
 * word, and the words there to mark on arrival (the matched word and up to two after it, as
 * they stand on the page; a word found through an index addition is marked as the word it
 * belongs to). Without a paragraph before the word in the section, the section itself.
 */
export function landing(data: PagefindResultData, s: PagefindSubResult): { href: string; text?: string } {
  const locations = s.locations?.length ? s.locations : (s.weighted_locations ?? []).map((l) => l.location);
  const start = s.anchor?.location ?? 0;
  // Words in the section's heading: the paragraph is where the words stand in its text.
  const headingWords = s.anchor?.text ? s.anchor.text.split(/\s+/).filter(Boolean).length : 0;
  const inText = locations.filter((l) => l >= start + headingWords);
  const first = Math.min(...inText);
  if (!Number.isFinite(first)) return { href: s.url };
  const paragraph = (data.anchors ?? [])
    .filter((a) => PARAGRAPH_ID.test(a.id) && a.location <= first && a.location >= start)
    .sort((a, b) => b.location - a.location)[0];
  if (!paragraph) return { href: s.url };
  const next = (data.anchors ?? [])
    .filter((a) => a.location > first)
    .reduce((m, a) => Math.min(m, a.location), Infinity);
  const words = (data.content ?? '').split(/\s+/);
  // A matched addition (⟦…⟧) stands for the word before it.
  const at = wordOf(words, first);
  const shown: string[] = [];
  for (let i = at; i < words.length && i < next && shown.length < 3; i++) {
    const w = words[i]!;
    if (w.startsWith('⟦')) {
      // Skip the whole addition.
      while (i < words.length && !words[i]!.includes('⟧')) i++;
      continue;
    }
    const plain = pageWord(w);
    if (!plain) break;
    shown.push(plain);
    if (/[.,;:!?)]$/.test(w)) break;
  }
  const base = s.url.split('#')[0];
  return { href: `${base}#${paragraph.id}`, text: shown.length ? shown.join(' ') : undefined };
}

/** The position of the page word a location belongs to: itself, or the word before its addition. */
function wordOf(words: readonly string[], location: number): number {
  let open = -1;
  for (let i = location; i >= 0; i--) {
    const w = words[i] ?? '';
    if (w.includes('⟧') && i < location) break; // an addition closed before: not inside one
    if (w.includes('⟦')) {
      open = i;
      break;
    }
  }
  return open > 0 ? open - 1 : location;
}

/** The link with a text fragment that marks the words on arrival (for browsers that support it). */
export function withTextFragment(hit: Pick<SectionHit, 'href' | 'text'>): string {
  if (!hit.text) return hit.href;
  return `${hit.href}:~:text=${encodeURIComponent(hit.text).replace(/-/g, '%2D')}`;
}

/** One page's hit: its sections ordered by how well they match (ties keep page order). */
export function pageHit(data: PagefindResultData, maxSections = 3): PageHit {
  const pageTitle = stripAdded(data.meta.title ?? data.url);
  const subs = data.sub_results.length
    ? data.sub_results
    : [{ title: pageTitle, url: data.url, excerpt: data.excerpt, locations: data.locations }];
  const all = subs
    .map((s, i) => ({ s, i, score: sectionScore(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ s }) => ({
      url: s.url,
      ...landing(data, s),
      title: sectionTitle(s, pageTitle),
      excerptHtml: cleanExcerpt(s.excerpt),
    }));
  const ordered = all.slice(0, maxSections);
  // When the words of the best section stand only in its heading (often the page's title),
  // its link goes to the best paragraph of the page that holds them in its text.
  const best = ordered[0];
  const inText = all.find((h) => h.href !== h.url);
  if (best && best.href === best.url && inText) ordered[0] = { ...best, href: inText.href, text: inText.text };
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
  return w
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
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

/** A glossary term that answers a query: shown on top of the results with its definition. */
export interface GlossaryAnswer {
  /** The term's title ("Klant Contact Centrum (KCC)"). */
  title: string;
  definition: string;
  url: string;
  /** Which of the loaded results it is (the list leaves it out). */
  index: number;
}

/** Spelling that does not make a term another term: case, spaces, hyphens, punctuation. */
function termKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The glossary record among the loaded results whose term, abbreviation, variant or synonym is
 * the whole query (“KCC”, “P&C cyclus” = “P&C-cyclus”), if there is one.
 */
export function glossaryAnswer(query: string, data: readonly PagefindResultData[]): GlossaryAnswer | undefined {
  const key = termKey(query);
  if (!key) return undefined;
  const index = data.findIndex(
    (d) => d.meta[META.kind] === GLOSSARY_KIND && (d.meta[META.forms] ?? '').split('|').some((f) => termKey(f) === key),
  );
  const d = data[index];
  if (!d) return undefined;
  return { title: stripAdded(d.meta.title ?? ''), definition: d.meta[META.definition] ?? '', url: d.url, index };
}
