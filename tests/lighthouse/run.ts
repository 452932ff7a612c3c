/**
 * One Lighthouse run (mobile preset, Debian's Chromium) as a child process, shared by the CI
 * test (tests/lighthouse/lighthouse.test.ts: accessibility, best practices, SEO) and the
 * benchmark (bench/lighthouse.ts: performance, calibrated, median of several runs).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../support/browser.ts';

const LH = join(process.cwd(), 'node_modules/lighthouse/cli/index.js');
const FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

export interface LhResult {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string; numericValue?: number }>;
}

export interface RunOptions {
  categories: readonly string[];
  /** Lighthouse's throttling.cpuSlowdownMultiplier; its default (4) when absent. */
  cpuSlowdown?: number;
}

/** Runs Lighthouse once on `url`, writes its JSON report to `out` and returns it. Retries once. */
export function runLighthouse(url: string, out: string, options: RunOptions, attempt = 1): LhResult {
  const slowdown =
    options.cpuSlowdown !== undefined && Number.isFinite(options.cpuSlowdown)
      ? [`--throttling.cpuSlowdownMultiplier=${options.cpuSlowdown}`]
      : [];
  const result = spawnSync(
    process.execPath,
    [
      LH,
      url,
      `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=${FLAGS}`,
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${options.categories.join(',')}`,
      ...slowdown,
      '--quiet',
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  if (result.status !== 0) {
    // A Chromium that fails to start or to hand over its trace is not a finding about the page.
    if (attempt < 2) return runLighthouse(url, out, options, attempt + 1);
    throw new Error(`Lighthouse mislukte (twee keer) voor ${url}:\n${result.stderr}`);
  }
  return JSON.parse(readFileSync(out, 'utf8')) as LhResult;
}

export function score(lh: LhResult, category: string): number {
  const c = lh.categories[category];
  if (!c) throw new Error(`Lighthouse-rapport zonder categorie ${category}`);
  return Math.round(c.score * 100);
}

/** The audits that cost the category points, one per line, for a failure message. */
export function failing(lh: LhResult, category: string): string {
  return (lh.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lh.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id}: ${lh.audits[ref.id]?.title ?? ''} ${lh.audits[ref.id]?.displayValue ?? ''}`)
    .join('\n');
}
