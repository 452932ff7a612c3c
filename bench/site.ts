/**
 * Site benchmark (a script, not a test): npm run bench
 *
 * 1. Full build of the real content, with the Astro build and the search indexing timed
 *    separately.
 * 2. Bytes per page type on first load, split into HTML, CSS, JS, fonts and SVG, raw and
 *    gzip-compressed (what a static host sends with compression on).
 * 3. Scaling: synthetic corpora made from the real documents (100, 1,000 and 5,000 pages):
 *    build time, output size, search index size and the bytes one search transfers.
 *
 * Writes bench/results/site-<date>.json and prints a Markdown summary to paste into
 * bench/RESULTS.md. Options: --sizes=100,1000 to run fewer sizes; --skip-scaling.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { stripVTControlCharacters } from 'node:util';
import { PAGE_TYPES } from '../tests/support/page-types.ts';
import { BROTLI_QUALITY, GZIP_LEVEL, precompress } from '../src/lib/precompress.ts';

const ROOT = process.cwd();
const TMP = join(ROOT, 'bench/.tmp');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const SIZES = (args.get('sizes') ?? '100,1000,5000').split(',').map(Number);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function dirBytes(dir: string): number {
  return existsSync(dir) ? walk(dir).reduce((s, f) => s + statSync(f).size, 0) : 0;
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs a command and returns its wall time in ms and its output; throws with its output when it fails. */
function timed(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv): { ms: number; output: string } {
  const start = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} mislukte:\n${r.stdout}\n${r.stderr}`);
  return { ms: Math.round(ms), output: `${r.stdout}\n${r.stderr}` };
}

/** The search indexing step of the build, if the project has one (scripts/build-search-index.*). */
function indexStep(): string[] | undefined {
  for (const f of ['scripts/build-search-index.mjs', 'scripts/build-search-index.ts'])
    if (existsSync(join(ROOT, f))) return [f, '--timings'];
  return undefined;
}

/**
 * Where Astro's build spends its time, read from its own log, line by line: content sync and
 * type generation ("[types] Generated"), collecting build info (which includes the sync; the
 * first "[build] ✓ Completed"), bundling with Vite, which compiles the MDX and components
 * (the "[vite] ✓ built in" lines), and rendering the static pages (the untagged "✓ Completed"
 * after "generating static routes"). The rest of the wall time is starting Node and loading
 * the config.
 */
function astroPhases(log: string): Record<string, number | null> {
  const ms = (m: RegExpMatchArray | null) => (m ? Math.round(Number(m[1]) * (m[2] === 's' ? 1000 : 1)) : null);
  const phases: Record<string, number | null> = {
    typesMs: null,
    collectMs: null,
    bundleMs: null,
    renderMs: null,
    totalMs: null,
  };
  for (const line of stripVTControlCharacters(log).split('\n')) {
    const types = ms(line.match(/\[types\] Generated ([\d.]+)(ms|s)/));
    const built = ms(line.match(/\[build\] ✓ Completed in ([\d.]+)(ms|s)/));
    const vite = ms(line.match(/\[vite\] ✓ built in ([\d.]+)(ms|s)/));
    const render = line.includes('[build]') ? null : ms(line.match(/✓ Completed in ([\d.]+)(ms|s)/));
    const total = ms(line.match(/page\(s\) built in ([\d.]+)(ms|s)/));
    if (types !== null) phases.typesMs = types;
    if (built !== null && phases.collectMs === null) phases.collectMs = built;
    if (vite !== null) phases.bundleMs = (phases.bundleMs ?? 0) + vite;
    if (render !== null) phases.renderMs = render;
    if (total !== null) phases.totalMs = total;
  }
  return phases;
}

interface ScalingRow {
  size: number;
  pages: number;
  astroMs: number;
  indexMs: number | null;
  outputBytes: number;
  indexBytes: number;
  firstSearchBytes: number | null;
  nextSearchBytes: number | null;
  firstSearchRequests: number | null;
  nextSearchRequests: number | null;
  times: BuildTimes;
}

interface BuildTimes {
  astroMs: number;
  indexMs: number | null;
  astro: Record<string, number | null>;
  index: Record<string, number> | null;
}

function buildSite(env: Record<string, string>): BuildTimes {
  // `astro build` runs the index step itself (src/integrations/search-index.ts); here it is
  // left out of the Astro build and timed on its own, so the two figures stay apart.
  // Pre-compression (src/integrations/precompress.ts) is left out too and timed on its own for
  // the real content (main below), so Astro's figure stays comparable with earlier runs.
  const astro = timed(
    process.execPath,
    [ASTRO, 'build'],
    cleanEnv({ ...env, SEARCH_INDEX: 'off', PRECOMPRESS: 'off' }),
  );
  const step = indexStep();
  // The index step reads CONTENT_DIR itself; the built site it must be told.
  const index = step
    ? timed(process.execPath, [...step, '--site', env.OUT_DIR ?? join(ROOT, 'dist')], cleanEnv(env))
    : null;
  const indexTimes = index?.output.match(/Zoekindex-tijden: (\{.*\})/)?.[1];
  return {
    astroMs: astro.ms,
    indexMs: index?.ms ?? null,
    astro: astroPhases(astro.output),
    index: indexTimes ? (JSON.parse(indexTimes) as Record<string, number>) : null,
  };
}

interface Bytes {
  raw: number;
  gzip: number;
}
type Split = Record<'html' | 'css' | 'js' | 'fonts' | 'svg', Bytes>;

/** What a first visit to a page downloads before any interaction, by kind. */
function pageBytes(dist: string, path: string): Split {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const split: Split = {
    html: { raw: html.length, gzip: gzipSync(html).length },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    fonts: { raw: 0, gzip: 0 },
    svg: { raw: 0, gzip: 0 },
  };
  const add = (kind: keyof Split, buf: Buffer) => {
    split[kind].raw += buf.length;
    split[kind].gzip += gzipSync(buf).length;
  };
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
    add('css', readFileSync(join(dist, m[1]!)));
  for (const m of text.matchAll(/<script[^>]+src="([^"]+)"/g)) add('js', readFileSync(join(dist, m[1]!)));
  for (const m of text.matchAll(/<link[^>]+rel="icon"[^>]+href="([^"]+\.svg)"/g))
    add('svg', readFileSync(join(dist, m[1]!)));
  for (const m of text.matchAll(/url\(([^)]+\.woff2?)\)/g)) add('fonts', readFileSync(join(dist, m[1]!)));
  // Inline SVG (charts, logo) travels inside the HTML; counted here as well, for information.
  const inline = (text.match(/<svg[\s\S]*?<\/svg>/g) ?? []).join('');
  if (inline) {
    split.svg.raw += Buffer.byteLength(inline);
    split.svg.gzip += gzipSync(Buffer.from(inline)).length;
  }
  return split;
}

/**
 * What a server sends for a page's first load (HTML, stylesheets, scripts): gzip at nginx's
 * default level 1 (what deploy/nginx.conf sent before the build pre-compressed), and the
 * build's pre-compressed .gz (level 9) and .br (Brotli 11) files.
 */
interface Served {
  raw: number;
  gzip1: number;
  gz9: number;
  br11: number;
}

function servedBytes(dist: string, path: string): Served {
  const html = join(dist, path, 'index.html');
  const text = readFileSync(html, 'utf8');
  const files = [
    html,
    ...[...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => join(dist, m[1]!)),
    ...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => join(dist, m[1]!)),
  ];
  const size = (f: string, fallback: number) => (existsSync(f) ? statSync(f).size : fallback);
  return files.reduce<Served>(
    (sum, f) => {
      const raw = readFileSync(f);
      return {
        raw: sum.raw + raw.length,
        gzip1: sum.gzip1 + gzipSync(raw, { level: 1 }).length,
        gz9: sum.gz9 + size(`${f}.gz`, raw.length),
        br11: sum.br11 + size(`${f}.br`, raw.length),
      };
    },
    { raw: 0, gzip1: 0, gz9: 0, br11: 0 },
  );
}

/** Makes a content folder with `pages` synthetic chapter pages built from the real texts. */
function syntheticContent(pages: number): string {
  const dir = join(TMP, `corpus-${pages}`, 'content');
  rmSync(join(TMP, `corpus-${pages}`), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const bodies = [
    ...walk(join(ROOT, 'content/chapters')).filter((f) => f.endsWith('.mdx')),
    ...walk(join(ROOT, 'content/documents')).filter((f) => f.endsWith('.mdx')),
  ]
    .map((f) => readFileSync(f, 'utf8').replace(/^---[\s\S]*?---\n/, ''))
    .filter((b) => b.trim().length > 500);
  writeFileSync(
    join(dir, 'documents/synthetisch-corpus.mdx'),
    `---\ntitle: "Synthetisch corpus (${pages} pagina's)"\nkind: visie\ndate: "2021"\nissuer: "Benchmark"\nstatus: "Alleen voor de benchmark"\nsourceFile: "sociale-visie-2040.txt"\naudiences: [medewerkers]\norder: 99\nsummary: "Teksten uit de echte documenten, herhaald om het bouwen en zoeken op schaal te meten."\n---\n`,
  );
  mkdirSync(join(dir, 'chapters/synthetisch-corpus'), { recursive: true });
  for (let i = 0; i < pages; i++) {
    const n = String(i + 1).padStart(5, '0');
    writeFileSync(
      join(dir, `chapters/synthetisch-corpus/deel-${n}.mdx`),
      `---\ntitle: "Deel ${i + 1}"\ndocument: synthetisch-corpus\norder: ${i + 1}\nsummary: "Deel ${i + 1} van het synthetische corpus."\n---\n\n${bodies[i % bodies.length]}`,
    );
  }
  return dir;
}

function machine(): string {
  const mem = `${Math.round(totalmem() / 2 ** 30)} GiB geheugen (${Math.round(freemem() / 2 ** 30)} GiB vrij)`;
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'onbekend'}), ${mem}, Node ${process.version}`;
}

