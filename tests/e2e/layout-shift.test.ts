/**
 * No layout shift, tested without timing: Lighthouse's Cumulative Layout Shift depends on when
 * a busy machine paints, so the CI checks the sources of a shift instead.
 * - A page's script must not move what follows it: on the pages that have a script, the site
 *   footer stands at the same place with JavaScript on (after the script ran) as with
 *   JavaScript off (the first paint before the script), at desktop and phone width.
 * - Every page type, loaded in Chromium, reports no layout-shift entry at all.
 * Images and SVG with dimensions and no web fonts are checked on the built files
 * (tests/quality/privacy-budgets.test.ts, tests/quality/layout-shift.test.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { PAGE_TYPES } from '../support/page-types';
import { SCRIPT_PAGES } from '../support/script-pages';

const baseURL = inject('baseURL');
const url = (path: string) => new URL(path.replace(/^\//, ''), baseURL).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function footerTop(path: string, width: number, javaScriptEnabled: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  try {
    const page = await context.newPage();
    await page.goto(url(path), { waitUntil: 'load' });
    // Let the script finish what it does on load (module scripts run after parsing).
    if (javaScriptEnabled) await page.waitForTimeout(300);
    return await page.locator('footer.site-footer').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  } finally {
    await context.close();
  }
}

describe('a script moves nothing that follows it', () => {
  for (const { path } of SCRIPT_PAGES) {
    it.each([1280, 360])(`${path} at %i px: the footer stays where it was without JavaScript`, async (width) => {
      const without = await footerTop(path, width, false);
      const withScript = await footerTop(path, width, true);
      expect(withScript).toBe(without);
    });
  }
});

describe('no layout shift while a page loads', () => {
  it.each(Object.entries(PAGE_TYPES))('%s (%s)', async (_type, path) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(url(path), { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const values: number[] = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) values.push((e as PerformanceEntry & { value: number }).value);
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(values), 100);
          }),
      );
      expect(shifts).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
