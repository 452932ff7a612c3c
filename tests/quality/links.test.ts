/**
 * Links: every internal link, asset and #anchor on every built page resolves; also in a
 * build under a base path, as municipal sites often live under one. External links are
 * listed in a report (tests/.tmp/reports/external-links.md), never fetched.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks, externalLinksReport, type LinkReport } from '../support/links';
import { DIST } from '../support/site';
import { buildEnv } from '../support/env';
import { ASTRO, runLocked } from '../support/astro-build';

const ROOT = process.cwd();
// A configured address (not the placeholder a build without SITE_URL runs on).
const SITE = 'https://www.example.org';
const REPORTS = join(ROOT, 'tests/.tmp/reports');

function problems(report: LinkReport): string {
  return report.problems.map((p) => `${p.page}: ${p.link} → ${p.reason}`).join('\n');
}

describe('links in the built site', () => {
  // The default build has no SITE_URL: no sitemap (it would need absolute addresses) and a robots.txt
  // that names none, so the placeholder origin appears in neither.
  it.skipIf(Boolean(process.env.SITE_URL))('an unconfigured build has no sitemap.xml and robots.txt names none', () => {
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toBe('User-agent: *\nAllow: /\n');
  });

  it('resolve, every one of them, and external links are reported', () => {
    const report = checkLinks(DIST, { site: SITE });
    expect(report.pages).toBeGreaterThan(15);
    expect(report.checked).toBeGreaterThan(200);
    expect(report.problems, problems(report)).toEqual([]);
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(join(REPORTS, 'external-links.md'), externalLinksReport(report));
    console.log(
      `${report.checked} links gecontroleerd op ${report.pages} pagina's; ${report.external.size} externe links in tests/.tmp/reports/external-links.md`,
    );
  });

  it('finds a broken link and a broken anchor (the checker itself works)', () => {
    const dir = join(ROOT, 'tests/.tmp/broken-links');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="/a/">a</a><a href="/b/">b</a><a href="/a/#x">x</a><a href="#top">t</a><h1 id="top">T</h1>',
    );
    writeFileSync(join(dir, 'a/index.html'), '<p id="y">y</p>');
    const report = checkLinks(dir, { site: SITE });
    expect(report.problems.map((p) => p.reason)).toEqual(['bestaat niet (/b/)', 'anker #x bestaat niet op /a/']);
  });
});

describe('a build under a base path', () => {
  const out = join(ROOT, 'tests/.tmp/base-path/dist');

  it('has every internal link, asset and download under the base path', () => {
    rmSync(join(ROOT, 'tests/.tmp/base-path'), { recursive: true, force: true });
    const build = runLocked([ASTRO, 'build'], {
      cwd: ROOT,
      env: buildEnv({
        SITE_URL: SITE,
        BASE_PATH: '/sociaal-domein/',
        OUT_DIR: out,
        CACHE_DIR: join(ROOT, 'tests/.tmp/base-path/cache'),
      }),
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const report = checkLinks(out, { site: SITE, base: '/sociaal-domein/' });
    expect(report.problems, problems(report)).toEqual([]);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('href="/sociaal-domein/documenten/"');
    expect(home).toContain(`<link rel="canonical" href="${SITE}/sociaal-domein/">`);
    expect(readFileSync(join(out, 'cijfers/index.html'), 'utf8')).toContain(
      'href="/sociaal-domein/cijfers/data/alle-indicatoren.csv"',
    );
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sociaal-domein/sitemap.xml`);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(`<loc>${SITE}/sociaal-domein/documenten/</loc>`);
    expect(existsSync(join(out, 'cijfers/data/alle-indicatoren.csv'))).toBe(true);
  });
});
