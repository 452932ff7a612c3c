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
  ranking: {
    pageLength: 0.1,
    /**
     * No extra weight for a word in a page's title. Pagefind (from 1.5) adds a boost of 5 for
     * it by default, and that boost ignores data-pagefind-weight: a chart whose title is a
     * sentence that mentions “wijkverpleging” or “visitatie” in passing came before the
     * document about it, although derived pages weigh DERIVED_WEIGHT. The title is the page's
     * h1, and that is indexed with its heading's weight (7, scaled on derived pages; see
     * src/lib/search/indexer/weights.ts), so a document titled with the word still comes
     * first. With bench/search: 0 puts the source first for 10 of the 84 queries where 5, 2
     * and 1 put a chart or finding first, and loses none (docs/search.md).
     */
    metaWeights: { title: 0 },
  },
  /**
   * Search in the page, not in Pagefind's web worker: the worker is a second copy of Pagefind's
   * code (pagefind-worker.js, 12 KB compressed) on every first search, and this site's index is
   * small enough that a search takes tens of milliseconds on the main thread even at 4x CPU
   * slowdown (bench/search/RESULTS.md: time from submitting to results shown).
   */
  noWorker: true,
} as const;

/**
 * The weight of derived pages (findings, dossiers, charts, the timeline, the route, glossary
 * records) in the index, on their main landmark (src/layouts/Base.astro) and headings
 * (src/lib/search/indexer/weights.ts). A derived page is short, and Pagefind favours short
 * pages, so at 0.5 a chart or a finding that mentions a word in passing came before the
 * source's section about it. 0.25 was chosen with bench/search (0.5, 0.35, 0.25): it puts the
 * source first more often in every category and loses no query from the top 5.
 */
export const DERIVED_WEIGHT = 0.25;
