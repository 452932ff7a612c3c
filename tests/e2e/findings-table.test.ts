/**
 * Findings at a glance: /bevindingen/ has one table with a row per topic that fits one screen
 * at 1280 px, reflows on a phone, and prints on one A4 landscape page. Without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { findings } from '../support/data';
import { printPage } from '../support/pdf';

const baseURL = inject('baseURL');
const url = new URL('bevindingen/', baseURL).href;
const topics = findings();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('/bevindingen/ overview table', () => {
  it('is one table with a row per topic (topic, part, status, 2021 and 2024 in brief, link) that fits 1280 x 800', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(url);
      const table = page.locator('.findings-overview table');
      expect(await table.count()).toBe(1);
      const rows = table.locator('tbody tr:not(.findings-table__part)');
      expect(await rows.count()).toBe(topics.length);
      const headers = await table.locator('thead th').allInnerTexts();
      expect(headers).toEqual(['Onderwerp', 'Status', '2021 in het kort', '2024 in het kort']);
      expect(await table.locator('th[scope="rowgroup"]').allInnerTexts()).toEqual(
        expect.arrayContaining([
          'Onderdeel: Financiën',
          'Onderdeel: MO/BW (maatschappelijke opvang en beschermd wonen)',
        ]),
      );
      for (const f of topics) {
        const row = table.locator(`tr#rij-${f.id}`);
        expect(await row.locator(`th[scope="row"] a[href$="/bevindingen/${f.id}/"]`).count(), f.id).toBe(1);
        expect(await row.locator('.status__symbol').count(), f.id).toBe(1);
      }
      const box = await table.boundingBox();
      expect(box!.height, 'tabel hoger dan één scherm van 1280 x 800').toBeLessThanOrEqual(800);
      expect(box!.width).toBeLessThanOrEqual(1280);
    } finally {
      await context.close();
    }
  });

  it('reflows at 360 px without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      const label = await page
        .locator('.findings-overview td[data-label]')
        .first()
        .evaluate((el) => getComputedStyle(el, '::before').content);
      expect(label).toContain('Status');
    } finally {
      await context.close();
    }
  });

  it('prints on one A4 landscape page with every topic', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const pdf = await printPage(context, url);
      const landscape = pdf.sizes.map((s, i) => [s, i] as const).filter(([s]) => s.width > s.height);
      expect(landscape, 'precies één liggende pagina').toHaveLength(1);
      const [size, index] = landscape[0]!;
      expect(Math.round(size.width)).toBe(842);
      const text = pdf.pages[index]!.replace(/\s+/g, ' ');
      expect(text).toContain('2024 in het kort');
      for (const f of topics) expect(text, f.title).toContain(f.title.split(' ').slice(0, 2).join(' '));
      expect(text).toContain('Noot van de redactie');
    } finally {
      await context.close();
    }
  });
});
