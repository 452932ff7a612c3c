/**
 * One search as the search page does it, with Pagefind behind a callback so the benchmark can
 * run exactly the same steps: prepare the query, search, and when a word found nothing, try
 * its Dutch base form once (“eenzame” → “eenzaam”) and keep that search if it finds more.
 */
import { baseForms, prepareQuery } from './query.ts';
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
  run: SearchRun<R>;
}

export async function searchDutch<R>(raw: string, search: (query: string) => Promise<SearchRun<R>>): Promise<DutchSearch<R>> {
  const query = prepareQuery(raw);
  const run = await search(query);
  const missing = run.total ? unmatchedWords(query, run.data) : query.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
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
