/**
 * Dossiers as decision briefs, without JavaScript: the finance dossier shows € 430.000 and the
 * algemene reserve in its first screen, and the budget steps with their signs as a chart.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile } from '../support/browser-per-file';
import { charts } from '../support/data';

const baseURL = inject('baseURL');
const browser = browserPerFile();

describe('/dossiers/financien/ without JavaScript', () => {
  it('shows € 430.000 and the algemene reserve in the first screen at 1280 x 800', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(new URL('dossiers/financien/', baseURL).href);
      for (const words of ['€ 430.000', 'algemene reserve']) {
        const el = page.locator('.summary-list blockquote', { hasText: words }).first();
        const box = await el.boundingBox();
        expect(box, words).not.toBeNull();
        expect(box!.y + box!.height, `${words} onder de eerste 800 px`).toBeLessThanOrEqual(800);
      }
      const keys = await page.locator('.summary-list__key').allInnerTexts();
      expect(keys).toHaveLength(4);
      expect(await page.locator('#kort-decided').innerText()).toContain(
        'Ontwerpbesluit voor de raadsvergadering van 21 juli 2021',
      );
    } finally {
      await context.close();
    }
  });

  it('draws the budget steps with their signs as a waterfall chart', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(new URL('dossiers/financien/', baseURL).href);
      const chart = page.locator('figure[data-chart="budget-uitvoeringsplan"]');
      expect(await chart.count()).toBe(1);
      expect(charts().find((c) => c.id === 'budget-uitvoeringsplan')?.kind).toBe('waterval');
      expect(await chart.locator('svg').count()).toBeGreaterThan(0);
      const svgText = (await chart.locator('svg').first().textContent())!.replace(/\s+/g, ' ');
      expect(svgText).toMatch(/−\s?€\s0,55\smln/);
      expect(svgText).toMatch(/−\s?€\s0,32\smln/);
      expect(await chart.boundingBox()).not.toBeNull();
    } finally {
      await context.close();
    }
  });
});
