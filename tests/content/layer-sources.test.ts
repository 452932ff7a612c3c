/**
 * Every status, date and figure on a layer page (findings, dossiers, timeline, route, glossary, the
 * residents' page) has a quote or a source behind it:
 * - a status label stands in the same item as the quoted sentence it rests on, or links to the topic page
 *   that quotes it (the table at a glance);
 * - a date stands in an item with a quote from the source or a link to the document or timeline;
 * - a figure written in the page's own text (outside quotes and charts) stands, with its unit, in the
 *   sources, and a budget step that the source counts off keeps its minus sign.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { indicators, sourceText } from '../support/data';
import { builtPages, readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';
import { elements, withoutElements } from '../support/html';

const LAYER = /^\/(bevindingen|dossiers|tijdlijn|route|begrippen|inwoners)\//;
const layerPages = builtPages().filter((p) => LAYER.test(p));
const allSources = readdirSync(join(process.cwd(), 'content/sources'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => sourceText(f))
  .join(' ');

/**
 * Known defects on pages another helper owns, to be fixed there (issue 10): each must still occur (the
 * list only shrinks; remove an entry when it is fixed).
 */
const KNOWN: Record<string, string[]> = {};

/** The innermost list items, table rows or sections that contain a match of `inside`. */
function itemsWith(html: string, inside: RegExp): string[] {
  const candidates = elements(html, /<(li|tr|section|article)\b[^>]*>/).filter((el) => inside.test(el));
  return candidates.filter((el) => !candidates.some((other) => other !== el && other.length < el.length && el.includes(other)));
}

const STATUS = /<span class="status\b/;
const TIME = /<time\b/;
const QUOTED = /\sdata-source-file="/;

/** Figures in running text: "50,3 %", "€ 0,43 mln", "€ 430.000", "12,4 miljoen". */
const FIGURE = /(−\s?)?€\s?(\d+(?:[.,]\d+)*)(?:\s?(mln|miljoen))?|(?<![\d,.])(\d+(?:,\d+)?)\s?%/g;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the sources print this figure, with its unit ("€ 0,43 mln" ⇔ "€ 0,43 mln." or "0,43 miljoen"). */
function inSources(match: RegExpMatchArray, before = ''): boolean {
  const [, , euro, unit, percent] = match;
  const n = (euro ?? percent)!;
  const num = `(?<![\\d.,])${esc(n)}(?![\\d]|,\\d)`;
  // A target the source gives without unit ("naar een doelstelling van 0 in 2024"), shown as a target.
  // "doelstelling van € 0 mln in 2024" (src/lib/indicator-values.ts) as much as "doelstelling € 0 mln".
  if (/doelstelling(\s+van)?\s*$/.test(before) && new RegExp(`doelstelling van ${num}`).test(allSources)) return true;
  if (percent) return new RegExp(`${num}\\s?%`).test(allSources);
  if (unit) return new RegExp(`(€\\s?${num}\\s?(mln|miljoen))|(${num}\\s?miljoen)`).test(allSources);
  return new RegExp(`€\\s?${num}`).test(allSources);
}

/** The page's own text: quotes (checked against the sources elsewhere) and charts (editorial, checked against the data) removed. */
function ownText(html: string): string {
  let h = withoutElements(html, /<(blockquote|q)\b[^>]*\sdata-source-file="[^"]*"[^>]*>/);
  h = withoutElements(h, /<figure\b[^>]*class="[^"]*\bchart\b[^"]*"[^>]*>/);
  h = withoutElements(h, /<(header|footer|nav)\b[^>]*>/);
  return htmlText(h).replace(/\s+/g, ' ');
}

function problemsOn(path: string): string[] {
  const html = readBuilt(path);
  const main = elements(html, /<main\b[^>]*>/)[0] ?? html;
  const problems: string[] = [];
  const withoutLegend = withoutElements(main, /<ul\b[^>]*class="[^"]*\bstatus-scale\b[^"]*"[^>]*>/);
  for (const item of itemsWith(withoutLegend, STATUS)) {
    if (!QUOTED.test(item) && !/href="[^"]*\/bevindingen\/[a-z0-9-]+\/"/.test(item)) problems.push(`status zonder citaat: ${htmlText(item).replace(/\s+/g, ' ').trim().slice(0, 100)}`);
  }
  for (const item of itemsWith(main, TIME)) {
    if (!QUOTED.test(item) && !/href="[^"]*\/(documenten|tijdlijn)\//.test(item)) {
      problems.push(`datum zonder citaat of bron: ${htmlText(item).replace(/\s+/g, ' ').trim().slice(0, 100)}`);
    }
  }
  const text = ownText(main);
  for (const m of text.matchAll(FIGURE)) {
    if (!inSources(m, text.slice(Math.max(0, m.index - 20), m.index))) problems.push(m[0].trim());
  }
  // A budget step the source counts off ("af") keeps its minus wherever its label and amount stand.
  for (const ind of indicators()) {
    for (const v of ind.values.filter((x) => x.role === 'af' && x.label)) {
      const amount = `€ ${String(v.value).replace('.', ',')} mln`;
      for (const m of text.matchAll(new RegExp(`${esc(v.label!)}:?\\s*(−\\s?)?${esc(amount)}`, 'g'))) {
        if (!m[1]) problems.push(`${v.label}: ${amount} zonder minteken`);
      }
    }
  }
  return problems;
}

describe('statuses, dates and figures on layer pages have a source', () => {
  it('finds the layer pages', () => {
    expect(layerPages).toContain('/tijdlijn/');
    expect(layerPages.some((p) => p.startsWith('/dossiers/') && p !== '/dossiers/')).toBe(true);
  });

  it.each(layerPages)('%s', (path) => {
    const problems = problemsOn(path);
    const known = KNOWN[path] ?? [];
    for (const k of known) expect(problems, `${path}: bekend probleem "${k}" is opgelost; haal het uit KNOWN`).toContain(k);
    const unexpected = problems.filter((p) => !known.includes(p));
    expect(unexpected, `${path}: zonder citaat of bron in de bronteksten:\n- ${unexpected.join('\n- ')}`).toEqual([]);
  });

  it('the figure check can fail', () => {
    const text = 'Het doel is € 0 mln; doelstelling € 0 mln; het tekort was € 22,6 mln en de eenzaamheid 50,3 %, niet 50,4 %.';
    const found = [...text.matchAll(FIGURE)].filter((m) => !inSources(m, text.slice(Math.max(0, m.index - 20), m.index))).map((m) => m[0].trim());
    expect(found).toEqual(['€ 0 mln', '50,4 %']);
  });
});
