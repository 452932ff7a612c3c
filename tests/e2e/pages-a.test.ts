/**
 * Every built page in real Chromium, first half (the other half: pages-b.test.ts), plus the
 * checks on the site as a whole. The checks themselves are in tests/support/page-checks.ts.
 */
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../support/site';
import { SCRIPT_PAGES } from '../support/script-pages';
import { WCAG, checkPages, describeViolations, desktopContext, open, useBrowser } from '../support/page-checks';

const pages = builtPages();
useBrowser();

describe('built site', () => {
  it('has the pages a reader expects', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/documenten/');
    expect(pages).toContain('/over/');
    expect(pages).toContain('/documenten/sociale-visie-2040/');
    expect(
      pages.filter((p) => p.startsWith('/documenten/sociale-visie-2040/') && p !== '/documenten/sociale-visie-2040/'),
    ).toHaveLength(9);
    expect(pages.filter((p) => /^\/documenten\/[^/]+\/$/.test(p))).toHaveLength(6);
  });

  it('allows scripts only on pages that exist', () => {
    for (const { path } of SCRIPT_PAGES) expect(pages).toContain(path);
  });
});

checkPages(pages.filter((_, i) => i % 2 === 0));

describe('unknown paths', () => {
  it('get the site’s own 404 page, in Dutch and accessible', async () => {
    const { page, status } = await open(desktopContext(), '/bestaat-niet/');
    try {
      expect(status).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // It offered only two links: no word on what to check or on the search field (as GOV.UK's 404 does).
  it('help the reader on: what to check in the address, the search field, and where to begin', async () => {
    const { page } = await open(desktopContext(), '/bestaat-niet/');
    try {
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toMatch(/adres/);
      expect(text).toMatch(/zoekveld/);
      expect(await page.locator('header input[type="search"]').count()).toBe(1);
      const links = await page
        .locator('main a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const path of ['/', '/documenten/', '/inwoners/', '/begrippen/']) expect(links).toContain(path);
    } finally {
      await page.close();
    }
  });
});
