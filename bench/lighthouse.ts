/**
 * Lighthouse performance benchmark (a script, not a test): npm run bench:lighthouse
 *
 * Performance measures time, and time on a shared machine varies, so it is recorded here
 * rather than judged in CI (tests/lighthouse/ keeps accessibility, best practices and SEO
 * at 100). Needs a built site (npm run build) and Debian's nginx and Chromium.
 *
 * Following Lighthouse's documentation (docs/throttling.md, "Calibrating the CPU slowdown"):
 * a discarded warm-up run measures the machine's benchmarkIndex, the CPU slowdown is scaled
 * so that every machine simulates the phone that 4× simulates on a high-end desktop
 * (tests/lighthouse/calibrate.ts; LIGHTHOUSE_CPU_SLOWDOWN overrides it), and each page type
 * runs LIGHTHOUSE_RUNS times (default 3); the median run is reported, with every run's score,
 * Total Blocking Time, Largest Contentful Paint and Cumulative Layout Shift.
 *
 * Writes bench/results/lighthouse-<date>.json and replaces the Lighthouse section of
 * bench/RESULTS.md (between its lighthouse:start and lighthouse:end markers).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { startNginx } from '../tests/support/nginx.ts';
import { LIGHTHOUSE_PAGES } from '../tests/lighthouse/pages.ts';
import { cpuSlowdown } from '../tests/lighthouse/calibrate.ts';
import { runLighthouse, score, type LhResult } from '../tests/lighthouse/run.ts';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist');
const TMP = join(ROOT, 'bench/.tmp/lighthouse');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const TARGET = 95;
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

interface PageResult {
  path: string;
  median: number;
  runs: number[];
  tbtMs: number[];
  lcpMs: number[];
  cls: number[];
}

const metric = (lh: LhResult, id: string) => Math.round((lh.audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000;
const nl = (n: number, digits = 0) =>
  n.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load = () =>
  loadavg()
    .map((l) => nl(l, 2))
    .join(' / ');

async function main() {
  mkdirSync(TMP, { recursive: true });
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const loadStart = load();
  const server = await startNginx(DIST, join(TMP, 'nginx'));
  const pages: Record<string, PageResult> = {};
  let benchmarkIndex: number;
  let slowdown: number;
  try {
    console.error('warm-up en kalibratie …');
    const warmup = runLighthouse(server.url, join(TMP, 'warmup.json'), { categories: ['performance'] });
    benchmarkIndex = warmup.environment?.benchmarkIndex ?? Number.NaN;
    slowdown = process.env.LIGHTHOUSE_CPU_SLOWDOWN
      ? Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN)
      : cpuSlowdown(benchmarkIndex);
    for (const [type, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      console.error(`${type} (${path}) …`);
      const url = new URL(path.replace(/^\//, ''), server.url).href;
      const runs = Array.from({ length: RUNS }, (_, i) =>
        runLighthouse(url, join(TMP, `${type}-${i + 1}.json`), { categories: ['performance'], cpuSlowdown: slowdown }),
      );
      const scores = runs.map((r) => score(r, 'performance'));
      pages[type] = {
        path,
        median: [...scores].sort((a, b) => a - b)[Math.floor((scores.length - 1) / 2)] ?? Number.NaN,
        runs: scores,
        tbtMs: runs.map((r) => Math.round(metric(r, 'total-blocking-time'))),
        lcpMs: runs.map((r) => Math.round(metric(r, 'largest-contentful-paint'))),
        cls: runs.map((r) => metric(r, 'cumulative-layout-shift')),
      };
    }
  } finally {
    await server.stop();
  }
  const date = new Date().toISOString();
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'onbekend'}), Node ${process.version}`;
  const result = {
    date,
    machine,
    loadStart,
    loadEnd: load(),
    runs: RUNS,
    target: TARGET,
    benchmarkIndex,
    cpuSlowdown: slowdown,
    pages,
  };
  const file = join(ROOT, 'bench/results', `lighthouse-${date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

  const section = [
    START,
    `Last run: **${date.slice(0, 16).replace('T', ' ')} UTC** (\`npm run bench:lighthouse\`), raw figures in`,
    `[\`${relative(join(ROOT, 'bench'), file)}\`](${relative(join(ROOT, 'bench'), file)}). Machine: ${machine}; load average (1/5/15 min) ${result.loadStart} at`,
    `the start and ${result.loadEnd} at the end. benchmarkIndex ${nl(benchmarkIndex)}, CPU slowdown ${nl(slowdown, 1)}×, ${RUNS} runs per page`,
    `after a discarded warm-up; target ${TARGET}.`,
    '',
    '| page type | path | performance (median) | per run | TBT (ms) | LCP (ms) | CLS |',
    '|---|---|---:|---|---|---|---|',
    ...Object.entries(pages).map(
      ([type, p]) =>
        `| ${type} | \`${p.path}\` | ${p.median} | ${p.runs.join(' / ')} | ${p.tbtMs.join(' / ')} | ${p.lcpMs.join(' / ')} | ${p.cls.map((c) => nl(c, 3)).join(' / ')} |`,
    ),
    END,
  ].join('\n');
  const resultsFile = join(ROOT, 'bench/RESULTS.md');
  const md = readFileSync(resultsFile, 'utf8');
  const from = md.indexOf(START);
  const to = md.indexOf(END);
  const next =
    from >= 0 && to > from
      ? `${md.slice(0, from)}${section}${md.slice(to + END.length)}`
      : `${md.trimEnd()}\n\n## Lighthouse performance (benchmark)\n\n${section}\n`;
  writeFileSync(resultsFile, next);
  console.log(section);
}

await main();
