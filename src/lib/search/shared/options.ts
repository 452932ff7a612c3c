/**
 * Pagefind's options for this site, shared by the search page and the benchmark.
 *
 * Ranking: Pagefind ranks pages, and by default (pageLength 0.75) it strongly favours short
 * pages over long ones for the same words. Here the long pages are the sources (the quick
 * scan is one page with a section per subject) and the short pages are derived from them (a
 * finding, a dossier); a lower pageLength lets the source's section compete on its words
 * instead of losing on its length. 0.1 was chosen with bench/search: of 0, 0.1, 0.2, 0.3,
 * 0.5 and 0.75 it gives the best recall@5 and MRR over all categories (docs/search.md).
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 26,
  ranking: { pageLength: 0.1 },
} as const;
