/**
 * Builds the search index as part of `astro build`, after the pages are written (as Starlight
 * does with Pagefind): `astro build` alone makes the whole site, dist/pagefind included. The
 * step itself is src/lib/search/indexer/build.ts; scripts/build-search-index.ts runs it on its
 * own for the benchmark.
 *
 * A problem with the search data or a page fails the build with the file and field named.
 * SEARCH_INDEX=off leaves the step out (the benchmarks time and vary it separately).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, isIndexProblem } from '../lib/search/indexer/build.ts';

export default function searchIndex(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'sociaal-domein:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === 'off') {
          logger.info('Zoekindex overgeslagen (SEARCH_INDEX=off)');
          return;
        }
        try {
          await buildSearchIndex({
            site: fileURLToPath(dir),
            content: options.contentDir,
            log: (msg) => logger.info(msg),
          });
        } catch (e) {
          if (isIndexProblem(e)) throw new Error(`Zoekindex niet gemaakt: ${e.message}`, { cause: e });
          throw e;
        }
      },
    },
  };
}
