/**
 * First-paint layout benchmark (a script, not a test): npm run bench:layout
 *
 * Serves dist/ on a loopback port, loads one page of each type in Debian's Chromium with the
 * CPU slowed down 4x (as Lighthouse's mobile profile does) and records a performance trace
 * (Chrome DevTools Protocol, Tracing domain). Reports per page: the longest Layout event, the
 * longest style recalculation (UpdateLayoutTree), the longest main-thread task, the number of
 * DOM elements, the font lookups inside the longest layout and its CPU time (both less
 * dependent on the machine's load than wall time), of those lookups the wall time, the family/file
 * matches and the render-style requests (one per face: size x bold x italic), which are
 * synchronous calls to the browser process, the longest Layout event that starts before the first
 * contentful paint, and the bytes of the page (HTML + CSS, gzip). Each page is loaded --runs times
 * (default 3); the median is reported, and in a comparison also the shortest load. Run `npm run build` first.
 *
 * Options: --runs=N, --pages=/a/,/b/ (paths), --json=path to write the raw figures,
 * --dist=dirA,dirB to compare two builds: their loads alternate (A, B, A, B, ...) and a comparison
 * table follows. Every run loads each page once, in turn (round robin), so a machine whose load
 * changes during the run weighs on all pages and builds alike. Pages from other directories take
 * part in the same round, measured in the same way:
 * --floor adds four plain pages, written from one template into a temporary folder (a sentence; a
 *   heading and a paragraph; a heading and twenty paragraphs, laid out or skipped off screen): what
 *   the machine and the browser cost before any page of the site does.
 * --starlight[=dir] adds a short page and the quick scan of a Starlight build (default
 *   bench/starlight/dist, built by npm run bench:starlight).
 * --extra=label=dir (repeatable) adds every page (every index.html but the 404) of a built directory.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { linkedStylesheets } from '../tests/support/site.ts';
import { traceLoad } from '../tests/support/trace.ts';

/** The options as [name, value] in order; a value may hold '=' (--extra=label=dir), a flag's is ''. */
const argv = process.argv.slice(2).map((a): [string, string] => {
  const [name = '', ...value] = a.replace(/^--/, '').split('=');
  return [name, value.join('=')];
});
const args = new Map(argv);
const RUNS = Number(args.get('runs') ?? 3);
const DISTS = (args.get('dist') ?? 'dist').split(',').map((d) => resolve(process.cwd(), d));

/** One page of each type that reads long or heavy (the list plus the overviews). */
const DEFAULT_PAGES: Record<string, string> = {
  home: '/',
  documenten: '/documenten/',
  'document (raadsvoorstel)': '/documenten/raadsvoorstel-65-2021/',
  'document (quick scan)': '/documenten/quickscan-vng-2024/',
  'visie (index)': '/documenten/sociale-visie-2040/',
  'visie-hoofdstuk': '/documenten/sociale-visie-2040/waar-staan-we-nu/',
  cijfers: '/cijfers/',
  inwoners: '/inwoners/',
  bevindingen: '/bevindingen/',
  bevinding: '/bevindingen/visie/',
  dossier: '/dossiers/financien/',
  begrippen: '/begrippen/',
  tijdlijn: '/tijdlijn/',
  route: '/route/',
  zoeken: '/zoeken/',
};

/** Pages served from a directory of their own, not from the builds under test. */
interface OtherSite {
  /** Prefix of the paths in the JSON ('floor:/een-zin/') and of the page names of --extra. */
  label: string;
  dir: string;
  /** Page name → path. */
  pages: Record<string, string>;
}

/** A floor page: plain text in Chromium's default stylesheet, or the site's font stack. */
interface FloorPage {
  title: string;
  /** A sentence alone, with no stylesheet; or a bold heading and paragraphs in the site's font stack. */
  text: 'sentence' | 'paragraph';
  count: number;
  /** `content-visibility: auto` on the paragraphs, so the first layout skips those off screen. */
  skipOffscreen?: boolean;
}

