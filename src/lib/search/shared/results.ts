/**
 * From Pagefind's results to the list a reader sees: one entry per page, linked to the section
 * (heading) where the words stand most, with the page's other matching sections after it.
 * Used by the search page and by the benchmark, so both rank the same way.
 */
import { cleanExcerpt, escapeHtml, stripAdded } from './text.ts';
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
  /** The words just before them in the paragraph, so the fragment marks this place and not an earlier one. */
  prefix?: string;
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
 * The line under a result's title: where the words stand (document › page, when the title names
 * a section) and what the page is (kind, date). A kind that repeats the line's last name goes:
 * a section of the timeline read “Tijdlijn · Tijdlijn”, a chart page “Cijfers · Cijfers”.
 */
export function resultContext(
  hit: Pick<PageHit, 'document' | 'pageTitle' | 'kind' | 'date'>,
  inSection: boolean,
): string {
  const where: string[] = [];
  if (hit.document && !hit.pageTitle.includes(hit.document)) where.push(hit.document);
  if (inSection) where.push(hit.pageTitle);
  const same = (a?: string, b?: string) => Boolean(a && b && a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl'));
  const kind = same(hit.kind, where.at(-1)) ? undefined : hit.kind;
  const facts = [kind, hit.date].filter(Boolean).join(', ');
  return [where.join(' › '), facts].filter(Boolean).join(' · ');
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

/** The editorial summary of a document page (not the document's own text). */
const EDITORIAL_SECTION = 'samenvatting-redactie';

function isEditorial(s: PagefindSubResult): boolean {
  return decodeURIComponent(s.url.split('#')[1] ?? '') === EDITORIAL_SECTION;
}

function sectionScore(s: PagefindSubResult): number {
  if (s.weighted_locations?.length) return s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return s.locations?.length ?? 0;
}

function subLocations(s: PagefindSubResult): number[] {
  return s.locations?.length ? s.locations : (s.weighted_locations ?? []).map((l) => l.location);
}

/**
 * Where a link into the official text can land: paragraphs (`alinea-n`,
 * src/plugins/paragraph-anchors.ts), footnotes (`user-content-fn-n`, remark-gfm's ids) and the
 * signature block (`ondertekening`, src/components/mdx/Signatures.astro).
 */
export const PARAGRAPH_ID = /^(?:alinea-\d+|user-content-fn-\d+|ondertekening)$/;

/**
 * What a query word must contain to count as found in a page word: the word without an
 * ending of up to three letters (with a vowel, or one letter), and at least its first five letters (“stadsdialoog” is found
 * in “stadsdialogen”, “plaats” in “plaatsgevonden”). The same rule as unmatchedWords.
 */
function wordKey(word: string): string {
  const plain = plainWord(word);
  // An ending has a vowel, or is one letter (“-s”, “-t”): “jeugdzrg” without “zrg” is “jeugd”,
  // and every page about youth then counted as a match for the typo, which was never corrected.
  let drop = Math.min(3, plain.length - 5);
  while (drop > 1 && !/[aeiouyàáâäèéêëïíîóôöúûü]/.test(plain.slice(-drop))) drop--;
  return drop > 0 ? plain.slice(0, -drop) : plain;
}

/** The keys of a query's words, each once. */
export function wordKeys(query: string): string[] {
  const keys = queryWords(query).map(wordKey).filter(Boolean);
  return [...new Set(keys)];
}

/** How many of the query's words (keys) the page words at these locations hold. */
function coverage(words: readonly string[], locations: readonly number[], keys: readonly string[]): number {
  if (!keys.length) return 0;
  const found = new Set<string>();
  for (const l of locations) {
    const w = plainWord(words[l] ?? '');
    for (const k of keys) if (w.includes(k)) found.add(k);
  }
  return found.size;
}

/** The word as it stands on the page: no punctuation around it, no addition. */
function pageWord(w: string | undefined): string | undefined {
  const plain = w?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return plain || undefined;
}

/** A block a reader sees (a heading, a paragraph, a footnote, a figure): its anchor and word span. */
interface Block {
  id: string;
  start: number;
  /** The first word after it (its text as Pagefind read it, without the paragraph's citation). */
  end: number;
}

/** Words of an anchor's text as the index counts them; a paragraph's citation (“¶Citeer…”) is not indexed. */
function anchorWords(a: PagefindAnchor): number {
  return (a.text ?? '')
    .split(/¶\s*Citeer/)[0]!
    .split(/\s+/)
    .filter(Boolean).length;
}

/**
 * The page's blocks in order. A word between blocks (a pull quote or a caption without an id)
 * belongs to none, so it does not join the paragraph before it.
 */
function blocksOf(data: PagefindResultData): Block[] {
  const anchors = (data.anchors ?? [])
    .filter((a) => /^h[1-6]$/i.test(a.element) || PARAGRAPH_ID.test(a.id) || a.element === 'figure')
    .sort((a, b) => a.location - b.location);
  // Pagefind gives the text of paragraphs and headings, not of list items: those end where the next block starts.
  return anchors.map((a, i) => ({
    id: a.id,
    start: a.location,
    end: a.text ? a.location + Math.max(1, anchorWords(a)) : (anchors[i + 1]?.location ?? Infinity),
  }));
}

/** The block a word position belongs to, by its start (a negative key for a word between blocks). */
function blockKey(blocks: readonly Block[], l: number): number {
  const b = blocks.filter((x) => x.start <= l).at(-1);
  if (!b) return -1;
  return l < b.end ? b.start : -2 - b.start;
}

/**
 * The most query words that stand together in one block of the page (a paragraph, a footnote,
 * a heading). A page where the words stand in one passage answers a query of several words
 * better than one where they are spread over the page.
 */
export function wordsTogether(data: PagefindResultData, query: string, locations = data.locations ?? []): number {
  const keys = wordKeys(query);
  if (keys.length < 2) return keys.length;
  const words = (data.content ?? '').split(/\s+/);
  const blocks = blocksOf(data);
  const byBlock = new Map<number, number[]>();
  for (const l of locations) {
    const key = blockKey(blocks, l);
    byBlock.set(key, [...(byBlock.get(key) ?? []), l]);
  }
  let best = 0;
  for (const here of byBlock.values()) best = Math.max(best, coverage(words, here, keys));
  return best;
}

/**
 * Where a section hit lands: the paragraph (`alinea-n`) or footnote in the section that holds
 * the most of the query's words (of several equally good, the one with the most matches, then
 * the first), and the words there to mark on arrival (the first matched word and up to two after
 * it, as they stand on the page; a word found through an index addition is marked as the word
 * it belongs to). Without a paragraph before the words in the section, the section itself.
 */
export function landing(
  data: PagefindResultData,
  s: PagefindSubResult,
  query = '',
): { href: string; text?: string; prefix?: string } {
  const locations = subLocations(s);
  const start = s.anchor?.location ?? 0;
  // Words in the section's heading: the paragraph is where the words stand in its text.
  const headingWords = s.anchor?.text ? s.anchor.text.split(/\s+/).filter(Boolean).length : 0;
  const inText = locations.filter((l) => l >= start + headingWords);
  if (!inText.length) return { href: s.url };
  const paragraphs = blocksOf(data).filter((b) => PARAGRAPH_ID.test(b.id) && b.start >= start);
  const words = (data.content ?? '').split(/\s+/);
  const keys = wordKeys(query);
  // The matches in each paragraph's own words.
  const candidates = paragraphs
    .map((p) => {
      const here = inText.filter((l) => l >= p.start && l < p.end);
      return { p, here, covered: coverage(words, here, keys) };
    })
    .filter((c) => c.here.length > 0);
  const chosen = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, c) =>
      !best || c.covered > best.covered || (c.covered === best.covered && c.here.length > best.here.length) ? c : best,
    undefined,
  );
  const firstInText = Math.min(...inText);
  // Words before the first paragraph of the section (an introduction without an anchor): the
  // section itself, unless a paragraph holds more of the words.
  const before = inText.filter((l) => l < (paragraphs[0]?.start ?? Infinity));
  if (!chosen || (before.length && coverage(words, before, keys) >= chosen.covered && firstInText < chosen.p.start))
    return { href: s.url };
  const paragraph = chosen.p;
  const first = Math.min(...chosen.here);
  const next = (data.anchors ?? [])
    .filter((a) => a.location > first)
    .reduce((m, a) => Math.min(m, a.location), Infinity);
  // A matched addition (⟦…⟧) stands for the word before it.
  const at = wordOf(words, first);
  const shown: string[] = [];
  for (let i = at; i < words.length && i < next && shown.length < 3; i++) {
    const w = words[i]!;
    if (w.startsWith('⟦')) {
      // Skip the whole addition. A word glued to its end (“⟦kamp⟧Wethouder”) began in the next
      // inline element, which a text fragment may not match across: stop there.
      while (i < words.length && !words[i]!.includes('⟧')) i++;
      if (/⟧./u.test(words[i] ?? '')) break;
      continue;
    }
    const plain = pageWord(w);
    if (!plain) break;
    shown.push(plain);
    if (/[.,;:!?)]$/.test(w)) break;
  }
  // Up to three words before them, as they stand (a comma included): a text fragment marks the
  // first place on the page where its text stands, and the same word may stand earlier.
  const lead: string[] = [];
  for (let i = at - 1; i >= paragraph.start && lead.length < 3; i--) {
    const w = words[i]!;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}’'-]*,?$/u.test(w)) break;
    lead.unshift(w);
  }
  const base = s.url.split('#')[0];
  return {
    href: `${base}#${paragraph.id}`,
    text: shown.length ? shown.join(' ') : undefined,
    prefix: shown.length && lead.length ? lead.join(' ') : undefined,
  };
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
export function withTextFragment(hit: Pick<SectionHit, 'href' | 'text' | 'prefix'>): string {
  if (!hit.text) return hit.href;
  const part = (t: string) => encodeURIComponent(t).replace(/-/g, '%2D');
  return `${hit.href}:~:text=${hit.prefix ? `${part(hit.prefix)}-,` : ''}${part(hit.text)}`;
}

