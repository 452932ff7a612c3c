/**
 * Release-quality checks in Chromium: every page renders its content with JavaScript
 * disabled and sets no cookies; on each page type the keyboard reaches the skip link first
 * and then every interactive element in document order, each with a visible focus; Shift+Tab
 * from the top of a long document shows the footer link it lands on.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { builtPages, readBuilt } from '../support/site';
import { PAGE_TYPES } from '../support/page-types';
import { focusContrastFailures } from '../support/focus-contrast';

const baseURL = inject('baseURL');
const url = (path: string) => new URL(path.replace(/^\//, ''), baseURL).href;

let browser: Browser;
let noJs: BrowserContext;
let withJs: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  noJs = await browser.newContext({ javaScriptEnabled: false });
  withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

describe('without JavaScript', () => {
  it.each(builtPages())('%s renders its content', async (path) => {
    const page = await noJs.newPage();
    try {
      await page.goto(url(path));
      expect(await page.locator('h1').isVisible()).toBe(true);
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(150);
    } finally {
      await page.close();
    }
  });

  it('no page sets a cookie', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of builtPages()) {
      await page.goto(url(path));
      expect(await page.evaluate(() => document.cookie)).toBe('');
    }
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('landmarks', () => {
  // A screen reader lists a page's landmarks by role and name: two with the same of both (the
  // findings overview and the table's scroll region inside it) cannot be told apart.
  it('no two landmarks of a page share role and name', async () => {
    const page = await noJs.newPage();
    const doubles: string[] = [];
    try {
      for (const path of builtPages()) {
        await page.goto(url(path));
        const names = await page.evaluate(() => {
          const roleOf = (el: Element) =>
            el.getAttribute('role') ??
            { NAV: 'navigation', ASIDE: 'complementary', SECTION: 'region', FORM: 'form', MAIN: 'main' }[el.tagName];
          const nameOf = (el: Element) =>
            el.getAttribute('aria-label') ??
            (el.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
              .replace(/\s+/g, ' ')
              .trim();
          return [...document.querySelectorAll('nav, aside, section, form, main, [role]')]
            .map((el) => ({ role: roleOf(el), name: nameOf(el) }))
            .filter(
              (l) => l.role && ['navigation', 'complementary', 'region', 'form', 'search', 'main'].includes(l.role),
            )
            .filter((l) => l.name || !['region', 'form'].includes(l.role!))
            .map((l) => `${l.role} "${l.name}"`);
        });
        const seen = new Set<string>();
        for (const n of names) {
          if (seen.has(n)) doubles.push(`${path}: ${n}`);
          seen.add(n);
        }
      }
    } finally {
      await page.close();
    }
    expect(doubles).toEqual([]);
  });
});

interface Focused {
  key: string;
  visible: boolean;
  indicator: boolean;
}

/** The element that has focus: a stable key, whether it is on screen, whether focus shows. */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const all = Array.from(document.querySelectorAll('*'));
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      key: `${el.tagName.toLowerCase()}#${all.indexOf(el)}`,
      visible: rect.width > 0 && rect.height > 0,
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

/** Everything a keyboard user should reach, in document order. */
async function tabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        // Inside a closed <details> unless CSS shows its content (the header menu on a wide
        // screen opens it with ::details-content): checkVisibility() knows which.
        if (el.tagName !== 'SUMMARY' && !el.classList.contains('nl-skip-link') && !el.checkVisibility()) return false;
        return el.getClientRects().length > 0 || el.classList.contains('nl-skip-link');
      })
      .map((el) => `${el.tagName.toLowerCase()}#${all.indexOf(el)}`);
  });
}

describe('keyboard', () => {
  it.each(Object.entries(PAGE_TYPES))(
    '%s: Tab reaches the skip link first, then every interactive element in order',
    async (_type, path) => {
      const page = await withJs.newPage();
      try {
        await page.goto(url(path));
        const expected = await tabbables(page);
        expect(expected.length).toBeGreaterThan(8);
        const seen: Focused[] = [];
        for (let i = 0; i < expected.length + 5; i++) {
          await page.keyboard.press('Tab');
          const f = await focused(page);
          if (!f || (seen.length && f.key === seen[0]!.key)) break;
          seen.push(f);
        }
        expect(await page.evaluate(() => document.querySelector('.nl-skip-link') !== null)).toBe(true);
        expect(seen[0]?.key, 'eerste Tab-stop is de link "Naar de inhoud"').toBe(expected[0]);
        expect(await page.locator('.nl-skip-link').textContent()).toBe('Naar de inhoud');
        expect(seen.map((s) => s.key)).toEqual(expected);
        for (const s of seen) {
          expect(s.visible, `${s.key} is zichtbaar bij focus`).toBe(true);
          expect(s.indicator, `${s.key} heeft een zichtbare focusrand`).toBe(true);
        }
      } finally {
        await page.close();
      }
    },
  );

  // The focus colours must win over each component's own link colours: in dark mode those are
  // light, and stood on the yellow focus background at 1,1-1,4:1 (the header, breadcrumbs, § and ¶).
  const extra = ['/route/stap-2/', '/bevindingen/visie/', '/documenten/quickscan-vng-2024/'];
  it.each(
    (['light', 'dark'] as const).flatMap((scheme) =>
      [...Object.values(PAGE_TYPES), ...extra].map((path) => [scheme, path] as const),
    ),
  )('%s, %s: every focused link keeps its text at 4,5:1 or more', async (colorScheme, path) => {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      const page = await context.newPage();
      try {
        await page.goto(url(path));
        await page.keyboard.press('Tab');
        expect(await page.evaluate(focusContrastFailures), `${width} px`).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  /*
   * Shift+Tab at the top of a page goes to its last link, in the footer. In a long document the
   * blocks of the official text above it skip layout (content-visibility: auto, near-screen.css) with an
   * estimated height (so do the items of the overview pages: near-screen, near-screen.css): Chromium
   * scrolled the link into view, then laid out the blocks near it, which were taller than
   * estimated, and the focused link stood 0,8-3 screens below the window.
   */
  const skipping = builtPages().filter((p) => /class="(official-text|[^"]*\bnear-screen\b)/.test(readBuilt(p)));
  it.each([1280, 360].flatMap((width) => skipping.map((path) => [width, path] as const)))(
    '%i px, %s: Shift+Tab from the top shows the footer link it focuses',
    async (width, path) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(url(path));
        await page.keyboard.press('Shift+Tab');
        // Two frames: the skipped blocks near the window are laid out in the next rendering update.
        const box = await page.evaluate(
          () =>
            new Promise<{ top: number; bottom: number; inFooter: boolean }>((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const el = document.activeElement!;
                  const r = el.getBoundingClientRect();
                  resolve({ top: r.top, bottom: r.bottom, inFooter: !!el.closest('.site-footer') });
                }),
              ),
            ),
        );
        expect(box.inFooter).toBe(true);
        expect(box.top, 'boven het venster').toBeGreaterThanOrEqual(0);
        expect(box.bottom, 'onder het venster').toBeLessThanOrEqual(800);
      } finally {
        await context.close();
      }
    },
  );

  it('the skip link moves focus to the main content', async () => {
    const page = await withJs.newPage();
    await page.goto(url('/documenten/raadsvoorstel-65-2021/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hoofdinhoud');
    await page.close();
  });
});