const FLOOR_PAGES: Record<string, FloorPage & { name: string }> = {
  'een-zin': { name: 'één zin', title: 'Eén zin, geen stylesheet', text: 'sentence', count: 1 },
  'kop-en-alinea': { name: 'kop en alinea', title: 'Kop en alinea', text: 'paragraph', count: 1 },
  'kop-en-20-alineas': { name: 'kop en 20 alinea’s', title: "Kop en twintig alinea's", text: 'paragraph', count: 20 },
  'kop-en-20-alineas-overgeslagen': {
    name: 'kop en 20 alinea’s, buiten beeld overgeslagen',
    title: "Kop en twintig alinea's, buiten beeld overgeslagen",
    text: 'paragraph',
    count: 20,
    skipOffscreen: true,
  },
};
const SENTENCE = 'Hallo wereld';
/** Wrapped as the pages were when they were committed files (bench/floor/ until December 2026). */
const PARAGRAPH = [
  'In 2021 keek de visitatiecommissie van de VNG naar de financiële beheersbaarheid van het sociaal domein in',
  'Maastricht. In april 2024 keken het Platform Sociaal Domein Regio Zuid en de VNG in een quick scan hoe ver de',
  'gemeente sindsdien is.',
];

/** The HTML of a floor page. */
function floorHtml({ title, text, count, skipOffscreen = false }: FloorPage): string {
  const css = [
    '    body {',
    '      font-family: system-ui, sans-serif;',
    '      font-size: 17px;',
    '      line-height: 1.5;',
    '    }',
    ...(skipOffscreen
      ? ['    p {', '      content-visibility: auto;', '      contain-intrinsic-size: auto 8em;', '    }']
      : []),
  ];
  const paragraph =
    text === 'sentence' ? `  <p>${SENTENCE}</p>` : ['  <p>', ...PARAGRAPH.map((l) => `    ${l}`), '  </p>'].join('\n');
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '  <meta charset="utf-8" />',
    '  <meta name="viewport" content="width=device-width" />',
    `  <title>${title}</title>`,
    ...(text === 'paragraph' ? ['  <style>', ...css, '  </style>', '  <h1>Van vangnet naar trampoline</h1>'] : []),
    ...Array.from({ length: count }, () => paragraph),
    '</html>',
    '',
  ].join('\n');
}

/** Writes the floor pages into a new temporary folder, one folder with an index.html per page. */
function writeFloor(): OtherSite {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const pages: Record<string, string> = {};
  for (const [slug, page] of Object.entries(FLOOR_PAGES)) {
    mkdirSync(join(dir, slug));
    writeFileSync(join(dir, slug, 'index.html'), floorHtml(page));
    pages[`vloer: ${page.name}`] = `/${slug}/`;
  }
  return { label: 'floor', dir, pages };
}

/** Every page of a built directory: the folders that hold an index.html, the 404 page aside. */
function builtPages(label: string, dir: string): OtherSite {
  const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith(`${sep}index.html`))
    .map((f) => (dirname(f) === '.' ? '/' : `/${dirname(f).split(sep).join('/')}/`))
    .filter((p) => p !== '/404/')
    .sort();
  return { label, dir, pages: Object.fromEntries(paths.map((p) => [`${label}: ${p}`, p])) };
}

const others: OtherSite[] = [
  ...(args.has('floor') ? [writeFloor()] : []),
  ...(args.has('starlight')
    ? [
        {
          label: 'starlight',
          dir: resolve(process.cwd(), args.get('starlight') || 'bench/starlight/dist'),
          pages: { 'starlight: kort': '/kort/', 'starlight: quick scan': '/quick-scan/' },
        },
      ]
    : []),
  ...argv
    .filter(([name]) => name === 'extra')
    .map(([, value]) => {
      const [label = '', dir = ''] = value.split(/=(.*)/);
      if (!label || !dir) throw new Error(`--extra=label=dir verwacht, niet --extra=${value}`);
      return builtPages(label, resolve(process.cwd(), dir));
    }),
];