const kb = (n: number) => (n / 1024).toFixed(1).replace('.', ',');
const sec = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1).replace('.', ','));

async function main() {
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const date = new Date().toISOString();
  const out: Record<string, unknown> = { date, machine: machine() };

  console.error('1/3 volledige build …');
  const real = buildSite({});
  out.build = real;
  const compressStart = performance.now();
  const compressed = await precompress(join(ROOT, 'dist'));
  const compressMs = Math.round(performance.now() - compressStart);
  out.precompress = { ms: compressMs, gzipLevel: GZIP_LEVEL, brotliQuality: BROTLI_QUALITY, ...compressed };

  console.error('2/3 bytes per paginatype …');
  const dist = join(ROOT, 'dist');
  const bytes: Record<string, Split> = {};
  for (const [type, path] of Object.entries(PAGE_TYPES))
    if (existsSync(join(dist, path, 'index.html'))) bytes[type] = pageBytes(dist, path);
  out.bytes = bytes;
  const served: Record<string, Served> = {};
  for (const [type, path] of Object.entries(PAGE_TYPES))
    if (existsSync(join(dist, path, 'index.html'))) served[type] = servedBytes(dist, path);
  out.served = served;

  const { searchBytes } = await import('./search-bytes.ts').catch(() => ({ searchBytes: undefined }));
  const realSearch = searchBytes ? await searchBytes(dist) : null;
  out.search = realSearch;

  const scaling: ScalingRow[] = [];
  if (!args.has('skip-scaling')) {
    for (const size of SIZES) {
      console.error(`3/3 schaal: ${size} pagina's …`);
      const content = syntheticContent(size);
      const outDir = join(TMP, `corpus-${size}`, 'dist');
      const t = buildSite({ CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: join(TMP, `corpus-${size}`, 'cache') });
      const pages = walk(outDir).filter((f) => f.endsWith('.html')).length;
      const search = searchBytes ? await searchBytes(outDir) : null;
      scaling.push({
        size,
        pages,
        astroMs: t.astroMs,
        indexMs: t.indexMs,
        outputBytes: dirBytes(outDir),
        indexBytes: dirBytes(join(outDir, 'pagefind')),
        firstSearchBytes: search?.first ?? null,
        nextSearchBytes: search?.next ?? null,
        firstSearchRequests: search?.firstRequests ?? null,
        nextSearchRequests: search?.nextRequests ?? null,
        times: t,
      });
      rmSync(join(TMP, `corpus-${size}`), { recursive: true, force: true });
    }
  }
  out.scaling = scaling;
  const file = join(ROOT, 'bench/results', `site-${date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);

  const lines = [
    `## Site benchmark, ${date.slice(0, 10)}`,
    '',
    `Machine: ${machine()}.`,
    '',
    `Full build of the real content: Astro ${sec(real.astroMs)} s, search indexing ${sec(real.indexMs)} s, pre-compression ${sec(compressMs)} s (${compressed.files} files, gzip ${GZIP_LEVEL}, Brotli ${BROTLI_QUALITY}).`,
    '',
    "Where the build time goes (ms; Astro from its own log, indexing from the index step's --timings):",
    '',
    '| corpus | astro wall | content sync + types | collect build info (incl. sync) | bundle (Vite: MDX, components) | render pages | index wall | read pages | lexicon | augment | Pagefind add | write index |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...[['echte inhoud', real] as const, ...scaling.map((x) => [`${x.size} synthetisch`, x.times] as const)].map(
      ([label, t]) =>
        `| ${label} | ${t.astroMs} | ${t.astro.typesMs ?? '–'} | ${t.astro.collectMs ?? '–'} | ${t.astro.bundleMs ?? '–'} | ${t.astro.renderMs ?? '–'} | ${t.indexMs ?? '–'} | ${t.index?.readMs ?? '–'} | ${t.index?.lexiconMs ?? '–'} | ${t.index?.augmentMs ?? '–'} | ${t.index?.pagefindAddMs ?? '–'} | ${t.index?.writeMs ?? '–'} |`,
    ),
    '',
    '| page type | HTML raw / gzip (KB) | CSS raw / gzip | JS raw / gzip | fonts | SVG (inline + files) raw / gzip |',
    '|---|---|---|---|---|---|',
    ...Object.entries(bytes).map(
      ([t, b]) =>
        `| ${t} | ${kb(b.html.raw)} / ${kb(b.html.gzip)} | ${kb(b.css.raw)} / ${kb(b.css.gzip)} | ${kb(b.js.raw)} / ${kb(b.js.gzip)} | ${kb(b.fonts.raw)} | ${kb(b.svg.raw)} / ${kb(b.svg.gzip)} |`,
    ),
    '',
    "Sent for a first load (HTML + CSS + JS, KB): before, nginx compressing at its default gzip level 1; after, the build's pre-compressed files (gzip 9 with `gzip_static`; Brotli 11 where the server has `brotli_static`):",
    '',
    '| page type | raw | gzip 1 (before) | gzip 9 (after) | Brotli 11 (after) | gzip 9 vs 1 |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.entries(served).map(
      ([t, b]) =>
        `| ${t} | ${kb(b.raw)} | ${kb(b.gzip1)} | ${kb(b.gz9)} | ${kb(b.br11)} | ${(((b.gz9 - b.gzip1) / b.gzip1) * 100).toFixed(0)} % |`,
    ),
    '',
  ];
  if (scaling.length) {
    lines.push(
      '| synthetic pages | built pages | astro build (s) | indexing (s) | output (MB) | search index (MB) | first search (KB, requests) | next search (KB, requests) |',
      '|---|---|---|---|---|---|---|---|',
      ...(realSearch
        ? [
            `| 0 (echte inhoud) | ${walk(dist).filter((f) => f.endsWith('.html')).length} | ${sec(real.astroMs)} | ${sec(real.indexMs)} | ${(dirBytes(dist) / 2 ** 20).toFixed(1).replace('.', ',')} | ${(dirBytes(join(dist, 'pagefind')) / 2 ** 20).toFixed(2).replace('.', ',')} | ${kb(realSearch.first)} (${realSearch.firstRequests}) | ${kb(realSearch.next)} (${realSearch.nextRequests}) |`,
          ]
        : []),
      ...scaling.map(
        (s) =>
          `| ${s.size} | ${s.pages} | ${sec(s.astroMs)} | ${sec(s.indexMs)} | ${((s.outputBytes ?? 0) / 2 ** 20).toFixed(1).replace('.', ',')} | ${((s.indexBytes ?? 0) / 2 ** 20).toFixed(2).replace('.', ',')} | ${s.firstSearchBytes === null ? '–' : `${kb(s.firstSearchBytes)} (${s.firstSearchRequests})`} | ${s.nextSearchBytes === null ? '–' : `${kb(s.nextSearchBytes)} (${s.nextSearchRequests})`} |`,
      ),
    );
  }
  console.log(lines.join('\n'));
  console.error(`resultaten: ${relative(ROOT, file).split(sep).join('/')}`);
}

await main();
