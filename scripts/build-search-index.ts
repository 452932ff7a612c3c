/**
 * The search index step on its own, for the benchmark's options. `astro build` runs the same
 * step itself (src/integrations/search-index.ts); this command line is for indexing a built
 * site again in another way:
 *
 *   node scripts/build-search-index.ts [--site dist] [--out dist/pagefind] [--plain] [--report file.json] [--timings]
 *
 * --plain indexes the pages as they are (for the benchmark's comparison); --report writes
 * every compound split and term found, for review; --timings prints where the time went as
 * one JSON line (for bench/site.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, isIndexProblem } from '../src/lib/search/indexer/build.ts';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string' },
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
    plain: { type: 'boolean', default: false },
    report: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
  },
});

try {
  const { timings } = await buildSearchIndex({
    site: resolve(args.site),
    out: args.out,
    content: resolve(args.content),
    plain: args.plain,
    report: args.report,
    log: args.quiet ? undefined : (msg) => console.log(msg),
  });
  if (args.timings) console.log(`Zoekindex-tijden: ${JSON.stringify(timings)}`);
} catch (e) {
  if (isIndexProblem(e)) console.error(`\nZoekindex niet gemaakt: ${e.message}\n`);
  else console.error('\nZoekindex niet gemaakt: onverwachte fout in de zoekindexstap\n', e);
  process.exit(1);
}
