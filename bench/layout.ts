/**
 * First-paint layout benchmark (a script, not a test): npm run bench:layout
 *
 * Serves dist/ on a loopback port, loads one page of each type in Debian's Chromium with the
 * CPU slowed down 4x (as Lighthouse's mobile profile does) and records a performance trace
 * (Chrome DevTools Protocol, Tracing domain). Reports per page: the longest Layout event, the
 * longest style recalculation (UpdateLayoutTree), the longest main-thread task, the number of
 * DOM elements, the font lookups inside the longest layout and its CPU time (both less
 * dependent on the machine's load than wall time), and the bytes of the page (HTML + CSS, gzip). Each page is loaded --runs times
 * (default 3); the median is reported. Run `npm run build` first.
 *
 * Options: --runs=N, --pages=/a/,/b/ (paths), --json=path to write the raw figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const RUNS = Number(args.get('runs') ?? 3);
const DIST = join(process.cwd(), 'dist');

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
const pages: Record<string, string> = args.has('pages')
  ? Object.fromEntries(
      args
        .get('pages')!
        .split(',')
        .map((p) => [p, p]),
    )
  : DEFAULT_PAGES;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** HTML + linked CSS of a built page, gzip-compressed, in bytes. */
function pageBytes(path: string): { html: number; css: number } {
  const html = readFileSync(join(DIST, path, 'index.html'));
  const css = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
    .map((m) => gzipSync(readFileSync(join(DIST, m[1]!)), { level: 9 }).length)
    .reduce((a, b) => a + b, 0);
  return { html: gzipSync(html, { level: 9 }).length, css };
}

const { url, server } = await startStaticServer(DIST);
const browser = await launchBrowser();
const rows: Array<Record<string, string | number>> = [];
try {
  for (const [name, path] of Object.entries(pages)) {
    const layout: number[] = [];
    const style: number[] = [];
    const task: number[] = [];
    const fonts: number[] = [];
    const cpu: number[] = [];
    let elements = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'fonts'] },
        transferMode: 'ReportEvents',
      });
      await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await cdp.send('Tracing.end');
      await done;
      const longest = (n: string) =>
        Math.max(0, ...events.filter((e) => e.name === n && e.ph === 'X').map((e) => (e.dur ?? 0) / 1000));
      layout.push(longest('Layout'));
      // What the longest layout spends its time on: font lookups (each one a synchronous call to
      // the browser process on Linux) are counted, as they do not depend on the machine's load.
      const top = events
        .filter((e) => e.name === 'Layout' && e.ph === 'X')
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
      if (top) {
        const inside = events.filter(
          (e) => e.tid === top.tid && e.pid === top.pid && e.ts >= top.ts && e.ts <= top.ts + (top.dur ?? 0),
        );
        fonts.push(inside.filter((e) => e.name === 'FontCache::GetFontPlatformData').length);
        cpu.push((top.tdur ?? 0) / 1000);
      }
      style.push(longest('UpdateLayoutTree'));
      task.push(longest('RunTask'));
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      await context.close();
    }
    const bytes = pageBytes(path);
    rows.push({
      page: name,
      path,
      layoutMs: Math.round(median(layout)),
      layoutCpuMs: Math.round(median(cpu)),
      fontLookups: median(fonts),
      styleMs: Math.round(median(style)),
      taskMs: Math.round(median(task)),
      elements,
      htmlGzip: bytes.html,
      cssGzip: bytes.css,
    });
    console.error(
      `${name}: layout ${Math.round(median(layout))} ms, stijl ${Math.round(median(style))} ms, taak ${Math.round(median(task))} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (b: number) => (b / 1024).toFixed(1).replace('.', ',');
console.log(`CPU 4x vertraagd, 360 x 740 px, mediaan van ${RUNS} keer laden.\n`);
console.log(
  '| pagina | langste layout (ms) | waarvan CPU (ms) | font-opzoekingen | langste stijlberekening (ms) | langste taak (ms) | elementen | HTML gzip (KB) | CSS gzip (KB) | totaal (KB) |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const h = r.htmlGzip as number;
  const c = r.cssGzip as number;
  console.log(
    `| ${r.page} | ${r.layoutMs} | ${r.layoutCpuMs} | ${r.fontLookups} | ${r.styleMs} | ${r.taskMs} | ${r.elements} | ${kb(h)} | ${kb(c)} | ${kb(h + c)} |`,
  );
}
if (args.has('json')) writeFileSync(args.get('json')!, JSON.stringify(rows, null, 2));
