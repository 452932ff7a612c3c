/**
 * Charts in Chromium: each SVG is an image with an accessible name, its table holds exactly
 * the values of the data file, and its CSV and JSON downloads parse back to the same values.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { charts, indicators, type RawIndicator } from '../support/data';
import { csvNumber, parseCsv } from '../../src/lib/charts/export';

const baseURL = inject('baseURL');
const byId = new Map(indicators().map((i) => [i.id, i]));

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
  await page.goto(new URL('cijfers/', baseURL).href);
});

afterAll(async () => {
  await browser?.close();
});

/** "50,3 %", "€ 0,43 mln", "98.270", "meer dan 65" → the number it shows. */
function shownNumber(text: string): number {
  const digits = text.replace(/\u00a0/g, ' ').match(/-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?/);
  if (!digits) throw new Error(`geen getal in "${text}"`);
  return Number(digits[0].replace(/\./g, '').replace(',', '.'));
}

function expectedValues(ids: string[]): Array<[string, number | null]> {
  return ids.flatMap((id) => (byId.get(id) as RawIndicator).values.map((v) => [id, v.value] as [string, number | null]));
}

describe.each(charts().map((c) => [c.id, c] as const))('chart %s', (id, chart) => {
  it('is an SVG image with an accessible name that states its title', async () => {
    const figure = page.locator(`figure[data-chart="${id}"]`);
    const title = (await figure.locator('.chart__title').textContent())!.trim();
    expect(title.length).toBeGreaterThan(10);
    const svg = figure.getByRole('img', { name: title, exact: true });
    expect(await svg.count()).toBe(1);
    expect(await svg.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    const described = await svg.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '');
    expect(described.length).toBeGreaterThan(20);
  });

  it('has a table with exactly the values of the data file', async () => {
    const cells = await page.locator(`figure[data-chart="${id}"] table[data-chart-table] td[data-value]`).evaluateAll((tds) =>
      tds.map((td) => ({
        indicator: td.closest('tr')!.getAttribute('data-indicator')!,
        value: td.getAttribute('data-value')!,
        text: td.textContent!.trim(),
      })),
    );
    const shown: Array<[string, number | null]> = cells.map((c) => [c.indicator, c.value === '' ? null : Number(c.value)]);
    expect(shown.sort()).toEqual(expectedValues(chart.indicators).sort());
    for (const c of cells) {
      if (c.value === '') continue;
      expect(shownNumber(c.text), `cel "${c.text}"`).toBe(Number(c.value));
      if (Number(c.value) % 1 !== 0) expect(c.text, 'decimale komma').toMatch(/\d,\d/);
    }
  });

  it('offers a CSV and a JSON download that parse back to the same values', async () => {
    const figure = page.locator(`figure[data-chart="${id}"]`);
    const csvHref = await figure.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const jsonHref = await figure.getByRole('link', { name: 'JSON' }).getAttribute('href');
    const csv = await page.request.get(new URL(csvHref!, page.url()).href);
    expect(csv.status()).toBe(200);
    const rows = parseCsv(await csv.text());
    expect(rows.map((r) => [r.indicator!, csvNumber(r.waarde!)]).sort()).toEqual(expectedValues(chart.indicators).sort());
    const json = await page.request.get(new URL(jsonHref!, page.url()).href);
    expect(json.status()).toBe(200);
    const data = (await json.json()) as Array<{ id: string; values: Array<{ value: number | null }> }>;
    expect(data.flatMap((i) => i.values.map((v) => [i.id, v.value])).sort()).toEqual(expectedValues(chart.indicators).sort());
  });
});

describe('the full data set', () => {
  it('downloads every indicator as CSV', async () => {
    const href = await page.getByRole('link', { name: 'CSV' }).last().getAttribute('href');
    expect(href).toMatch(/alle-indicatoren\.csv$/);
    const rows = parseCsv(await (await page.request.get(new URL(href!, page.url()).href)).text());
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(byId.keys()));
  });
});
