/**
 * The official-text region of every document and chapter page holds only the document's own text.
 * Everything editorial inside it (a chart, an editorial note, the pyramid's caption, a link text the
 * source does not have, glossary pop-ups) carries `data-editorial` and a visible marker with the word
 * "redactie"; site furniture (¶ links, citation helpers) carries `data-furniture` or is a known class.
 * With those removed, every passage left must stand in the document's source text: an editorial
 * element without its marker fails here, because its words are not the source's.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, readBuilt } from '../support/site';
import { comparable, htmlText, sourceSentences } from '../support/completeness';
import { elements, withoutElements } from '../support/html';

const SOURCES = join(process.cwd(), 'content/sources');

/** A source without page furniture and footnote markers, in the completeness test's comparable form. */
const sourceComparable = new Map<string, string>();
function source(file: string): string {
  let s = sourceComparable.get(file);
  if (s === undefined) {
    s = comparable(sourceSentences(readFileSync(join(SOURCES, file), 'utf8')).join(' '));
    sourceComparable.set(file, s);
  }
  return s;
}

/** Elements that are not text of the document: editorial (marked) and furniture. */
const EDITORIAL = /<[a-z][\w-]*\b[^>]*\sdata-editorial\b[^>]*>/gi;
const FURNITURE = [
  /<[a-z][\w-]*\b[^>]*\sdata-furniture\b[^>]*>/gi, // site furniture (glossary pop-ups)
  /<small class="para-cite">/gi, // a paragraph's citation (src/lib/paragraphs.ts)
  /<a\b[^>]*class="[^"]*\bpara-link\b[^"]*"[^>]*>/gi, // the ¶ link of a paragraph
  /<a\b[^>]*\bdata-footnote-backref\b[^>]*>/gi, // the ↩ back link of a footnote
  /<sup\b[^>]*>(?=\s*<a\b[^>]*\bdata-footnote-ref\b)/gi, // a footnote reference number
  /<h2\b[^>]*class="[^"]*\bofficial-text__label\b[^"]*"[^>]*>/gi, // the heading "Officiële tekst"
  /<[a-z][\w-]*\b[^>]*class="[^"]*\bsr-only\b[^"]*"[^>]*>/gi, // screen-reader labels such as "Voetnoten"
];

/** Block-level ends become line breaks, so each paragraph, item, cell or heading is checked on its own. */
const BLOCK_END = /<\/(p|li|h[1-6]|td|th|dt|dd|figcaption|blockquote|caption|div|section)>|<br\s*\/?>/gi;

interface Page {
  path: string;
  file: string;
  region: string;
}

/** Every built page with an official-text region, with its source file and the region's HTML. */
const pages: Page[] = builtPages()
  .filter((p) => p.startsWith('/documenten/'))
  .flatMap((path) => {
    const html = readBuilt(path);
    const file = /<article\b[^>]*\bdata-source-file="([^"]+)"/.exec(html)?.[1];
    const [region] = elements(html, /<div\b[^>]*class="[^"]*\bofficial-text\b[^"]*"[^>]*>/);
    return file && region ? [{ path, file, region }] : [];
  });

function passagesOutsideEditorial(region: string): string[] {
  let html = withoutElements(region, EDITORIAL);
  for (const re of FURNITURE) html = withoutElements(html, re);
  // A signature's name and role are printed apart (two columns in the source): check them apart.
  html = html.replace(/<span class="signatory__(name|role)"/g, '\n$&');
  return htmlText(html.replace(BLOCK_END, '\n'))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[\p{L}\p{N}]{2}/u.test(line));
}

describe('the official-text region holds only the document’s text', () => {
  it('finds the document and chapter pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: every passage outside marked editorial elements stands in the source', (_path, page) => {
    const src = source(page.file);
    const foreign = passagesOutsideEditorial(page.region).filter((line) => !src.includes(comparable(line)));
    expect(
      foreign,
      `${page.path}: tekst in het gebied "Officiële tekst" die niet in ${page.file} staat. Is het redactie? Geef het element data-editorial en een zichtbaar label met "redactie".\n- ${foreign.join('\n- ')}`,
    ).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: every editorial element inside shows its marker', (_path, page) => {
    const unmarked = elements(page.region, EDITORIAL)
      .filter((el) => !/redactie/i.test(htmlText(el)))
      .map((el) => el.slice(0, 120));
    expect(unmarked, `${page.path}: elementen met data-editorial zonder zichtbaar label "redactie":\n- ${unmarked.join('\n- ')}`).toEqual([]);
  });

  it('marks every chart inside a document as editorial', () => {
    for (const page of pages) {
      for (const chart of elements(page.region, /<figure\b[^>]*class="[^"]*\bchart\b[^"]*"[^>]*>/)) {
        expect(chart.slice(0, chart.indexOf('>')), page.path).toMatch(/\sdata-editorial\b/);
      }
    }
  });

  it('catches an unmarked addition (the check can fail)', () => {
    const region = '<div class="official-text"><p>Maastricht is een stad met twee gezichten.</p><figure class="chart"><figcaption>Maastricht scoort slechter dan Nederland</figcaption></figure></div>';
    const lines = passagesOutsideEditorial(region);
    expect(lines.filter((l) => !source('sociale-visie-2040.txt').includes(comparable(l)))).toEqual(['Maastricht scoort slechter dan Nederland']);
    const marked = region.replace('<figure class="chart">', '<figure class="chart" data-editorial>');
    expect(passagesOutsideEditorial(marked).filter((l) => !source('sociale-visie-2040.txt').includes(comparable(l)))).toEqual([]);
  });
});

describe('chapter 2 shows the source’s table as printed', () => {
  const page = pages.find((p) => p.path === '/documenten/sociale-visie-2040/waar-staan-we-nu/');

  it('has the table "Thema / Maastricht / Nederland" in the source’s order, before the chart', () => {
    expect(page, 'hoofdstuk 2 niet gevonden').toBeDefined();
    const region = withoutElements(page!.region, EDITORIAL);
    const [table] = elements(region, /<table\b[^>]*>/);
    expect(table, 'geen tabel buiten de grafiek in de officiële tekst').toBeDefined();
    const rows = elements(table!, /<tr\b[^>]*>/).map((tr) => elements(tr, /<t[hd]\b[^>]*>/).map((c) => htmlText(c).trim()));
    // The source prints the table as lines "Thema Maastricht Nederland", "Eenzaamheid 50,3% 46,6%", ….
    const text = readFileSync(join(SOURCES, 'sociale-visie-2040.txt'), 'utf8');
    const lines = text.slice(text.indexOf('Thema Maastricht Nederland')).split('\n').slice(0, 9).map((l) => l.trim());
    expect(rows.map((r) => r.join(' '))).toEqual(lines);
    // The chart follows the table, as an editorial addition.
    expect(page!.region.indexOf('<table')).toBeLessThan(page!.region.indexOf('data-chart="maastricht-nederland-hoofdstuk-2"'));
  });
});
