/**
 * One search as the search page does it, with Pagefind behind a small interface so the
 * benchmark runs exactly the same steps:
 *
 * 1. prepare the query (function words, question words and common verbs out);
 * 2. search; when a word found nothing, try its Dutch base form once (“eenzame” → “eenzaam”);
 * 3. when a word still found nothing, load the index's vocabulary and search for the closest
 *    word (“informatiernode” → “informatieronde”) or the compound two typed words make;
 * 4. when no page holds all words, rank the pages by how many of the words they hold (rarer
 *    words count for more) instead of giving nothing, and say which words were not found.
 */
import { baseForms, prepareQuery, queryWords } from './query.ts';
import { unmatchedWords, wordsTogether, type PagefindResultData } from './results.ts';
import { compoundOf, correction, type Vocabulary } from './typos.ts';
import { GLOSSARY_KIND, META } from './filters.ts';

/** How many other results a glossary record stands behind in the list (sources first). */
const GLOSSARY_AFTER = 2;

/**
 * Sources before the glossary: a glossary record is a few lines, and Pagefind favours short
 * records, so a term whose definition mentions a word would come before the passage that uses
 * it. Among the loaded results, the glossary records stand behind the first GLOSSARY_AFTER
 * other results, and then one at a time between the others, so several definitions do not
 * push the sources down together (a query that is the term itself gets the record as its
 * answer on top).
 */
export function sourcesFirst<H>(
  hits: readonly H[],
  data: readonly PagefindResultData[],
): { hits: H[]; data: PagefindResultData[] } {
  const n = Math.min(data.length, hits.length);
  const out: number[] = [];
  const waiting: number[] = [];
  let others = 0;
  for (let i = 0; i < n; i++) {
    if (data[i]?.meta[META.kind] === GLOSSARY_KIND) {
      waiting.push(i);
      continue;
    }
    out.push(i);
    if (++others >= GLOSSARY_AFTER && waiting.length) out.push(waiting.shift()!);
  }
  out.push(...waiting);
  return reorder(hits, data, out);
}

/** The loaded results in a new order (indexes into both lists); the results not loaded keep theirs after them. */
function reorder<H>(
  hits: readonly H[],
  data: readonly PagefindResultData[],
  order: readonly number[],
): { hits: H[]; data: PagefindResultData[] } {
  return { hits: [...order.map((i) => hits[i]!), ...hits.slice(order.length)], data: order.map((i) => data[i]!) };
}

/**
 * Words together first: for a query of several words, the loaded results whose words stand in
 * one passage (a paragraph, a footnote) come before those where they are spread over the page,
 * in Pagefind's order otherwise. Pagefind scores a page by its words wherever they stand, so a
 * long page that has one word here and another far away would otherwise come first.
 */
export function togetherFirst<H>(
  hits: readonly H[],
  data: readonly PagefindResultData[],
  query: string,
): { hits: H[]; data: PagefindResultData[] } {
  const n = Math.min(data.length, hits.length);
  if (queryWords(query).length < 2) return { hits: [...hits], data: [...data] };
  const order = data
    .slice(0, n)
    .map((d, i) => ({ i, together: wordsTogether(d, query) }))
    .sort((a, b) => b.together - a.together || a.i - b.i)
    .map(({ i }) => i);
  return reorder(hits, data, order);
}

/** One result as Pagefind returns it: an id, a score and its data on demand. */
export interface Hit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface SearchEngine {
  /** Pagefind's ranked results for a query. */
  search(query: string): Promise<Hit[]>;
  /** The index's vocabulary (loaded on the first call). Without it, no typo tolerance. */
  vocabulary?(): Promise<Vocabulary>;
}

export interface RankedHit extends Hit {
  /** When no page holds all words: the query words this page holds. */
  matched?: string[];
}

