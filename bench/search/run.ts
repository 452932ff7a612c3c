/**
 * Search-quality benchmark: `npm run bench:search`.
 *
 * Builds the site once into bench/.tmp/search/site, indexes the same pages twice (plain
 * Pagefind, and the project's tuned index with compound and term additions) into separate
 * folders, serves them on a loopback port and runs every query of queries.yaml in Chromium
 * through Pagefind's own JS API. The result lists are ranked as the search page ranks them
 * (src/lib/search/shared/results.ts). Writes bench/search/RESULTS.md with recall@5 and MRR per
 * category, bytes transferred and time to results, with the date and the machine.
 *
 * Not a test: `npm test` does not run it. Exits with 1 when the tuned index does not beat
 * plain Pagefind on compound and synonym queries or loses a plain query.
 */
import { spawnSync, execSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import yaml from 'js-yaml';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/shared/options.ts';
import { z } from 'astro/zod';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startStaticServer } from '../../tests/support/static-server.ts';
import { searchDutch, type SearchEngine } from '../../src/lib/search/shared/search.ts';
import { parseVocabulary, VOCABULARY_FILE, type VocabularyFile } from '../../src/lib/search/shared/typos.ts';
import {
  glossaryAnswer,
  pageHit,
  rankedSections,
  type PagefindResultData,
} from '../../src/lib/search/shared/results.ts';
import { firstHit, scores } from '../../src/lib/search/shared/quality.ts';

const ROOT = process.cwd();
const TMP = join(ROOT, 'bench/.tmp/search');
const SITE = join(TMP, 'site');
const OUT = join(ROOT, 'bench/search/RESULTS.md');
const CATEGORIES = [
  'plain',
  'inflection',
  'compound',
  'abbreviation',
  'synonym',
  'phrase',
  'typo',
  'question',
  'apart',
] as const;
const K = 5;
const RESULTS_LOADED = 10; // as many as the search page shows
const SECTIONS_PER_PAGE = 3; // as the search page shows them
const COLD_RUNS = 5;

const querySchema = z.array(
  z.object({
    q: z.string().min(1),
    category: z.enum(CATEGORIES),
    expect: z.array(z.string().startsWith('/')).min(1),
    why: z.string().optional(),
  }),
);
type Query = z.infer<typeof querySchema>[number];

function step(msg: string) {
  console.log(`bench:search – ${msg}`);
}

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${[cmd, ...args].join(' ')} mislukte:\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

