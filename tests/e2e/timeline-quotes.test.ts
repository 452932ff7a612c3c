/**
 * Every quote on /tijdlijn/ is a whole sentence (or list item) of its source, as the page shows it
 * without JavaScript: the events' quotes and those of the dates left off the timeline. Read from the
 * rendered page, so a quote cut by the template or the data fails here.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile } from '../support/browser-per-file';
import { pseudoBoxes } from '../support/pseudo-boxes';
import { sentenceBounds, sourceText } from '../support/data';

const baseURL = inject('baseURL');
const browser = browserPerFile();

describe('/tijdlijn/ without JavaScript', () => {
  it('quotes whole sentences only', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(new URL('tijdlijn/', baseURL).href);
      const quotes = await page.locator('blockquote').evaluateAll((els) =>
        els.map((el) => ({
          file: el.getAttribute('data-source-file'),
          text: el.textContent!.replace(/\s+/g, ' ').trim(),
        })),
      );
      expect(quotes.length, 'citaten op de tijdlijn').toBeGreaterThan(40);
      const cut: string[] = [];
      for (const q of quotes) {
        expect(q.file, `citaat zonder bronbestand: "${q.text.slice(0, 60)}…"`).toBeTruthy();
        const b = sentenceBounds(sourceText(q.file!), q.text);
        expect(b, `"${q.text.slice(0, 60)}…" staat niet letterlijk in ${q.file}`).toBeDefined();
        if (!b!.starts) cut.push(`begint midden in een zin: "…${b!.before.slice(-40)}" + "${q.text.slice(0, 40)}…"`);
        if (!b!.ends) cut.push(`houdt midden in een zin op: "…${q.text.slice(-40)}" + "${b!.after.slice(0, 40)}…"`);
      }
      expect(cut, cut.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/*
 * "Zinnen met een datum" is a numbered list of quotes, each with a note below. The number belongs
 * beside the quote's first line: it stood beside the note (the quote, laid out only near the
 * screen, is a contained box whose lines a list number skips), so the first quote seemed to have
 * no number and each later one the number above it. Each number's box is read from Chromium.
 */
describe.each([360, 1280])('/tijdlijn/ "Zinnen met een datum" at %i px', (width) => {
  it('puts each number beside the first line of its quote, inside the content column', async () => {
    const context = await browser().newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(new URL('tijdlijn/', baseURL).href);
      const items = '.timeline-left-out__list > li';
      // The items are laid out only near the screen (near-screen, near-screen.css); a skipped item has no
      // number box to read: lay them all out, as a reader scrolling to them gets them.
      await page.locator(items).evaluateAll((els) => els.forEach((el) => (el.style.contentVisibility = 'visible')));
      const numbers = await pseudoBoxes(page, items, 'marker');
      const quotes = await page
        .locator(`${items} > blockquote > p:first-child`)
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      const left = await page.locator('main').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.left + parseFloat(getComputedStyle(el).paddingLeft);
      });
      expect(numbers.length, 'zinnen met een datum').toBeGreaterThan(9);
      expect(quotes).toHaveLength(numbers.length);
      const off = numbers.flatMap((n, i) => {
        if (!n) return [`${i + 1}: geen nummer`];
        const problems: string[] = [];
        if (Math.abs(n.top - quotes[i]!) > 4)
          problems.push(`${i + 1}: nummer ${Math.round(n.top - quotes[i]!)} px van het citaat`);
        if (n.left < left - 0.5)
          problems.push(`${i + 1}: nummer begint ${Math.round(left - n.left)} px links van de kolom`);
        return problems;
      });
      expect(off, off.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
