/**
 * The glossary without JavaScript: every term is a heading whose id is the entry's id, the
 * letter index stays in view while reading, and /begrippen/#<id> lands on the term below it,
 * at every width (between 641 and 900 px the index takes two rows). A link that gets focus is
 * not hidden under the index either: Shift+Tab scrolls the previous link to the top of the screen.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile } from '../support/browser-per-file';

const baseURL = inject('baseURL');
const browser = browserPerFile();

describe('/begrippen/ letter index', () => {
  it.each([[1280], [768], [360]])(
    'at %i px the index stays in view, low, and #wmo lands on its heading, not under the index',
    async (width) => {
      const context = await browser().newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto(new URL('begrippen/#wmo', baseURL).href);
        const heading = page.locator('h3#wmo');
        expect(await heading.innerText()).toContain('Wet maatschappelijke ondersteuning');
        const index = await page.locator('.glossary-index').boundingBox();
        const box = await heading.boundingBox();
        expect(index!.y, 'letterindex niet bovenaan in beeld').toBeLessThanOrEqual(1);
        expect(box!.y, 'kop verstopt onder de index').toBeGreaterThanOrEqual(index!.y + index!.height - 1);
        expect(box!.y + box!.height).toBeLessThanOrEqual(800);
        // It stays in view all the way down: on a phone one row (title and letters), not a fifth of the screen.
        expect(index!.height, 'letterindex te hoog').toBeLessThanOrEqual(width === 360 ? 100 : 160);
        if (width === 360) {
          const rows = await page
            .locator('.glossary-index li')
            .evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size);
          expect(rows, 'letters op één rij').toBe(1);
        }
      } finally {
        await context.close();
      }
    },
  );

  it.each([[1280], [768], [360]])(
    'at %i px Shift+Tab up through the entries leaves no focused link under the index',
    async (width) => {
      const context = await browser().newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto(new URL('begrippen/', baseURL).href);
        await page.locator('.glossary a').last().focus();
        const hidden: string[] = [];
        let checked = 0;
        for (let i = 0; i < 150; i++) {
          await page.keyboard.press('Shift+Tab');
          const f = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            if (!el.closest('.glossary')) return null;
            const index = document.querySelector('.glossary-index')!.getBoundingClientRect();
            const box = el.getClientRects()[0]!;
            return { text: el.textContent!.trim().slice(0, 40), under: box.top < index.bottom - 1 };
          });
          if (!f) break;
          checked++;
          if (f.under) hidden.push(f.text);
        }
        expect(checked).toBeGreaterThan(50);
        expect(hidden, 'link met focus onder de letterindex').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

// At 360 px the 11 theme links stood almost one to a line, 519 px, and the first term began two
// screens down. On a phone they are one row that scrolls sideways, like the letters, and a link that
// gets focus by keyboard is in view from its start, with room for its focus ring, and 56 px of it at
// least (Chromium scrolls a hidden link to the middle of the row but leaves one cut off at the edge).
describe('the glossary’s theme links on a phone', () => {
  it.each(['begrippen/', 'begrippen/thema/toegang/'])(
    '%s at 360 px: one low row, every link in view with focus',
    async (path) => {
      const context = await browser().newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto(new URL(path, baseURL).href);
        const nav = page.locator('.glossary-themes');
        const box = await nav.boundingBox();
        expect(box!.height, 'themalinks te hoog').toBeLessThanOrEqual(100);
        const rows = await nav
          .locator('li')
          .evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size);
        expect(rows, 'themalinks op één rij').toBe(1);
        const links = await nav.locator('a').count();
        expect(links).toBeGreaterThan(5);
        await nav.locator('a').first().focus();
        const hidden: string[] = [];
        const focused = () =>
          page.evaluate(() => {
            const a = document.activeElement as HTMLElement;
            const row = a.closest('.glossary-themes ul')!.getBoundingClientRect();
            const r = a.getBoundingClientRect();
            return {
              text: a.textContent!.trim(),
              inView: r.left >= row.left + 8 && Math.min(r.right, row.right) - r.left >= Math.min(r.width, 56),
            };
          });
        for (let i = 0; i < links; i++) {
          if (i > 0) await page.keyboard.press('Tab');
          // The browser scrolls the row to the focused link in a later frame.
          let f = await focused();
          for (let tries = 0; !f.inView && tries < 20; tries++) {
            await page.waitForTimeout(25);
            f = await focused();
          }
          if (!f.inView) hidden.push(f.text);
        }
        expect(hidden, 'link met focus buiten beeld').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
