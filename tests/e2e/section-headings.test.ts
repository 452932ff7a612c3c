/**
 * On the glossary and the timeline a section heading (a letter, a year) must stand out from the
 * entries below it, on a phone too. At 360 px an h2 is 20 px: the letters were the size of the
 * terms (20 px) and a year hardly larger than the first event's date below it (17 px, bold, often
 * the same year). Each section heading must be at least a quarter larger than every entry heading
 * of its section, at 360 and at 1280 px.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile } from '../support/browser-per-file';

const baseURL = inject('baseURL');
const browser = browserPerFile();

describe.each([360, 1280])('section headings at %i px', (width) => {
  it.each([
    ['begrippen/', '.glossary-letter', '.glossary__term'],
    ['tijdlijn/', '.timeline-year', '.timeline__when, .timeline__title'],
  ])('/%s: each section heading is at least 1.25 times its entries’ headings', async (path, section, entry) => {
    const context = await browser().newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(new URL(path, baseURL).href);
      const sections = await page.locator(section).evaluateAll(
        (els, sel) =>
          els.map((el) => {
            const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
            return {
              heading: el.querySelector(':scope > h2')!.textContent!.trim(),
              size: size(el.querySelector(':scope > h2')!),
              entries: [...el.querySelectorAll(sel)].map(size),
            };
          }),
        entry,
      );
      expect(sections.length).toBeGreaterThan(10);
      const flat = sections.flatMap((s) => {
        const largest = Math.max(...s.entries);
        return s.entries.length && s.size < 1.25 * largest
          ? [`${s.heading}: ${s.size} px, een kop eronder ${largest} px`]
          : [];
      });
      expect(flat, flat.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
