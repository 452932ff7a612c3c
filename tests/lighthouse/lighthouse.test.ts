/**
 * Lighthouse (mobile preset, Debian's Chromium) on one page of each type, served by nginx
 * with the repository's configuration: 100 for accessibility, best practices and SEO. These
 * three categories do not depend on the speed of the machine, so one run per page suffices.
 * The project runs last and alone (vitest.config.ts, sequence.groupOrder). Scores are
 * recorded in tests/.tmp/reports/lighthouse.json and printed.
 *
 * Performance is not judged here: its score measures time on a shared machine. It is
 * measured, calibrated and recorded by the benchmark (`npm run bench:lighthouse`,
 * bench/lighthouse.ts). What makes a page fast and stable is tested deterministically
 * instead: byte budgets and no JavaScript on reading pages (tests/quality/privacy-budgets),
 * dimensions on every image and SVG, no web fonts, and a search page whose script moves
 * nothing (tests/e2e/layout-shift.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from '../support/nginx';
import { DIST } from '../support/site';
import { LIGHTHOUSE_PAGES } from './pages';
import { failing, runLighthouse, score } from './run';

const REPORTS = join(process.cwd(), 'tests/.tmp/reports');
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

let server: Awaited<ReturnType<typeof startNginx>>;
const recorded: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  server = await startNginx(DIST, join(process.cwd(), 'tests/.tmp/nginx-lighthouse'));
  mkdirSync(REPORTS, { recursive: true });
});

afterAll(async () => {
  await server?.stop();
  writeFileSync(
    join(REPORTS, 'lighthouse.json'),
    `${JSON.stringify({ date: new Date().toISOString(), scores: recorded }, null, 2)}\n`,
  );
  console.table(recorded);
});

describe('Lighthouse, mobile', () => {
  it.each(Object.entries(LIGHTHOUSE_PAGES))('%s (%s): accessibility, best practices and SEO 100', (type, path) => {
    const url = new URL(path.replace(/^\//, ''), server.url).href;
    const lh = runLighthouse(url, join(REPORTS, `lighthouse-${type}.json`), { categories: CATEGORIES });
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(lh, c)]));
    recorded[type] = scores;
    for (const c of CATEGORIES) expect(scores[c], failing(lh, c)).toBe(100);
  });
});
