/**
 * Print: with print media emulated, layer pages and dossiers hide the navigation chrome,
 * print link targets after links, and lay out on A4.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 800, height: 1100 } });
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['/dossiers/financien/', '/bevindingen/toegang/', '/documenten/quickscan-vng-2024/'])('%s in print', (path) => {
  it('hides header, navigation, breadcrumbs and footer, and shows them on screen', async () => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(path.replace(/^\//, ''), baseURL).href);
      const shown = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).display !== 'none');
      expect(await shown('.site-nav')).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer']) {
        expect(await shown(sel), `${sel} zichtbaar in print`).toBe(false);
      }
      expect(await shown('main')).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('dossier in print', () => {
  it('prints no address after links to the site’s own pages, and renders to A4', async () => {
    const page = await context.newPage();
    try {
      await page.goto(new URL('dossiers/financien/', baseURL).href);
      await page.emulateMedia({ media: 'print' });
      const afters = await page
        .locator('.dossier a[href^="/"]')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el, '::after').content));
      expect(afters.length).toBeGreaterThan(5);
      for (const a of afters) expect(a).not.toMatch(/https?:/);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      // A4 is 595 x 842 points (210 x 297 mm); Chromium writes e.g. 594.95996 841.91998.
      const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
      expect(box, 'geen MediaBox in de PDF').not.toBeNull();
      expect(Math.round(Number(box![1]))).toBe(595);
      expect(Math.round(Number(box![2]))).toBe(842);
    } finally {
      await page.close();
    }
  });
});