export interface DutchSearch {
  /** The query Pagefind got in the end (for a partial search: the words, joined). */
  query: string;
  /** Words replaced by a base form: [typed, used]. */
  replaced: Array<[string, string]>;
  /** Words replaced by a close word of the vocabulary or by a compound: [typed, used]. */
  corrected: Array<[string, string]>;
  /** Query words that found nothing, even after replacing (Pagefind's results are for the others). */
  missing: string[];
  /** Words left out: they found nothing, so the results are for the other words. */
  dropped: string[];
  /** True when no page holds all words and the pages are ranked by how many they hold. */
  partial: boolean;
  /** All results, ranked. */
  hits: RankedHit[];
  /** Data of the first results. */
  data: PagefindResultData[];
}

export interface SearchOptions {
  /** How many results to load data for (the page shows ten). */
  first?: number;
  /** Search the words as typed: no correction from the vocabulary. */
  exact?: boolean;
}

interface Attempt {
  query: string;
  replaced: Array<[string, string]>;
  missing: string[];
  hits: Hit[];
  data: PagefindResultData[];
}

async function attempt(query: string, engine: SearchEngine, first: number): Promise<Omit<Attempt, 'replaced'>> {
  const hits = await engine.search(query);
  const data = await Promise.all(hits.slice(0, first).map((h) => h.data()));
  const missing = hits.length ? unmatchedWords(query, data) : queryWords(query);
  return { query, missing, hits, data };
}

/** One search, with a retry in the base form of words that found nothing. */
async function withBaseForms(raw: string, engine: SearchEngine, first: number): Promise<Attempt> {
  const query = prepareQuery(raw);
  const run = await attempt(query, engine, first);
  if (!run.missing.length || query.includes('"')) return { ...run, replaced: [] };
  const replaced: Array<[string, string]> = [];
  const words = query.split(' ').map((w) => {
    const form = run.missing.includes(w) ? baseForms(w)[0] : undefined;
    if (form) replaced.push([w, form]);
    return form ?? w;
  });
  if (!replaced.length) return { ...run, replaced: [] };
  const retry = await attempt(words.join(' '), engine, first);
  if (retry.hits.length > 0 && retry.missing.length < run.missing.length) {
    return { ...retry, replaced: replaced.filter(([, form]) => !retry.missing.includes(form)) };
  }
  return { ...run, replaced: [] };
}

/** Is this attempt better than that one: fewer words missing, or results where there were none. */
function better(a: Attempt, b: Attempt): boolean {
  if (!a.hits.length) return false;
  if (!b.hits.length) return true;
  return a.missing.length < b.missing.length;
}

/**
 * Replaces words that found nothing with what the vocabulary offers: the compound the word
 * makes with its neighbour (either order), else the closest word.
 */
function corrections(
  words: string[],
  missing: readonly string[],
  vocabulary: Vocabulary,
): { words: string[]; corrected: Array<[string, string]> } {
  const out: string[] = [];
  const corrected: Array<[string, string]> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!missing.includes(w)) {
      out.push(w);
      continue;
    }
    const next = words[i + 1];
    const previous = out.length && !corrected.some(([, used]) => used === out.at(-1)) ? words[i - 1] : undefined;
    const withNext = next && compoundOf(w, next, vocabulary);
    const withPrevious = !withNext && previous ? compoundOf(previous, w, vocabulary) : undefined;
    if (withNext && next) {
      out.push(withNext);
      corrected.push([`${w} ${next}`, withNext]);
      i++;
    } else if (withPrevious && previous) {
      out.pop();
      out.push(withPrevious);
      corrected.push([`${previous} ${w}`, withPrevious]);
    } else {
      const close = correction(w, vocabulary);
      out.push(close ?? w);
      if (close) corrected.push([w, close]);
    }
  }
  return { words: out, corrected };
}

