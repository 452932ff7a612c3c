/**
 * The checks every built page gets in real Chromium: loads with 200 and lang="nl", has no
 * accessibility violations (axe-core, WCAG 2.1 A and AA, the full rule set), requests nothing
 * outside its own origin and ships no script (except the pages in SCRIPT_PAGES, which may
 * load external module scripts only). Dark-mode contrast and reflow at 320 px depend on the
 * layout, not on the text, so they run on one page of every page type and on every page with
 * a chart or a table (layoutCheckPages). Used by tests/e2e/pages-a.test.ts and
 * pages-b.test.ts, which split the pages in two so that vitest runs the halves side by side.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from './browser';
import { isScriptPage } from './script-pages';
import { builtPages, readBuilt } from './site';
import { PAGE_TYPES, firstOfEachType } from './page-types';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
let desktop: BrowserContext;
let narrow: BrowserContext;
let dark: BrowserContext;

/** Starts one browser for the calling test file, with a desktop, a 320 px and a dark context. */
export function useBrowser(): void {
  beforeAll(async () => {
    browser = await launchBrowser();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
    narrow = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 });
    dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/** The desktop context of the calling file's browser (after useBrowser's beforeAll). */
export function desktopContext(): BrowserContext {
  return desktop;
}

function url(path: string): string {
  return new URL(path.replace(/^\//, ''), baseURL).href;
}

/** Opens a page and records every request it makes. */
export async function open(
  context: BrowserContext,
  path: string,
): Promise<{ page: Page; status: number; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto(url(path), { waitUntil: 'load' });
  return { page, status: response?.status() ?? 0, requests };
}

export function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
    )
    .join('\n');
}

/** Pages whose layout differs from their type's: charts and tables (wide content at 320 px, own colours). */
export function hasChartOrTable(html: string): boolean {
  return /<table\b/.test(html) || /class="chart[\s"]/.test(html);
}

/**
 * One page of every page type (the first in URL order), the pages of PAGE_TYPES, and every page
 * with a chart or a table.
 */
export function layoutCheckPages(pages: readonly string[] = builtPages()): string[] {
  const chosen = new Set([...firstOfEachType(pages), ...Object.values(PAGE_TYPES)]);
  return pages.filter((p) => chosen.has(p) || hasChartOrTable(readBuilt(p)));
}

/** The checks for each of these pages. */
export function checkPages(pages: readonly string[]): void {
  const layoutPages = new Set(layoutCheckPages());
  describe.each(pages)('page %s', (path) => {
    it('loads with 200, lang="nl", one h1, no script (unless allowed), no request outside its origin, and is axe-clean', async () => {
      const { page, status, requests } = await open(desktop, path);
      try {
        expect(status).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        expect(await page.locator('h1').count()).toBe(1);
        const scripts = await page.locator('script').evaluateAll((els) =>
          els.map((s) => ({
            src: s.getAttribute('src'),
            type: s.getAttribute('type'),
            code: s.textContent?.trim() ?? '',
          })),
        );
        if (isScriptPage(path)) {
          // External module files from the site itself: no inline code (a CSP will forbid it).
          expect(scripts.length, `${path} should have its script`).toBeGreaterThan(0);
          for (const s of scripts) {
            expect(s.type).toBe('module');
            expect(s.src).toBeTruthy();
            expect(s.code).toBe('');
            expect(new URL(s.src!, url(path)).origin).toBe(origin);
          }
        } else {
          expect(scripts, 'page ships a <script>').toEqual([]);
          expect(requests.filter((r) => r.endsWith('.js') || r.includes('.js?'))).toEqual([]);
        }
        // No inline event handlers or style attributes anywhere (ready for a strict CSP).
        const inline = await page.evaluate(() =>
          [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes]
              .filter((a) => /^on/i.test(a.name) || a.name === 'style')
              .map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
          ),
        );
        expect(inline).toEqual([]);
        expect(requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
        expect(await page.title()).toMatch(/\S/);
        // WCAG 2.1 A and AA, light mode, desktop width.
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations, describeViolations(violations)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    if (layoutPages.has(path))
      it('has enough contrast in dark mode', async () => {
        const { page } = await open(dark, path);
        try {
          // Only colours change in dark mode; the other rules run in the light-mode test.
          const { violations } = await new AxeBuilder({ page })
            .withRules(['color-contrast', 'link-in-text-block'])
            .analyze();
          expect(violations, describeViolations(violations)).toEqual([]);
        } finally {
          await page.close();
        }
      });

    if (layoutPages.has(path))
      it('does not scroll sideways at 320 px, and its scrollable regions can be reached there', async () => {
        const { page } = await open(narrow, path);
        try {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
          // Layout-dependent rules only; the full rule set runs at desktop width above.
          const { violations } = await new AxeBuilder({ page })
            .withRules(['scrollable-region-focusable', 'color-contrast'])
            .analyze();
          expect(violations, describeViolations(violations)).toEqual([]);
        } finally {
          await page.close();
        }
      });
  });
}
