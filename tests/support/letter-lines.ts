/**
 * The line each letter of a page's text stands on, as Chromium laid it out: for tests that a word
 * does not break inside itself, or that no line of some text begins with a separator. The DOM
 * exposes lines only through the boxes of ranges, one letter at a time; this module does that
 * measurement once, for every test that needs it.
 */
import type { Page } from 'playwright-core';

/** One text node: its text and, per character, the top of the line it stands on (null: no box). */
export interface LetterText {
  text: string;
  tops: Array<number | null>;
}

export interface LetterQuery {
  /** The elements whose text is measured. */
  selector: string;
  /** Only text inside these elements (a selector for Element.closest), e.g. headings and cells. */
  within?: string;
}

/**
 * Runs in the page: self-contained, so Playwright can send it as it stands.
 * - A soft hyphen has no box of its own unless the line breaks there: null.
 * - A letter's own box is the last of its range's boxes: at a break after a soft hyphen, the next
 *   letter's range also holds the hyphen drawn at the end of the line before.
 * - A table header row that is there only for screen readers (1 px wide) has no lines to read.
 */
function measure({ selector, within }: LetterQuery): LetterText[] {
  const out: LetterText[] = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (within && !parent?.closest(within)) continue;
      if ((parent?.closest('thead')?.getBoundingClientRect().width ?? 2) <= 1) continue;
      const tops: Array<number | null> = [];
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box =
          node.data[i] === '\u00ad' ? undefined : [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
        tops.push(box ? Math.round(box.top) : null);
      }
      out.push({ text: node.data, tops });
    }
  }
  return out;
}

export function letterLines(page: Page, query: LetterQuery): Promise<LetterText[]> {
  return page.evaluate(measure, query);
}

/**
 * The words that break inside themselves: a run of letters and figures that stands on more than
 * one line. A word may break at a space, after a hyphen or a soft hyphen, and at a <wbr> (which
 * ends the text node). `words` counts the words measured, so a test can see that it read any.
 */
export function brokenWords(texts: readonly LetterText[]): { words: number; broken: string[] } {
  let words = 0;
  const broken: string[] = [];
  for (const { text, tops } of texts) {
    for (const m of text.matchAll(/[^\s\u00ad-]+[-\u00ad]?/g)) {
      const lines = new Set(tops.slice(m.index, m.index + m[0].length).filter((t) => t !== null));
      if (lines.size === 0) continue;
      words++;
      if (lines.size > 1) broken.push(m[0]);
    }
  }
  return { words, broken };
}

/** The text of each line, by the top of its letters' boxes (within `tolerance` px), trimmed. */
export function textLines(texts: readonly LetterText[], tolerance = 4): string[] {
  const byLine = new Map<number, string>();
  for (const { text, tops } of texts) {
    tops.forEach((top, i) => {
      if (top === null) return;
      const line = Math.round(top / tolerance);
      byLine.set(line, (byLine.get(line) ?? '') + text[i]);
    });
  }
  return [...byLine.values()].map((l) => l.trim());
}
