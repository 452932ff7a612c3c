/**
 * Paragraph citations and glossary definitions in place, in Chromium with JavaScript off:
 * a paragraph address opens with that paragraph's citation shown (and only that one), and
 * a term in the text opens its definition in a popover with a link to the full entry,
 * by mouse and by keyboard, axe-clean while open.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from '../support/browser';
import { WCAG, describeViolations } from '../support/page-checks';

const baseURL = inject('baseURL');
const url = (path: string) => new URL(path.replace(/^\//, ''), baseURL).href;
const QUICKSCAN = '/documenten/quickscan-vng-2024/';

let browser: Browser;
let noJs: BrowserContext;
/** axe-core runs as a script in the page, so its check needs JavaScript; the popover works the same. */
let withJs: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

describe('a paragraph address shows a ready citation', () => {
  it('/documenten/quickscan-vng-2024/#alinea-3 shows "alinea 3", the document and its address', async () => {
    const page = await noJs.newPage();
    try {
      await page.goto(url(`${QUICKSCAN}#alinea-3`));
      const cite = page.locator('#alinea-3 .para-cite');
      await expect.poll(() => cite.isVisible()).toBe(true);
      const text = await cite.innerText();
      expect(text).toContain('alinea 3');
      expect(text).toContain('Quick scan update bevindingen Visitatiecommissie');
      expect(text).toContain('quick scan');
      expect(text).toContain('30 april 2024');
      // The permanent address: absolute with a configured site URL, else the path on the site.
      expect(text).toMatch(/(https?:\/\/\S+)?\/documenten\/quickscan-vng-2024\/#alinea-3$/);
      // Only the target paragraph shows one.
      expect(await page.locator('.para-cite:visible').count()).toBe(1);
      // The ¶ link of another paragraph moves the citation there.
      await page.locator('#alinea-4 .para-link').click();
      await expect.poll(() => page.locator('#alinea-4 .para-cite').isVisible()).toBe(true);
      expect(await page.locator('#alinea-3 .para-cite').isVisible()).toBe(false);
      expect(await page.locator('#alinea-4 .para-cite').innerText()).toContain('alinea 4');
    } finally {
      await page.close();
    }
  });

  it('gives a chapter paragraph its chapter and section', async () => {
    const page = await noJs.newPage();
    try {
      await page.goto(url('/documenten/sociale-visie-2040/waar-willen-we-naartoe/#alinea-2'));
      const text = await page.locator('#alinea-2 .para-cite').innerText();
      expect(text).toMatch(/Sociale Visie 2040 \(visie, [^)]+\), hoofdstuk 3 Waar willen we naartoe\?/);
      expect(text).toContain('alinea 2');
      expect(text).toMatch(/\/documenten\/sociale-visie-2040\/waar-willen-we-naartoe\/#alinea-2$/);
    } finally {
      await page.close();
    }
  });
});

describe('a glossary term shows its definition in place', () => {
  it('opens by click, names the term and links to the entry, closes with Sluiten', async () => {
    const page = await noJs.newPage();
    try {
      await page.goto(url(QUICKSCAN));
      const term = page.locator('button.term-link[popovertarget="begrip-wmo"]').first();
      const popover = page.locator('#begrip-wmo');
      expect(await popover.isVisible()).toBe(false);
      await term.click();
      await expect.poll(() => popover.isVisible()).toBe(true);
      expect(await popover.innerText()).toMatch(/Wmo \(Wet maatschappelijke ondersteuning\)/);
      expect(await popover.locator('a').getAttribute('href')).toBe('/begrippen/#wmo');
      await popover.getByRole('button', { name: 'Sluiten' }).click();
      await expect.poll(() => popover.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('is axe-clean with a definition and a paragraph citation open, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await withJs.newPage();
      try {
        await page.emulateMedia({ colorScheme });
        await page.goto(url(`${QUICKSCAN}#alinea-11`));
        await page.locator('#alinea-11 button.term-link').first().click();
        await expect.poll(() => page.locator('.term-def:popover-open').count()).toBe(1);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations, describeViolations(violations)).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('works from the keyboard: Enter opens, Tab reaches the entry link, Escape closes', async () => {
    const page = await noJs.newPage();
    try {
      await page.goto(url(QUICKSCAN));
      const term = page.locator('button.term-link[popovertarget="begrip-wmo"]').first();
      await term.focus();
      await page.keyboard.press('Enter');
      const popover = page.locator('#begrip-wmo');
      await expect.poll(() => popover.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/begrippen/#wmo');
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('writes each definition once per page, however often the term is used', async () => {
    const page = await noJs.newPage();
    try {
      await page.goto(url(QUICKSCAN));
      const targets = await page
        .locator('button.term-link')
        .evaluateAll((els) => els.map((e) => e.getAttribute('popovertarget')));
      expect(targets.length).toBeGreaterThan(5);
      for (const id of new Set(targets)) expect(await page.locator(`[id="${id}"][popover]`).count()).toBe(1);
      expect(await page.locator('[popover]').count()).toBe(new Set(targets).size);
    } finally {
      await page.close();
    }
  });

  // A button is an atomic inline, after which a line may break: without the glue 33 of 650 cases
  // (term × width, 320-420 px) put the full stop or closing quote after a term on the next line.
  it('keeps the punctuation after a term on its line, from 320 to 416 px', async () => {
    const page = await withJs.newPage();
    try {
      const widows: string[] = [];
      let checked = 0;
      for (let width = 320; width <= 416; width += 8) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url(QUICKSCAN));
        const found = await page.evaluate(() => {
          // Lay out the whole text (it skips off-screen blocks otherwise).
          for (const e of document.querySelectorAll<HTMLElement>('.official-text > *'))
            e.style.contentVisibility = 'visible';
          const out: string[] = [];
          let n = 0;
          for (const b of document.querySelectorAll('button.term-link')) {
            const next = b.nextSibling;
            if (next?.nodeType !== Node.TEXT_NODE || !/^[.,;:!?)’”]/.test(next.textContent ?? '')) continue;
            n++;
            const r = document.createRange();
            r.setStart(next, 0);
            r.setEnd(next, 1);
            const sign = r.getBoundingClientRect();
            const term = [...b.getClientRects()].at(-1)!;
            if (sign.top >= term.bottom - 2) out.push(`${b.textContent}${next.textContent?.[0]}`);
          }
          return { out, n };
        });
        checked += found.n;
        widows.push(...found.out.map((w) => `${width} px: ${w}`));
      }
      expect(checked).toBeGreaterThan(100);
      expect(widows).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
