/**
 * Charts in Chromium. On /cijfers/ at 1280 and 360 px: each chart uses the width it has, shows
 * exactly one drawing, no two of its texts overlap, none renders below 12 px, and every point,
 * line or bar chart shows at least two value ticks, bars use at least 85 % of the drawing's width and a
 * value written inside a bar stays within it. Each SVG is an image with an accessible
 * name; its table holds exactly the values of the data file; the CSV and JSON downloads parse
 * back to the same values; each chart's own page offers CSV, JSON, SVG and PNG that download.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { charts, indicators, type RawIndicator } from '../support/data';
import { csvNumber, parseCsv } from '../../src/lib/charts/export';

const baseURL = inject('baseURL');
const byId = new Map(indicators().map((i) => [i.id, i]));
const ALL_CHARTS = charts();

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
  return ids.flatMap((id) =>
    (byId.get(id) as RawIndicator).values.map((v) => [id, v.value] as [string, number | null]),
  );
}

interface Measured {
  id: string;
  visibleSvgs: number;
  svgWidth: number;
  plotWidth: number;
  overlaps: string[];
  smallest: { text: string; px: number };
  valueTicks: number;
  /** Values written inside a bar whose rendered text sticks out of every bar. */
  valuesOutsideTheirBar: string[];
  /** How far the bars reach, as a share of the drawing's width (0 for charts without bars). */
  barsReach: number;
}

/** Measures every chart on the page as drawn: the visible SVG, its texts' boxes and rendered sizes. */
async function measure(p: Page): Promise<Measured[]> {
  return p.locator('figure[data-chart]').evaluateAll((figures) =>
    figures.map((figure) => {
      const svgs = [...figure.querySelectorAll('svg')].filter((s) => getComputedStyle(s).display !== 'none');
      const svg = svgs[0]!;
      const plot = figure.querySelector('.chart__plot')!;
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')];
      const boxes = texts.map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
            overlaps.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
          }
        }
      }
      const sizes = texts.map((t) => ({
        text: t.textContent ?? '',
        px: parseFloat(getComputedStyle(t).fontSize) * scale,
      }));
      const smallest = sizes.reduce((m, s) => (s.px < m.px ? s : m), { text: '', px: Infinity });
      const bars = [...svg.querySelectorAll('rect[class^="bar-"]')].map((b) => b.getBoundingClientRect());
      const valuesOutsideTheirBar = [...svg.querySelectorAll('text.chart__value--in')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return !bars.some(
            (b) => r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1,
          );
        })
        .map((t) => t.textContent ?? '');
      const reach = bars.length ? Math.max(...bars.map((b) => b.right)) - Math.min(...bars.map((b) => b.left)) : 0;
      return {
        id: figure.getAttribute('data-chart')!,
        visibleSvgs: svgs.length,
        svgWidth: box.width,
        plotWidth: plot.getBoundingClientRect().width,
        overlaps,
        smallest,
        valueTicks: svg.querySelectorAll('text.chart__tick--value').length,
        valuesOutsideTheirBar,
        barsReach: reach / box.width,
      };
    }),
  );
}

describe.each([1280, 360])('on /cijfers/ at %i px', (width) => {
  let measured: Measured[] = [];

  beforeAll(async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const p = await context.newPage();
    await p.goto(new URL('cijfers/', baseURL).href);
    measured = await measure(p);
    await context.close();
  });

  it('has every chart', () => {
    expect(measured.map((m) => m.id).sort()).toEqual(ALL_CHARTS.map((c) => c.id).sort());
  });

  it.each(ALL_CHARTS.map((c) => [c.id] as const))(
    '%s: one drawing, as wide as its column (at least 600 px on a desktop)',
    (id) => {
      const m = measured.find((x) => x.id === id)!;
      expect(m.visibleSvgs).toBe(1);
      expect(m.svgWidth).toBeGreaterThanOrEqual(m.plotWidth - 1);
      if (width >= 1280) expect(m.svgWidth).toBeGreaterThanOrEqual(600);
      else expect(m.svgWidth).toBeGreaterThanOrEqual(width - 64);
    },
  );

  it.each(ALL_CHARTS.map((c) => [c.id] as const))('%s: no two texts overlap and none renders below 12 px', (id) => {
    const m = measured.find((x) => x.id === id)!;
    expect(m.overlaps).toEqual([]);
    expect(m.smallest.px, `"${m.smallest.text}"`).toBeGreaterThanOrEqual(12);
  });

  it.each(ALL_CHARTS.filter((c) => ['vergelijking', 'waterval', 'staaf'].includes(c.kind)).map((c) => [c.id] as const))(
    '%s: the bars use the drawing’s width (at least 85 %%), and a value inside a bar stays within it',
    (id) => {
      const m = measured.find((x) => x.id === id)!;
      expect(m.barsReach).toBeGreaterThanOrEqual(0.85);
      expect(m.valuesOutsideTheirBar).toEqual([]);
    },
  );

  it.each(ALL_CHARTS.filter((c) => c.kind !== 'kerncijfers').map((c) => [c.id] as const))(
    '%s: at least two value ticks besides the data labels',
    (id) => {
      expect(measured.find((x) => x.id === id)!.valueTicks).toBeGreaterThanOrEqual(2);
    },
  );
});