/** A search, then its typos corrected from the vocabulary when a word found nothing. */
async function withCorrections(
  raw: string,
  engine: SearchEngine,
  first: number,
  exact: boolean,
): Promise<Attempt & { corrected: Array<[string, string]> }> {
  let run = await withBaseForms(raw, engine, first);
  // A spelling variant with a hyphen finds what the text writes with a space: “P&C-cyclus” is “P&C cyclus”.
  // Pagefind reads the hyphenated query differently from the text, so both are tried and the
  // one that finds more is kept.
  if (/[\p{L}&]-\p{L}/u.test(run.query) && !run.query.includes('"')) {
    const spaced = await withBaseForms(run.query.replace(/([\p{L}&])-(?=\p{L})/gu, '$1 '), engine, first);
    if (spaced.hits.length > run.hits.length && spaced.missing.length <= run.missing.length) run = spaced;
  }
  if (!run.missing.length || exact || !engine.vocabulary || run.query.includes('"')) return { ...run, corrected: [] };
  const vocabulary = await engine.vocabulary();
  const { words, corrected } = corrections(run.query.split(' '), run.missing, vocabulary);
  if (!corrected.length) return { ...run, corrected: [] };
  const retry = await withBaseForms(words.join(' '), engine, first);
  const used = corrected.filter(([, w]) => !retry.missing.includes(w));
  if (used.length && better(retry, run))
    return { ...retry, replaced: [...run.replaced, ...retry.replaced], corrected: used };
  return { ...run, corrected: [] };
}

export async function searchDutch(
  raw: string,
  engine: SearchEngine,
  options: SearchOptions = {},
): Promise<DutchSearch> {
  const first = options.first ?? 10;
  const exact = options.exact ?? false;
  const whole = await withCorrections(raw, engine, first, exact);
  const words = queryWords(whole.query);
  const done = (a: typeof whole): DutchSearch => {
    const together = togetherFirst(a.hits, a.data, a.query);
    return { ...a, ...sourcesFirst(together.hits, together.data), dropped: [], partial: false };
  };
  if (whole.hits.length > 0 || words.length < 2 || whole.query.includes('"')) return done(whole);

  // No page holds every word. Search each word on its own (with its base form and
  // correction), leave out the words that find nothing real, and rank the pages by how many
  // of the other words they hold, rarer words first.
  const alone = [];
  for (const word of words) alone.push({ word, run: await withCorrections(word, engine, first, exact) });
  const found = alone.filter((a) => a.run.hits.length > 0 && a.run.missing.length === 0);
  const dropped = alone.filter((a) => !found.includes(a)).map((a) => a.word);
  if (!found.length) return done(whole);
  if (found.length === 1) {
    const only = found[0]!.run;
    return { ...only, ...sourcesFirst(only.hits, only.data), dropped, partial: false };
  }
  const most = Math.max(...found.map((f) => f.run.hits.length));
  const pages = new Map<string, { hit: Hit; matched: string[]; weight: number; score: number; order: number }>();
  // Rarest word first, so a page's excerpt is the one of its rarest word.
  const byRarity = [...found].sort((a, b) => a.run.hits.length - b.run.hits.length);
  byRarity.forEach(({ run }) => {
    const idf = Math.log(1 + most / run.hits.length);
    const top = run.hits[0]?.score || 1;
    const used = queryWords(run.query).join(' ');
    run.hits.forEach((hit, i) => {
      const page = pages.get(hit.id) ?? { hit, matched: [], weight: 0, score: 0, order: pages.size + i };
      page.matched.push(used);
      page.weight += idf;
      page.score += hit.score / top;
      pages.set(hit.id, page);
    });
  });
  const ranked = [...pages.values()].sort(
    (a, b) => b.matched.length - a.matched.length || b.weight - a.weight || b.score - a.score || a.order - b.order,
  );
  const all: RankedHit[] = ranked.map((p) => ({ ...p.hit, matched: p.matched }));
  const { hits, data } = sourcesFirst(all, await Promise.all(all.slice(0, first).map((h) => h.data())));
  return {
    query: found.map((f) => f.run.query).join(' '),
    replaced: found.flatMap((f) => f.run.replaced),
    corrected: found.flatMap((f) => f.run.corrected),
    missing: [],
    dropped,
    partial: true,
    hits,
    data,
  };
}