/** A page to measure; `other` is unset for the site's own pages (served from each of DISTS). */
interface Page {
  name: string;
  path: string;
  other?: OtherSite;
}
const sitePages: Record<string, string> = args.has('pages')
  ? Object.fromEntries(
      args
        .get('pages')!
        .split(',')
        .map((p) => [p, p]),
    )
  : DEFAULT_PAGES;
const pages: Page[] = [
  ...Object.entries(sitePages).map(([name, path]) => ({ name, path })),
  ...others.flatMap((other) => Object.entries(other.pages).map(([name, path]) => ({ name, path, other }))),
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** HTML + linked CSS of a built page, gzip-compressed, in bytes. */
function pageBytes(dir: string, path: string): { html: number; css: number } {
  const html = readFileSync(join(dir, path, 'index.html'));
  const css = linkedStylesheets(html.toString())
    .map((href) => gzipSync(readFileSync(join(dir, href)), { level: 9 }).length)
    .reduce((a, b) => a + b, 0);
  return { html: gzipSync(html, { level: 9 }).length, css };
}

interface Sample {
  layout: number;
  beforePaint: number;
  cpu: number;
  fonts: number;
  fontMs: number;
  families: number;
  strikes: number;
  style: number;
  task: number;
  elements: number;
}

/** One load of a page at 4x CPU slowdown with a performance trace: the figures of its trace. */
async function measure(browser: Browser, base: string, path: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const events = await traceLoad(context, page, new URL(path.replace(/^\//, ''), base).href, {
    cpuSlowdown: 4,
    settleMs: 300,
    categories: ['fonts'],
  });
  const longest = (n: string) =>
    Math.max(0, ...events.filter((e) => e.name === n && e.ph === 'X').map((e) => (e.dur ?? 0) / 1000));
  // The parser may yield and paint the top of a long page before it has laid out the rest, so the
  // longest layout can come after the first contentful paint (without one, every layout counts).
  const paint = Math.min(...events.filter((e) => e.name === 'firstContentfulPaint').map((e) => e.ts));
  // What the longest layout spends its time on: font lookups (each one a synchronous call to
  // the browser process on Linux) are counted, as they do not depend on the machine's load.
  const top = events.filter((e) => e.name === 'Layout' && e.ph === 'X').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  const inside = top
    ? events.filter((e) => e.tid === top.tid && e.pid === top.pid && e.ts >= top.ts && e.ts <= top.ts + (top.dur ?? 0))
    : [];
  const sample: Sample = {
    layout: longest('Layout'),
    beforePaint: Math.max(
      0,
      ...events.filter((e) => e.name === 'Layout' && e.ph === 'X' && e.ts < paint).map((e) => (e.dur ?? 0) / 1000),
    ),
    cpu: (top?.tdur ?? 0) / 1000,
    fonts: inside.filter((e) => e.name === 'FontCache::GetFontPlatformData').length,
    // Wall time of the outermost font lookups (they nest), the family/file matches (one per font
    // file and per family name tried) and the render-style requests (one per face: size x bold x italic).
    fontMs: inside
      .filter((e) => e.name === 'FontCache::GetFontPlatformData' && e.ph === 'X')
      .filter(
        (e, _, all) =>
          !all.some(
            (o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0),
          ),
      )
      .reduce((a, e) => a + (e.dur ?? 0) / 1000, 0),
    families: inside.filter((e) => e.name === 'FontDataManager::onMatchFamilyStyle').length,
    strikes: inside.filter((e) => e.name === 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike').length,
    style: longest('UpdateLayoutTree'),
    task: longest('RunTask'),
    elements: await page.evaluate(() => document.getElementsByTagName('*').length),
  };
  await context.close();
  return sample;
}

const servers = await Promise.all(DISTS.map((d) => startStaticServer(d)));
const otherServers = new Map(await Promise.all(others.map(async (o) => [o, await startStaticServer(o.dir)] as const)));
const browser = await launchBrowser();
/** samples[p][d]: the loads of pages[p] in build DISTS[d] (another site's page: from its own directory). */
const samples: Sample[][][] = pages.map(() => DISTS.map(() => []));
try {
  // Round robin: each run loads every page once (and from every build), so a load on the machine
  // that changes during the run weighs on all pages alike, the other sites' pages as much as ours.
  for (let run = 0; run < RUNS; run++) {
    for (const [p, { path, other }] of pages.entries()) {
      for (const [d, { url }] of servers.entries()) {
        samples[p]![d]!.push(await measure(browser, other ? otherServers.get(other)!.url : url, path));
      }
    }
    console.error(`run ${run + 1} of ${RUNS}: ${pages.length} pages loaded`);
  }
} finally {
  await browser.close();
  for (const { server } of [...servers, ...otherServers.values()]) server.close();
}

/** rows[d] holds the figures of build DISTS[d]. */
const rows: Array<Array<Record<string, string | number>>> = DISTS.map((dist, d) =>
  pages.map(({ name, path, other }, p) => {
    const of = (k: keyof Sample) => median(samples[p]![d]!.map((x) => x[k]));
    const bytes = pageBytes(other?.dir ?? dist, path);
    return {
      page: name,
      path: other ? `${other.label}:${path}` : path,
      layoutMs: Math.round(of('layout')),
      layoutCpuMs: Math.round(of('cpu')),
      // The shortest of the loads: on a shared machine, the load nearest to what the page costs
      // when nothing else runs (the median also holds other processes' interference).
      layoutMinMs: Math.round(Math.min(...samples[p]![d]!.map((x) => x.layout))),
      fontLookups: of('fonts'),
      fontMs: Math.round(of('fontMs')),
      familyMatches: of('families'),
      renderStyles: of('strikes'),
      layoutBeforePaintMs: Math.round(of('beforePaint')),
      styleMs: Math.round(of('style')),
      taskMs: Math.round(of('task')),
      elements: of('elements'),
      htmlGzip: bytes.html,
      cssGzip: bytes.css,
    };
  }),
);

const kb = (b: number) => (b / 1024).toFixed(1).replace('.', ',');
console.log(`CPU 4x vertraagd, 360 x 740 px, mediaan van ${RUNS} keer laden.\n`);
for (const [d, dist] of DISTS.entries()) {
  if (DISTS.length > 1) console.log(`\n${dist}\n`);
  console.log(
    '| pagina | langste layout (ms) | waarvan CPU (ms) | font-opzoekingen | waarvan fonts (ms) | families/bestanden | render-stijlen | langste layout vóór de eerste paint (ms) | langste stijlberekening (ms) | langste taak (ms) | elementen | HTML gzip (KB) | CSS gzip (KB) | totaal (KB) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows[d]!) {
    const h = r.htmlGzip as number;
    const c = r.cssGzip as number;
    console.log(
      `| ${r.page} | ${r.layoutMs} | ${r.layoutCpuMs} | ${r.fontLookups} | ${r.fontMs} | ${r.familyMatches} | ${r.renderStyles} | ${r.layoutBeforePaintMs} | ${r.styleMs} | ${r.taskMs} | ${r.elements} | ${kb(h)} | ${kb(c)} | ${kb(h + c)} |`,
    );
  }
}
if (DISTS.length === 2) {
  console.log(
    `\n| pagina | langste layout A → B (ms) | kortste van ${RUNS} A → B (ms) | CPU A → B (ms) | font-opzoekingen A → B | waarvan fonts A → B (ms) | render-stijlen A → B |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [i, a] of rows[0]!.entries()) {
    const b = rows[1]![i]!;
    console.log(
      `| ${a.page} | ${a.layoutMs} → ${b.layoutMs} | ${a.layoutMinMs} → ${b.layoutMinMs} | ${a.layoutCpuMs} → ${b.layoutCpuMs} | ${a.fontLookups} → ${b.fontLookups} | ${a.fontMs} → ${b.fontMs} | ${a.renderStyles} → ${b.renderStyles} |`,
    );
  }
}
if (args.has('json')) writeFileSync(args.get('json')!, JSON.stringify(DISTS.length > 1 ? rows : rows[0], null, 2));