describe.each(ALL_CHARTS.map((c) => [c.id, c] as const))('chart %s', (id, chart) => {
  it('is an SVG image with an accessible name that states its title', async () => {
    const figure = page.locator(`figure[data-chart="${id}"]`);
    const title = (await figure.locator('.chart__title').textContent())!.trim();
    expect(title.length).toBeGreaterThan(10);
    const svg = figure.getByRole('img', { name: title, exact: true });
    expect(await svg.count()).toBe(1);
    expect(await svg.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    const described = await svg.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '',
    );
    expect(described.length).toBeGreaterThan(20);
  });

  it('is marked once as an editorial addition', async () => {
    const figure = page.locator(`figure[data-chart="${id}"]`);
    expect(await figure.getAttribute('data-editorial')).toBe('grafiek');
    expect(await figure.locator('.editorial-label').count()).toBe(1);
  });

  it('has a table with exactly the values of the data file', async () => {
    const cells = await page
      .locator(`figure[data-chart="${id}"] table[data-chart-table] td[data-value]`)
      .evaluateAll((tds) =>
        tds.map((td) => ({
          indicator: td.closest('tr')!.getAttribute('data-indicator')!,
          value: td.getAttribute('data-value')!,
          text: td.textContent!.trim(),
        })),
      );
    const shown: Array<[string, number | null]> = cells.map((c) => [
      c.indicator,
      c.value === '' ? null : Number(c.value),
    ]);
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
    expect(rows.map((r) => [r.indicator!, csvNumber(r.waarde!)]).sort()).toEqual(
      expectedValues(chart.indicators).sort(),
    );
    const json = await page.request.get(new URL(jsonHref!, page.url()).href);
    expect(json.status()).toBe(200);
    const data = (await json.json()) as Array<{ id: string; values: Array<{ value: number | null }> }>;
    expect(data.flatMap((i) => i.values.map((v) => [i.id, v.value])).sort()).toEqual(
      expectedValues(chart.indicators).sort(),
    );
  });

  it('links to its own page, which offers CSV, JSON, SVG and PNG that download', async () => {
    const href = await page
      .locator(`figure[data-chart="${id}"]`)
      .getByRole('link', { name: /Over deze grafiek/ })
      .getAttribute('href');
    const pageUrl = new URL(href!, page.url()).href;
    expect(pageUrl).toBe(new URL(`cijfers/${id}/`, baseURL).href);
    const chartPage = await browser.newPage({ javaScriptEnabled: false });
    try {
      const response = await chartPage.goto(pageUrl);
      expect(response?.status()).toBe(200);
      expect(await chartPage.locator(`figure[data-chart="${id}"]`).count()).toBe(1);
      expect(await chartPage.locator('blockquote[data-source-file]').count()).toBeGreaterThan(0);
      expect(await chartPage.locator('.chart-page__cite').textContent()).toMatch(
        // The site is built without SITE_URL here: the citation gives the page's path, never the placeholder domain.
        new RegExp(`(?:^|\\s)/cijfers/${id}/$`),
      );
      const types: Record<string, RegExp> = {
        CSV: /^text\/csv/,
        JSON: /^application\/json/,
        SVG: /^image\/svg\+xml/,
        PNG: /^image\/png/,
      };
      for (const [name, type] of Object.entries(types)) {
        const link = chartPage.locator('.chart-page__downloads').getByRole('link', { name, exact: true });
        const file = await chartPage.request.get(new URL((await link.getAttribute('href'))!, pageUrl).href);
        expect(file.status(), name).toBe(200);
        expect(file.headers()['content-type'], name).toMatch(type);
        const body = await file.body();
        expect(body.length, name).toBeGreaterThan(0);
        if (name === 'PNG') expect(body.subarray(1, 4).toString('ascii')).toBe('PNG');
        if (name === 'SVG') expect(body.toString('utf8')).toContain('<title>');
      }
    } finally {
      await chartPage.close();
    }
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
