/**
 * Every quote on /tijdlijn/ is a whole sentence (or list item) of its source, as the page shows it
 * without JavaScript: the events' quotes and those of the dates left off the timeline. Read from the
 * rendered page, so a quote cut by the template or the data fails here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { sentenceBounds, sourceText } from '../support/data';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('/tijdlijn/ without JavaScript', () => {
  it('quotes whole sentences only', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
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
