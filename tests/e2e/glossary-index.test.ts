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
