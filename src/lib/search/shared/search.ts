/**
 * One search as the search page does it, with Pagefind behind a callback so the benchmark can
 * run exactly the same steps: prepare the query, search, and when a word found nothing, try
 * its Dutch base form once (“eenzame” → “eenzaam”) and keep that search if it finds more.
 */
import { baseForms, prepareQuery, queryWords } from './query.ts';
import { unmatchedWords, type PagefindResultData } from './results.ts';

export interface SearchRun<R> {
  /** Number of results. */
  total: number;
  /** Data of the first results (as many as the caller loads). */
  data: PagefindResultData[];
  /** Whatever else the caller needs of the search (e.g. Pagefind's result list). */
  raw: R;
}

export interface DutchSearch<R> {
  /** The query Pagefind got in the end. */
  query: string;
  /** Words replaced by a base form: [typed, used]. */
  replaced: Array<[string, string]>;
  /** Query words that found nothing, even after replacing. */
  missing: string[];
  /**
   * Words left out of the query: together the words found nothing, and these found nothing
   * on their own either (so the results are for the other words).
   */
  dropped: string[];
  run: SearchRun<R>;
}

type Search<R> = (query: string) => Promise<SearchRun<R>>;

export async function searchDutch<R>(raw: string, search: Search<R>): Promise<DutchSearch<R>> {
  const first = await withBaseForms(raw, search);
  const words = queryWords(first.query);
  if (first.run.total > 0 || words.length < 2 || first.query.includes('"')) return { ...first, dropped: [] };

  // Pagefind finds only pages that hold every word, and it may match a word it does not know
  // to something that merely looks like it. So when the words find nothing together, leave
  // out the words that find nothing real on their own, and search for the others.
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const word of words) {
    const alone = await withBaseForms(word, search);
    (alone.run.total > 0 && alone.missing.length === 0 ? kept : dropped).push(word);
  }
  if (!kept.length || !dropped.length) return { ...first, dropped: [] };
  const rest = await withBaseForms(kept.join(' '), search);
  return rest.run.total > 0 ? { ...rest, dropped } : { ...first, dropped: [] };
}

/** One search, with a retry in the base form of words that found nothing. */
async function withBaseForms<R>(raw: string, search: Search<R>): Promise<Omit<DutchSearch<R>, 'dropped'>> {
  const query = prepareQuery(raw);
  const run = await search(query);
  const missing = run.total ? unmatchedWords(query, run.data) : queryWords(query);
  if (!missing.length || query.includes('"')) return { query, replaced: [], missing, run };

  const replaced: Array<[string, string]> = [];
  const words = query.split(' ').map((w) => {
    const form = missing.includes(w) ? baseForms(w)[0] : undefined;
    if (form) replaced.push([w, form]);
    return form ?? w;
  });
  if (!replaced.length) return { query, replaced: [], missing, run };
  const retryQuery = words.join(' ');
  const retry = await search(retryQuery);
  const retryMissing = retry.total ? unmatchedWords(retryQuery, retry.data) : words;
  if (retry.total > 0 && retryMissing.length < missing.length) {
    const used = replaced.filter(([, form]) => !retryMissing.includes(form));
    return { query: retryQuery, replaced: used, missing: retryMissing, run: retry };
  }
  return { query, replaced: [], missing, run };
}
