/**
 * Footnotes keep the source's numbers (issue 10): every footnote on a document page shows the
 * number the source text (content/sources/*.txt) prints before the same footnote, and every
 * numbered footnote of a source is on the site under its number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFrontmatter, documentIds } from '../support/data';
import { builtPages, readBuilt } from '../support/site';

/** Letters and digits only, lower case: line breaks, spacing and punctuation of the PDF extraction drop out. */
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/↩/g, '');

/** The numbered footnotes of a source: a line "4<tab> Cijfers in dit hoofdstuk …". */
function sourceFootnotes(file: string): Map<number, string> {
  const text = readFileSync(join('content/sources', file), 'utf8');
  return new Map([...text.matchAll(/^(\d{1,2})\t\s*(.+)$/gm)].map((m) => [Number(m[1]), m[2] ?? '']));
}

interface Rendered {
  page: string;
  id: string;
  number: number;
  text: string;
  href?: string;
}

/** The footnotes of a built page: list items with their shown number, and the references' numbers. */
function renderedFootnotes(page: string): { items: Rendered[]; refs: Array<{ id: string; number: number }> } {
  const html = readBuilt(page);
  const section = /<section data-footnotes[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const items = [...section.matchAll(/<li id="user-content-fn-([^"]+)"(?: value="(\d+)")?>([\s\S]*?)<\/li>/g)].map((m, i) => ({
    page,
    id: m[1] ?? '',
    // Without a value attribute the list shows its running number.
    number: m[2] ? Number(m[2]) : i + 1,
    text: plain(m[3] ?? ''),
    href: /<a href="(https?:[^"]+)"/.exec(m[3] ?? '')?.[1],
  }));
  const refs = [...html.matchAll(/<a href="#user-content-fn-([^"]+)"[^>]*data-footnote-ref[^>]*>(\d+)<\/a>/g)].map((m) => ({ id: m[1] ?? '', number: Number(m[2]) }));
  return { items, refs };
}

const pages = builtPages().filter((p) => /^\/documenten\/[^/]+\//.test(p));

describe.each(documentIds())('footnotes of %s', (doc) => {
  const sourceFile = String(documentFrontmatter(doc).sourceFile);
  const source = sourceFootnotes(sourceFile);
  const sourceText = readFileSync(join('content/sources', sourceFile), 'utf8');
  const docPages = pages.filter((p) => p.startsWith(`/documenten/${doc}/`));
  const rendered = docPages.flatMap((p) => ({ page: p, ...renderedFootnotes(p) }));

  it('shows the same number on each reference as on its footnote', () => {
    for (const { page, items, refs } of rendered) {
      for (const ref of refs) {
        const item = items.find((i) => i.id === ref.id);
        expect(item, `${page}: verwijzing naar voetnoot ${ref.id} zonder voetnoot`).toBeDefined();
        expect(ref.number, `${page}: verwijzing naar voetnoot ${ref.id}`).toBe(item?.number);
      }
    }
  });

  it("numbers each footnote as the source does", () => {
    for (const item of rendered.flatMap((r) => r.items)) {
      const inSource = source.get(item.number);
      if (inSource === undefined) {
        // A footnote the source prints without a number (the 2024 letter's link to the report): its address must
        // stand in the source, and the source must number no footnote at all, so the site's "1" can differ from none.
        expect(item.href && sourceText.includes(item.href), `${item.page}: voetnoot ${item.number} staat niet zo genummerd in ${sourceFile}`).toBe(true);
        expect(source.size, `${item.page}: ${sourceFile} nummert zijn voetnoten; voetnoot ${item.number} komt er niet in voor`).toBe(0);
        continue;
      }
      expect(letters(item.text).startsWith(letters(inSource)), `${item.page}: voetnoot ${item.number} is in ${sourceFile} "${inSource.trim()}", op de site "${item.text.trim()}"`).toBe(true);
    }
  });

  it('has every numbered footnote of the source, once', () => {
    const shown = rendered.flatMap((r) => r.items.map((i) => i.number)).sort((a, b) => a - b);
    // A source that numbers no footnotes is covered by the test above.
    if (source.size === 0) return;
    expect(shown).toEqual([...source.keys()].sort((a, b) => a - b));
  });
});