const nl = (n: number, digits = 0) =>
  n.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kB = (bytes: number) => `${nl(bytes / 1024, 1)} kB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};

interface QueryRun {
  /** The query the result list was ranked for (for the tuned page: after searchDutch). */
  query: string;
  ms: number;
  total: number;
  bytes: number;
  gzipBytes: number;
  data: PagefindResultData[];
}

interface Variant {
  key: 'plain' | 'tuned' | 'tunedRaw';
  label: string;
  bundle: string;
  /** Plain Pagefind gets the query as typed; the tuned page prepares it (searchDutch). */
  tuned: boolean;
}

/** Runs every query in one fresh browser context, in file order; the first one starts cold. */
async function runVariant(
  context: BrowserContext,
  baseURL: string,
  variant: Variant,
  queries: Query[],
): Promise<QueryRun[]> {
  const page = await context.newPage();
  const pending: Array<Promise<{ url: string; bytes: number }>> = [];
  page.on('requestfinished', (req) => {
    pending.push(req.sizes().then((s) => ({ url: req.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  await page.goto(new URL('404.html', baseURL).href);
  await Promise.all(pending.splice(0));
  const runs: QueryRun[] = [];
  let searches = 0;
  // Pagefind runs in the page; its results stay there (window.__r) until their data is asked for.
  const engine: SearchEngine = {
    async search(q) {
      const key = searches++;
      // A string, not a function: the page must import() Pagefind itself.
      const hits = (await page.evaluate(`(async () => {
        if (!window.__pf) {
          window.__pf = await import(${JSON.stringify(`/${variant.bundle}/pagefind.js`)});
          await window.__pf.options(${JSON.stringify(variant.bundle === 'pagefind-plain' ? { excerptLength: PAGEFIND_OPTIONS.excerptLength } : PAGEFIND_OPTIONS)});
        }
        const r = await window.__pf.search(${JSON.stringify(q)});
        (window.__r ??= {})[${key}] = r.results;
        return r.results.map((x) => ({ id: x.id, score: x.score }));
      })()`)) as Array<{ id: string; score: number }>;
      return hits.map((h, i) => ({
        ...h,
        data: async () =>
          (await page.evaluate(`(async () => {
            const d = await window.__r[${key}][${i}].data();
            return {
              url: d.url, excerpt: d.excerpt, meta: d.meta, content: d.content, locations: d.locations,
              sub_results: d.sub_results.map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt, weighted_locations: s.weighted_locations, locations: s.locations, anchor: s.anchor })),
              anchors: d.anchors,
            };
          })()`)) as PagefindResultData,
      }));
    },
    async vocabulary() {
      const file = (await page.evaluate(
        `fetch(${JSON.stringify(`/${variant.bundle}/${VOCABULARY_FILE}`)}).then((r) => r.json())`,
      )) as VocabularyFile;
      return parseVocabulary(file);
    },
  };
  for (const query of queries) {
    const t0 = performance.now();
    let result: { query: string; total: number; data: PagefindResultData[] };
    if (variant.tuned) {
      const found = await searchDutch(query.q, engine, { first: RESULTS_LOADED });
      // As the search page: a glossary answer stands above the list, not in it.
      const answer = glossaryAnswer(query.q, found.data);
      result = {
        query: found.query,
        total: found.hits.length,
        data: found.data.filter((_, i) => i !== answer?.index),
      };
    } else {
      const hits = await engine.search(query.q);
      result = {
        query: query.q,
        total: hits.length,
        data: await Promise.all(hits.slice(0, RESULTS_LOADED).map((h) => h.data())),
      };
    }
    const ms = performance.now() - t0;
    const fetched = await Promise.all(pending.splice(0));
    const bytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
    const gzipBytes = fetched.reduce((sum, f) => {
      const path = join(SITE, decodeURIComponent(new URL(f.url).pathname));
      return sum + (existsSync(path) ? gzipSync(readFileSync(path)).length : f.bytes);
    }, 0);
    runs.push({ ...result, ms, bytes, gzipBytes });
  }
  await page.close();
  return runs;
}

const CPU_SLOWDOWN = 4;
/** Queries for the search page's own timing: a plain word, a typo (loads the vocabulary), a question. */
const PAGE_QUERIES = ['wijkverpleging', 'kostenramming', 'welk zaaksysteem gebruikt de gemeente'];

interface PageRun {
  q: string;
  /** Bytes of the page with this query in a fresh context (HTML, CSS, JS, Pagefind, fragments). */
  firstBytes: number;
  firstGzip: number;
  /** ms from submitting the form to the results shown, at CPU_SLOWDOWN (median of 3, warm page). */
  submitMs: number;
  /** The same for the page opened with the query in its URL, cold. */
  coldMs: number;
}

/**
 * The search page as readers use it, in Chromium with the CPU slowed down 4×: the bytes of
 * opening /zoeken/?q=… in a fresh context, and the time from submitting the form to the
 * results shown (the status says how many), measured in the page.
 */
async function measureSearchPage(browser: Browser, baseURL: string): Promise<PageRun[]> {
  const out: PageRun[] = [];
  const done = () => {
    const s = document.getElementById('zoekstatus')?.textContent ?? '';
    return /resulta/.test(s) && !s.startsWith('Bezig');
  };
  for (const q of PAGE_QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const sizes: Array<Promise<{ url: string; bytes: number }>> = [];
    page.on('requestfinished', (req) =>
      sizes.push(req.sizes().then((z) => ({ url: req.url(), bytes: z.responseBodySize + z.responseHeadersSize }))),
    );
    const t0 = Date.now();
    await page.goto(new URL(`zoeken/?q=${encodeURIComponent(q)}`, baseURL).href);
    await page.waitForFunction(done, undefined, { timeout: 60_000 });
    const coldMs = Date.now() - t0;
    const fetched = await Promise.all(sizes.splice(0));
    const firstBytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
    const firstGzip = fetched.reduce((sum, f) => {
      let path = join(SITE, decodeURIComponent(new URL(f.url).pathname));
      if (path.endsWith('/')) path = join(path, 'index.html');
      return sum + (existsSync(path) && statSync(path).isFile() ? gzipSync(readFileSync(path)).length : f.bytes);
    }, 0);
    // Submitting again (Pagefind loaded): from the submit event to the status with the count.
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.fill('#zoekterm', i % 2 ? q : `${q} `);
      times.push(
        (await page.evaluate(`new Promise((resolve) => {
          const status = document.getElementById('zoekstatus');
          const form = document.getElementById('zoekformulier');
          let t0 = 0;
          const obs = new MutationObserver(() => {
            const s = status.textContent || '';
            if (t0 && /resulta/.test(s) && !s.startsWith('Bezig')) { obs.disconnect(); resolve(performance.now() - t0); }
          });
          obs.observe(status, { childList: true, characterData: true, subtree: true });
          form.addEventListener('submit', () => { t0 = performance.now(); }, { once: true, capture: true });
          form.requestSubmit();
        })`)) as number,
      );
    }
    out.push({ q, firstBytes, firstGzip, submitMs: median(times), coldMs });
    await context.close();
  }
  return out;
}

async function main() {
  const queries = querySchema.parse(yaml.load(readFileSync(join(ROOT, 'bench/search/queries.yaml'), 'utf8')));
  step(`${queries.length} zoekvragen gelezen`);

  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  step('site bouwen (astro build) in bench/.tmp/search/site');
  run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    OUT_DIR: SITE,
    CACHE_DIR: join(TMP, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    // The two indexes below are built on their own; the build's own index step is left out.
    SEARCH_INDEX: 'off',
  });
  step('twee indexen bouwen over dezelfde pagina’s: pagefind-plain en pagefind-tuned');
  run(process.execPath, [
    'scripts/build-search-index.ts',
    '--site',
    SITE,
    '--out',
    join(SITE, 'pagefind-plain'),
    '--plain',
    '--quiet',
  ]);
  run(process.execPath, [
    'scripts/build-search-index.ts',
    '--site',
    SITE,
    '--out',
    join(SITE, 'pagefind-tuned'),
    '--quiet',
  ]);
  // The search page itself loads /pagefind/: the same tuned index, as `npm run build` writes it.
  run(process.execPath, ['scripts/build-search-index.ts', '--site', SITE, '--quiet']);

  const variants: Variant[] = [
    { key: 'plain', label: 'Pagefind zonder aanpassingen', bundle: 'pagefind-plain', tuned: false },
    {
      key: 'tuned',
      label: 'Afgestemde index + zoekvraagbewerking (zoals /zoeken/)',
      bundle: 'pagefind-tuned',
      tuned: true,
    },
    { key: 'tunedRaw', label: 'Afgestemde index, zoekvraag ongewijzigd', bundle: 'pagefind-tuned', tuned: false },
  ];

  const loadBefore = loadavg()[0]!;
  const { url: baseURL, server } = await startStaticServer(SITE);
  const browser = await launchBrowser();
  const chromium = `Chromium ${browser.version()}`;
  const runs = {} as Record<Variant['key'], QueryRun[]>;
  /** Cold first queries: each in a fresh context, alternating variants, after one warm-up. */
  const cold = { plain: [] as QueryRun[], tuned: [] as QueryRun[] };
  const pageRuns: PageRun[] = [];
  try {
    for (const v of variants) {
      step(`zoekvragen uitvoeren: ${v.label}`);
      const context = await browser.newContext();
      runs[v.key] = await runVariant(context, baseURL, v, queries);
      await context.close();
    }
    step(`eerste zoekvraag ${COLD_RUNS} keer koud meten per variant`);
    for (let i = 0; i < COLD_RUNS; i++) {
      for (const v of variants.slice(0, 2)) {
        const context = await browser.newContext();
        const [first] = await runVariant(context, baseURL, v, queries.slice(0, 1));
        cold[v.key as 'plain' | 'tuned'].push(first!);
        await context.close();
      }
    }
    step(`de zoekpagina zelf meten, met ${CPU_SLOWDOWN}× vertraagde CPU`);
    pageRuns.push(...(await measureSearchPage(browser, baseURL)));
  } finally {
    await browser.close();
    await new Promise<void>((ok) => server.close(() => ok()));
  }

  const ranks = {} as Record<Variant['key'], Array<number | undefined>>;
  const tops = {} as Record<Variant['key'], string[]>;
  for (const v of variants) {
    ranks[v.key] = runs[v.key].map((r, i) => {
      const ranked = rankedSections(
        r.data.map((d) => pageHit(d, SECTIONS_PER_PAGE, r.query)),
        SECTIONS_PER_PAGE,
      );
      return firstHit(ranked, queries[i]!.expect);
    });
    tops[v.key] = runs[v.key].map((r) => {
      const first = r.data[0] && pageHit(r.data[0], SECTIONS_PER_PAGE, r.query).sections[0];
      return first ? decodeURIComponent(first.url) : '–';
    });
  }

  // ---- verdict ----
  const idx = (cat: string) => queries.map((q, i) => (q.category === cat ? i : -1)).filter((i) => i >= 0);
  const sc = (key: Variant['key'], cat?: string) =>
    scores(
      (cat ? idx(cat) : queries.map((_, i) => i)).map((i) => ranks[key][i]),
      K,
    );
  const lostPlain = idx('plain').filter((i) => {
    const p = ranks.plain[i];
    const t = ranks.tuned[i];
    return p !== undefined && p <= K && (t === undefined || t > K || t > p);
  });
  const beats = (cat: string) => {
    const p = sc('plain', cat);
    const t = sc('tuned', cat);
    return t.recallAtK > p.recallAtK || (t.recallAtK === p.recallAtK && t.mrr > p.mrr);
  };
  // Against the last measurement before issue 13 (bench/search/baseline.json): no category worse.
  const baseline = JSON.parse(readFileSync(join(ROOT, 'bench/search/baseline.json'), 'utf8')) as {
    commit: string;
    categories: Record<string, { recallAtK: number; mrr: number }>;
    firstQueryGzipKB: number;
  };
  // Rounded as the table shows them (two decimals), so a figure equal on paper counts as equal.
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const worse = Object.entries(baseline.categories)
    .filter(([cat, b]) => {
      const t = sc('tuned', cat);
      return round2(t.recallAtK) < b.recallAtK || round2(t.mrr) < b.mrr;
    })
    .map(([cat]) => cat);
  const ok = beats('compound') && beats('synonym') && lostPlain.length === 0 && worse.length === 0;

  // ---- machine ----
  const sh = (cmd: string) => {
    try {
      return execSync(cmd, { encoding: 'utf8' }).trimEnd();
    } catch {
      return 'onbekend';
    }
  };
  const now = new Date();
  const date = `${now.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}, ${now.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
  const pagefindVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8'))
    .version as string;

  const pct = (x: number) => `${nl(x * 100, 0)} %`;
  const dec = (x: number) => nl(x, 2);
  const rank = (r: number | undefined) => (r === undefined ? '–' : String(r));

  const lines: string[] = [];
  lines.push('# Zoekkwaliteit: resultaten van de benchmark', '');
  lines.push(
    `Gemaakt met \`npm run bench:search\` op ${date}. Zoekvragen: [\`queries.yaml\`](queries.yaml) (${queries.length}); methode: [\`docs/search.md\`](../../docs/search.md).`,
    '',
  );
  lines.push('## Machine', '');
  lines.push(`- \`nproc\`: ${sh('nproc')} (${cpus()[0]?.model ?? 'onbekende processor'})`);
  lines.push('- `free -h`:', '', '```', sh('free -h'), '```', '');
  lines.push(`- Node ${process.version}, ${chromium}, Pagefind ${pagefindVersion}`);
  lines.push(
    `- Belasting (load average over 1 minuut) bij begin en eind van de metingen: ${nl(loadBefore, 1)} en ${nl(loadavg()[0]!, 1)}. Andere processen op dezelfde machine (zoals een tweede build of testrun) maken de tijden trager en wisselender; bytes en kwaliteit hangen daar niet van af.`,
    '',
  );
  lines.push('## Kwaliteit per categorie', '');
  lines.push(
    `Recall@${K}: het deel van de zoekvragen waarbij een goede sectie bij de eerste ${K} links staat. MRR: het gemiddelde van 1/plaats van de eerste goede sectie (0 als die ontbreekt). De lijst is gerangschikt zoals de zoekpagina hem toont: per pagina de best passende sectie en daarna maximaal ${SECTIONS_PER_PAGE - 1} andere secties van die pagina.`,
    '',
  );
  lines.push(
    `| categorie | aantal | recall@${K} plain | recall@${K} afgestemd | MRR plain | MRR afgestemd | recall@${K} afgestemde index, ruwe vraag | MRR afgestemde index, ruwe vraag |`,
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const cat of [...CATEGORIES, undefined]) {
    const p = sc('plain', cat);
    const t = sc('tuned', cat);
    const r = sc('tunedRaw', cat);
    lines.push(
      `| ${cat ?? '**alle**'} | ${p.queries} | ${pct(p.recallAtK)} | ${pct(t.recallAtK)} | ${dec(p.mrr)} | ${dec(t.mrr)} | ${pct(r.recallAtK)} | ${dec(r.mrr)} |`,
    );
  }
  lines.push('');
  lines.push(
    '- **plain**: Pagefind 1.6 zoals het komt, over dezelfde pagina’s (met dezelfde `data-pagefind-*`-opmaak), de zoekvraag zoals getypt.',
  );
  lines.push(
    '- **afgestemd**: de index van `npm run build` (delen van samenstellingen en andere vormen van termen toegevoegd) en de zoekvraagbewerking van de zoekpagina (`searchDutch`: functiewoorden weg; een woord zonder treffers één keer opnieuw in zijn grondvorm, “eenzame” → “eenzaam”). De tijd telt dan beide zoekopdrachten.',
  );
  lines.push(
    '- **afgestemde index, ruwe vraag**: de afgestemde index met de zoekvraag zoals getypt, om te zien wat de index alleen doet.',
    '',
  );
  lines.push(`## Voor en na issue 13`, '');
  lines.push(
    `De afgestemde zoekpagina tegenover de laatste meting vóór issue 13 (commit ${baseline.commit}, [\`baseline.json\`](baseline.json)), per categorie die toen al bestond. De zoekvragen van die categorieën zijn dezelfde. Bij drie zijn goede secties bijgezet (zie \`why\` in queries.yaml): de grafiekpagina's over eenzaamheid en het tekort, die er toen nog niet waren, en hoofdstuk 2 van de visie (“Beroep op jeugdhulp” in grafiek en tabel) bij “jeugdzorg”, dat toen al op plaats 1 stond. De cijfers van toen veranderen daardoor niet.`,
    '',
  );
  lines.push(`| categorie | recall@${K} vóór | recall@${K} nu | MRR vóór | MRR nu |`);
  lines.push('|---|---:|---:|---:|---:|');
  for (const [cat, b] of Object.entries(baseline.categories)) {
    const t = sc('tuned', cat);
    lines.push(`| ${cat} | ${pct(b.recallAtK)} | ${pct(t.recallAtK)} | ${dec(b.mrr)} | ${dec(t.mrr)} |`);
  }
  lines.push('');
  lines.push('## Oordeel', '');
  lines.push(`- Samenstellingen: afgestemd ${beats('compound') ? 'beter dan' : '**niet beter dan**'} plain.`);
  lines.push(`- Synoniemen: afgestemd ${beats('synonym') ? 'beter dan' : '**niet beter dan**'} plain.`);
  lines.push(
    lostPlain.length
      ? `- **Verloren gewone zoekvragen**: ${lostPlain.map((i) => `“${queries[i]!.q}”`).join(', ')}.`
      : `- Geen gewone zoekvraag verloren: elke gewone zoekvraag die plain in de eerste ${K} vond, staat bij afgestemd even hoog of hoger.`,
  );
  lines.push(
    worse.length
      ? `- **Slechter dan vóór issue 13**: ${worse.join(', ')}.`
      : `- Geen categorie slechter dan vóór issue 13 (recall@${K} en MRR, afgerond op twee decimalen).`,
  );
  const firstGzipKB = median(cold.tuned.map((x) => x.gzipBytes)) / 1024;
  lines.push(
    `- Eerste zoekvraag (afgestemd, gzip): ${nl(firstGzipKB, 1)} kB, vóór issue 13 ${nl(baseline.firstQueryGzipKB, 1)} kB.`,
  );
  lines.push('');

  lines.push('## Bytes en tijd', '');
  lines.push(
    `Elke variant draait in een nieuwe browsercontext (lege cache): de eerste zoekvraag laadt \`pagefind.js\`, de WebAssembly, de metadata, de benodigde indexdelen en de fragmenten van de eerste ${RESULTS_LOADED} resultaten; de volgende zoekvragen laden alleen wat nog ontbreekt. Bytes zoals de testserver ze stuurt (zonder compressie) en geschat met gzip (de indexdelen van Pagefind zijn zelf al gecomprimeerd). Tijd: van het begin van de zoekvraag tot de gegevens van de eerste ${RESULTS_LOADED} resultaten er zijn, gemeten in Chromium op de machine hierboven.`,
    '',
  );
  lines.push(
    '| variant | eerste zoekvraag: bytes | gzip | tijd: mediaan van ' +
      COLD_RUNS +
      ' | kortste | volgende zoekvragen: gemiddeld bytes | mediaan bytes | max bytes | mediaan tijd | max tijd |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const v of variants.slice(0, 2)) {
    const r = runs[v.key];
    const first = cold[v.key as 'plain' | 'tuned'];
    const rest = r.slice(1);
    const mean = rest.reduce((sum, x) => sum + x.bytes, 0) / rest.length;
    lines.push(
      `| ${v.key === 'plain' ? 'plain' : 'afgestemd'} | ${kB(median(first.map((x) => x.bytes)))} | ${kB(median(first.map((x) => x.gzipBytes)))} | ${nl(median(first.map((x) => x.ms)))} ms | ${nl(Math.min(...first.map((x) => x.ms)))} ms | ${kB(mean)} | ${kB(median(rest.map((x) => x.bytes)))} | ${kB(Math.max(...rest.map((x) => x.bytes)))} | ${nl(median(rest.map((x) => x.ms)))} ms | ${nl(Math.max(...rest.map((x) => x.ms)))} ms |`,
    );
  }
  const folderBytes = (dir: string) =>
    existsSync(dir) ? readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) : 0;
  lines.push(
    '',
    '| bundel | indexdelen | fragmenten | filters | pagefind.js + WebAssembly (nl) |',
    '|---|---:|---:|---:|---:|',
  );
  for (const v of variants.slice(0, 2)) {
    const dir = join(SITE, v.bundle);
    const code = statSync(join(dir, 'pagefind.js')).size + statSync(join(dir, 'wasm.nl.pagefind')).size;
    lines.push(
      `| ${v.key === 'plain' ? 'plain' : 'afgestemd'} | ${kB(folderBytes(join(dir, 'index')))} | ${kB(folderBytes(join(dir, 'fragment')))} | ${kB(folderBytes(join(dir, 'filter')))} | ${kB(code)} |`,
    );
  }
  lines.push(
    '',
    `**Vocabulaire voor tikfouten** (\`pagefind/${VOCABULARY_FILE}\`, alleen geladen als een woord niets vindt): ${kB(statSync(join(SITE, 'pagefind', VOCABULARY_FILE)).size)}, met gzip ${kB(gzipSync(readFileSync(join(SITE, 'pagefind', VOCABULARY_FILE))).length)}.`,
    '',
  );
  lines.push(
    `**De zoekpagina zelf** (\`/zoeken/?q=…\` in een nieuwe context: HTML, CSS, het script, Pagefind en de fragmenten; CPU ${CPU_SLOWDOWN}× vertraagd via Chromium's DevTools-protocol). Tijd na verzenden: van het submit-event van het formulier tot de statusregel met het aantal resultaten, mediaan van 3, met Pagefind al geladen.`,
    '',
  );
  lines.push(
    '| zoekvraag | eerste keer: bytes | gzip | eerste keer: tijd tot resultaten | na verzenden: tijd tot resultaten |',
    '|---|---:|---:|---:|---:|',
  );
  for (const r of pageRuns)
    lines.push(`| ${r.q} | ${kB(r.firstBytes)} | ${kB(r.firstGzip)} | ${nl(r.coldMs)} ms | ${nl(r.submitMs)} ms |`);
  lines.push(
    '',
    `Eerste zoekvraag: “${queries[0]!.q}”, elke keer in een nieuwe context (na de kwaliteitsmeting, dus met een opgewarmde browser). Volgende zoekvragen: de andere ${queries.length - 1} zoekvragen na elkaar in dezelfde pagina; de index van deze kleine site bestaat uit twee delen; de grootste volgende zoekvraag is die welke het tweede deel laadt, daarna haalt een zoekvraag alleen nog fragmenten op van resultaten die nog niet geladen waren (vaak niets).`,
    '',
  );

  lines.push('## Per zoekvraag', '');
  lines.push(
    'Plaats van de eerste goede sectie (– = niet bij de eerste resultaten), en de eerste link van de afgestemde zoekpagina.',
    '',
  );
  lines.push('| zoekvraag | categorie | plain | afgestemd | ruwe vraag | eerste link (afgestemd) |');
  lines.push('|---|---|---:|---:|---:|---|');
  queries.forEach((q, i) => {
    lines.push(
      `| ${q.q} | ${q.category} | ${rank(ranks.plain[i])} | ${rank(ranks.tuned[i])} | ${rank(ranks.tunedRaw[i])} | \`${tops.tuned[i]}\` |`,
    );
  });
  lines.push('');
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  step(`geschreven: ${OUT.replace(`${ROOT}/`, '')}`);
  for (const cat of CATEGORIES) {
    const p = sc('plain', cat);
    const t = sc('tuned', cat);
    step(
      `${cat.padEnd(12)} recall@${K} ${pct(p.recallAtK).padStart(6)} → ${pct(t.recallAtK).padStart(6)}   MRR ${dec(p.mrr)} → ${dec(t.mrr)}`,
    );
  }
  if (!ok) {
    console.error('bench:search – de afgestemde index voldoet niet (zie Oordeel in RESULTS.md)');
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(`bench:search mislukt: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