/** Whether an excerpt holds any word besides those of its section's heading. */
function hasOwnText(hit: Pick<SectionHit, 'title' | 'excerptHtml'>): boolean {
  const heading = new Set(hit.title.split(/\s+/).map(plainWord));
  return hit.excerptHtml
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .map(plainWord)
    .some((w) => w && !heading.has(w));
}

/** Text as excerpt HTML: escaped, with the words that hold a query word marked (the rule of unmatchedWords). */
export function markedText(text: string, query: string): string {
  const keys = wordKeys(query);
  // Words at odd indices; everything is escaped, so a mark never lands inside an entity.
  return text
    .split(/([\p{L}\p{N}][\p{L}\p{N}’'-]*)/u)
    .map((part, i) =>
      i % 2 === 1 && keys.some((k) => plainWord(part).includes(k))
        ? `<mark>${escapeHtml(part)}</mark>`
        : escapeHtml(part),
    )
    .join('');
}

/** The least share of the best section's score another section needs to be listed (see pageHit). */
export const MIN_SECTION_SHARE = 0.1;

/**
 * One page's hit: its sections ordered by how many of the query's words stand together in one
 * of their blocks (the source's text before the editorial summary), then by how many they hold,
 * then by how well they match (ties keep page order).
 */
export function pageHit(data: PagefindResultData, maxSections = 3, query = ''): PageHit {
  const pageTitle = stripAdded(data.meta.title ?? data.url);
  const subs = data.sub_results.length
    ? data.sub_results
    : [{ title: pageTitle, url: data.url, excerpt: data.excerpt, locations: data.locations }];
  const words = (data.content ?? '').split(/\s+/);
  const keys = wordKeys(query);
  const scored = subs
    .map((s, i) => ({
      s,
      i,
      together: wordsTogether(data, query, subLocations(s)),
      covered: coverage(words, subLocations(s), keys),
      score: sectionScore(s),
    }))
    .map((x) => ({ ...x, editorial: isEditorial(x.s) }));
  // The editorial summary restates the page in a few lines, so it often holds the words
  // together; it comes first only when no section of the source holds as many together.
  const sourceBest = Math.max(0, ...scored.filter((x) => !x.editorial).map((x) => x.together));
  const ranked = scored
    .map((x) => ({ ...x, together: x.editorial ? Math.min(x.together, sourceBest) : x.together }))
    .sort(
      (a, b) =>
        b.together - a.together ||
        Number(a.editorial) - Number(b.editorial) ||
        b.covered - a.covered ||
        b.score - a.score ||
        a.i - b.i,
    );
  // Another section is worth a link when it lands on a paragraph of a document, or when it
  // matches at least a tenth as well as the best one: a word in passing on a derived page (a
  // timeline line, a status label) is noise in a list of results.
  const top = Math.max(0, ...ranked.map((x) => x.score));
  const all = ranked
    .map(({ s, score }) => ({
      url: s.url,
      ...landing(data, s, query),
      score,
      title: sectionTitle(s, pageTitle),
      excerptHtml: cleanExcerpt(s.excerpt),
    }))
    .filter((x, i) => i === 0 || x.href !== x.url || x.score >= top * MIN_SECTION_SHARE)
    .map(({ score: _, ...x }) => x);
  let ordered = all.slice(0, maxSections);
  // When the best section has no paragraph to land on (the words stand in its heading, often
  // the page's title, or in the editorial summary), its link goes to the best paragraph of the
  // page that holds them.
  const best = ordered[0];
  const inText = all.find((h) => h.href !== h.url);
  if (best && best.href === best.url && inText)
    ordered[0] = { ...best, href: inText.href, text: inText.text, prefix: inText.prefix };
  // A section that holds nothing but its heading (a finding page's top: its title) shows the
  // page's own text for results instead, when it has one.
  // Without one it shows the excerpt of the paragraph it now links to, which then needs no line
  // of its own (a chapter found by its title read “3.1 Bestaanszekerheid voor iedereen” three times).
  const own = data.meta[META.excerpt];
  const first = ordered[0];
  if (first && !hasOwnText(first)) {
    if (own) ordered[0] = { ...first, excerptHtml: markedText(own, query) };
    else if (inText && first.href === inText.href && hasOwnText(inText)) {
      ordered = [
        { ...first, excerptHtml: inText.excerptHtml },
        ...ordered.slice(1).filter((h) => h.url !== inText.url),
      ];
    }
  }
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
    .map((w) => ({ w, key: wordKey(w) }))
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

/**
 * What the status says when a query found a glossary term under another word (“jeugdzorg”, a
 * synonym of jeugdhulp): the results then include pages with that word, which the reader did not
 * type. Empty when the term's title holds the query (“KCC” in “Klant Contact Centrum (KCC)”).
 */
export function answerNote(query: string, answer: GlossaryAnswer | undefined): string {
  if (!answer || termKey(answer.title).includes(termKey(query))) return '';
  return ` Ook pagina’s met “${answer.title}”: in de begrippenlijst hetzelfde begrip.`;
}
