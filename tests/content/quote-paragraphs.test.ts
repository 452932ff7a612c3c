/**
 * Quotes on the findings, dossier and timeline pages link to the paragraph they come from:
 * every quote's `cite` address, opened in the built site, is a numbered paragraph whose
 * text contains the quote, or (for a quote from a list or table) a heading whose section
 * contains it; and the page shows the paragraph's number with the link.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages, readBuilt } from '../support/site';
import { comparable, htmlText } from '../support/completeness';

const layerPages = builtPages().filter((p) => /^\/(bevindingen\/[^/]+|dossiers\/[^/]+|tijdlijn)\/$/.test(p) && !p.startsWith('/bevindingen/onderdeel/'));

/**
 * Quotes that are not one passage of the page and so cannot resolve. Each names why; the list
 * only shrinks. (The timeline's quote of the quick scan's letterhead is gone: its events quote whole
 * sentences, and letterhead dates are listed as such, not as block quotes.)
 */
const UNRESOLVABLE = new Set<string>([]);

const QUOTE = /<blockquote\b([^>]*\bdata-source-file="[^"]+"[^>]*)>([\s\S]*?)<\/blockquote>/g;

/** The text an anchor stands for on its page: the paragraph, or the heading's section up to the next heading. */
function targetText(html: string, id: string): string | undefined {
  if (/^alinea-\d+$/.test(id)) {
    const p = new RegExp(`<p\\b[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
    return p ? htmlText(p[1]!.replace(/<a[^>]*class="para-link"[^>]*>[\s\S]*?<\/a>/, '')) : undefined;
  }
  const h = new RegExp(`<h([1-6])\\b[^>]*\\bid="${id}"[^>]*>[\\s\\S]*?</h\\1>`).exec(html);
  if (!h) return undefined;
  const rest = html.slice(h.index + h[0].length);
  const next = rest.search(/<h[1-6]\b/);
  return htmlText(next < 0 ? rest : rest.slice(0, next));
}

function pageOf(path: string): string | undefined {
  const file = join(DIST, path, 'index.html');
  return existsSync(file) ? readBuilt(path) : undefined;
}

describe('quotes link to their paragraph', () => {
  it('finds the layer pages', () => {
    expect(layerPages).toContain('/tijdlijn/');
    expect(layerPages.filter((p) => p.startsWith('/bevindingen/')).length).toBeGreaterThan(5);
    expect(layerPages.filter((p) => p.startsWith('/dossiers/')).length).toBeGreaterThan(2);
  });

  it.each(layerPages)('%s: every quote resolves to a paragraph or section that contains it', (path) => {
    const html = readBuilt(path);
    const quotes = [...html.matchAll(QUOTE)];
    expect(quotes.length, 'no quotes on the page').toBeGreaterThan(0);
    const problems: string[] = [];
    let paragraphs = 0;
    for (const [, attrs, body] of quotes) {
      const quote = htmlText(body!).replace(/\s+/g, ' ').trim();
      const cite = /\bcite="([^"]+)"/.exec(attrs!)?.[1];
      const short = quote.slice(0, 70);
      if (UNRESOLVABLE.has(quote)) continue;
      if (!cite || !cite.includes('#')) {
        problems.push(`“${short}…”: no cite address with an anchor`);
        continue;
      }
      const [pagePath, id] = cite.split('#') as [string, string];
      const target = pageOf(pagePath);
      const text = target && targetText(target, id);
      if (text === undefined) {
        problems.push(`“${short}…”: ${cite} does not exist`);
      } else if (!comparable(text).includes(comparable(quote))) {
        problems.push(`“${short}…”: not in ${cite}`);
      } else if (id.startsWith('alinea-')) {
        paragraphs += 1;
        const n = id.slice('alinea-'.length);
        // The link with the paragraph's address shows its number.
        const link = new RegExp(`<a href="${cite.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</a>`).exec(html);
        if (!link || !htmlText(link[1]!).replace(/\s+/g, ' ').includes(`¶ alinea ${n}`)) problems.push(`“${short}…”: no link to ${cite} showing ¶ ${n}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    // Most quotes stand in a numbered paragraph; only list items and tables fall back to a section.
    expect(paragraphs).toBeGreaterThan(0);
  });
});

/*
 * One wording for one kind of link: from a quote to its place in the document, the link reads
 * "Lees in <document>, <section>, ¶ n" on every page (the timeline's quotes, the findings, the
 * dossiers, the glossary, the charts' pages, the route). "Bron: …" is kept for the lines that
 * say where figures come from (under a chart or a table), which do not stand under a quote. In a
 * run of quotes from one place (the rows of a table on a chart's page) only the last has the link.
 */
describe('the link under a quote', () => {
  const withQuotes = builtPages().filter((p) => /<blockquote\b[^>]*\bdata-source-file=/.test(readBuilt(p)));

  it('finds the pages with quotes', () => {
    expect(withQuotes.length).toBeGreaterThan(20);
  });

  it.each(withQuotes)('%s: reads "Lees in …"', (path) => {
    const html = readBuilt(path);
    const texts = [...html.matchAll(QUOTE)].map((m) => {
      const after = html.slice(m.index + m[0].length);
      const link = /^\s*(?:<\/figure>\s*)?<(?:figcaption|p)\b[^>]*>\s*([^<]*)<a\b[^>]*>([\s\S]*?)<\/a>/.exec(after);
      // A quote in a run from one place (a chart page's table rows) leaves the link to the run's last.
      const runGoesOn = /^\s*<\/figure>\s*<figure class="source-quote[^"]*"[^>]*>\s*<blockquote\b/.test(after);
      if (!link && runGoesOn) return 'Lees in (onder de reeks)';
      return link ? `${link[1]}${htmlText(link[2]!)}`.replace(/\s+/g, ' ').trim() : '(geen link)';
    });
    expect(texts.filter((t) => !t.startsWith('Lees in '))).toEqual([]);
  });
});

describe('a run of quotes from one place', () => {
  it('has one "Lees in …" under its last quote on a chart’s page (eight table rows, one link)', () => {
    const html = readBuilt('/cijfers/maastricht-nederland-hoofdstuk-2/');
    const bron = html.slice(html.indexOf('id="bron"'), html.indexOf('id="citeren"'));
    expect((bron.match(/<blockquote\b/g) ?? []).length).toBeGreaterThan(3);
    expect((bron.match(/Lees in /g) ?? []).length).toBe(1);
  });
});
