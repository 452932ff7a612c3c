/**
 * The timeline's events against their sources and on the page, and the guard that the timeline holds
 * every date the sources give: each date in content/sources/*.txt stands inside an event's quote or
 * inside an entry of content/events/left-out.yaml that says why it is not an event of its own.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { documentFrontmatter, events, sentenceBounds, sourceText } from '../support/data';
import { readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';
import { mergeCaseVariants } from '../../src/lib/left-out';

const all = events();
const page = readBuilt('/tijdlijn/');

interface LeftOut {
  id: string;
  kind: 'naam' | 'briefhoofd' | 'zin';
  document?: string;
  quote: string;
  reason: string;
  event?: string;
}
const leftOut = yaml.load(readFileSync(join(process.cwd(), 'content/events/left-out.yaml'), 'utf8')) as LeftOut[];
const SOURCES = readdirSync(join(process.cwd(), 'content/sources')).filter((f) => f.endsWith('.txt'));
const fileOf = (document: string) => documentFrontmatter(document).sourceFile as string;

/** A date as the sources write it: a year (not inside a number such as 2021.18717 or 22,6), "30 juni", "22-06-2021". */
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const DATE = new RegExp(
  `(?<![\\d.,])(?:19|20)\\d{2}(?!\\d|[.,]\\d)|\\b\\d{1,2}\\s+(?:${MONTHS})\\b|\\b\\d{1,2}[.-]\\d{1,2}[.-](?:19|20)\\d{2}\\b`,
  'gi',
);

/** Start and end offsets of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push([i, i + needle.length]);
  return found;
}

/** The document's own date as a sortable prefix ("2021-06-22", "2021-06", "2024"). */
const documentDate = (document: string) => String(documentFrontmatter(document).date);

describe('events data', () => {
  it('has the dated events the sources name', () => {
    const dates = all.map((e) => e.date);
    for (const d of [
      '2008', '2012', '2013', '2015', '2019', '2020-10', '2021', '2021-03-16', '2021-06-22', '2021-06-30', '2021-07-07',
      '2021-07-21', '2022', '2023', '2023-07-01', '2024-04-02', '2024-04-12', '2024-04-30', '2024-06', '2024-Q3', '2030', '2040',
    ]) {
      expect(dates, d).toContain(d);
    }
    const ids = all.map((e) => e.id);
    for (const id of ['stadsvisie-2008', 'structuurvisie-2012', 'made-in-maastricht-2013', 'zicht-op-thuis-2021', 'stadsdialogen-2021', 'fase-2-eind-2022', 'nieuwe-inrichting-2022', 'omgevingsvisie-oktober-2020']) {
      expect(ids, id).toContain(id);
    }
  });

  it.each(all.map((e) => [e.id, e] as const))('%s: the quote stands verbatim in the source and carries the date', (_id, e) => {
    const file = fileOf(e.source.document);
    expect(sourceText(file), `"${e.source.quote}" niet gevonden in ${file}`).toContain(e.source.quote);
    const year = e.date.slice(0, 4);
    // Where the quote has no year ("12 april jl.", "woensdag 30 juni", "22-06-2021"), a note or the day says how it is dated.
    const dated = e.source.quote.includes(year) || e.source.quote.includes(`${e.date.slice(8, 10)}-${e.date.slice(5, 7)}-${year}`) || Boolean(e.note);
    expect(dated, `${e.id}: de datum ${e.date} staat niet in het citaat en er is geen toelichting`).toBe(true);
  });

  it.each(all.map((e) => [e.id, e] as const))('%s: the quote is a whole sentence or list item, not a cut one', (_id, e) => {
    const { starts, ends, before, after } = sentenceBounds(sourceText(fileOf(e.source.document)), e.source.quote)!;
    expect(starts, `${e.id}: het citaat begint midden in een zin: "…${before.slice(-40)}" + "${e.source.quote.slice(0, 40)}…"`).toBe(true);
    expect(ends, `${e.id}: het citaat houdt midden in een zin op: "…${e.source.quote.slice(-40)}" + "${after.slice(0, 40)}…"`).toBe(true);
  });

  it.each(all.map((e) => [e.id, e] as const))('%s: an event dated after its document is marked as planned', (_id, e) => {
    const own = documentDate(e.source.document);
    const n = Math.min(own.length, e.date.replace(/-Q\d$/, '').length);
    const later = e.date.slice(0, n) > own.slice(0, n);
    if (later) expect(e.planned, `${e.id}: ${e.date} ligt na de datum van het document (${own}); verwacht planned: true`).toBe(true);
  });
});

describe('every date in the sources is on the timeline or left out with a reason', () => {
  it('has a reason for every entry left out, quoted verbatim', () => {
    expect(leftOut.length).toBeGreaterThan(0);
    const ids = new Set(all.map((e) => e.id));
    for (const l of leftOut) {
      expect(l.reason.trim().length, `${l.id}: reden ontbreekt`).toBeGreaterThan(10);
      if (l.event) expect(ids.has(l.event), `${l.id}: gebeurtenis ${l.event} bestaat niet`).toBe(true);
      if (l.kind !== 'naam') {
        expect(l.document, `${l.id}: een zin of briefhoofd hoort bij een document`).toBeDefined();
        expect(sourceText(fileOf(l.document!)), `${l.id}: "${l.quote}" niet gevonden`).toContain(l.quote);
      } else {
        expect(SOURCES.some((f) => sourceText(f).includes(l.quote)), `${l.id}: "${l.quote}" staat in geen enkele bron`).toBe(true);
      }
    }
  });

  it.each(SOURCES)('%s: every date stands in an event or in left-out.yaml', (file) => {
    const text = sourceText(file);
    const covered: Array<[number, number]> = [
      ...all.filter((e) => fileOf(e.source.document) === file).flatMap((e) => occurrences(text, e.source.quote)),
      ...leftOut.filter((l) => l.kind === 'naam' || fileOf(l.document!) === file).flatMap((l) => occurrences(text, l.quote)),
    ];
    const missing = [...text.matchAll(DATE)]
      .filter((m) => !covered.some(([a, b]) => m.index >= a && m.index < b))
      .map((m) => `"${m[0]}" in: …${text.slice(Math.max(0, m.index - 100), m.index + 60)}…`);
    expect(
      missing,
      `${file}: deze datums staan in geen gebeurtenis (content/events/events.yaml) en in geen regel van content/events/left-out.yaml met de reden:\n- ${missing.join('\n- ')}`,
    ).toEqual([]);
  });

  it('finds dates in the sources at all (the pattern works)', () => {
    const count = SOURCES.reduce((n, f) => n + [...sourceText(f).matchAll(DATE)].length, 0);
    expect(count).toBeGreaterThan(100);
    expect('in 2013 heeft'.match(DATE)).not.toBeNull();
    expect('referentie 2021.18717'.match(DATE)?.[0]).toBeUndefined();
    expect('op 12 april jl.'.match(DATE)?.[0]).toBe('12 april');
  });
});

describe('timeline page', () => {
  it('lists every event in date order, each with <time> and a source link', () => {
    const ids = [...page.matchAll(/<h3 class="timeline__title" id="([^"]+)"/g)].map((m) => m[1]);
    expect([...ids].sort()).toEqual(all.map((e) => e.id).sort());
    const times = [...page.matchAll(/<p class="timeline__when"><time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(times).toEqual([...times].sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4))));
    for (const item of page.split('<li class="timeline__item').slice(1)) {
      expect(item).toMatch(/<time datetime="\d{4}(-\d{2}){0,2}">/);
      expect(item).toMatch(/<a href="\/documenten\/[^"]+">Lees in /);
    }
  });

  it('names the document with the chapter in every source line', () => {
    for (const e of all.filter((x) => x.source.chapter)) {
      const item = page.slice(page.indexOf(`id="${e.id}"`));
      const source = /<p class="timeline__source">([\s\S]*?)<\/p>/.exec(item)![1]!;
      expect(htmlText(source).replace(/\s+/g, ' ').trim(), e.id).toMatch(/^Lees in Sociale Visie 2040, /);
    }
  });

  it('shows a quarter in words and planned items as planned', () => {
    const text = htmlText(page).replace(/\s+/g, ' ');
    expect(text).toContain('derde kwartaal 2024');
    for (const e of all.filter((x) => x.planned)) {
      const item = page.slice(page.indexOf(`id="${e.id}"`));
      expect(item.slice(0, item.indexOf('</li>')), e.id).toContain('gepland');
    }
  });

  it('lists every date left out, with its reason (a name once, however it is capitalised)', () => {
    const section = page.slice(page.indexOf('id="niet-op-de-tijdlijn"'));
    const text = htmlText(section).replace(/\s+/g, ' ');
    const asShown = leftOut.map((l) => ({ ...l, event: l.event ? { id: l.event } : undefined, doc: l.document ? { id: l.document } : undefined }));
    const shown = new Set([...mergeCaseVariants(asShown.filter((l) => l.kind !== 'zin')), ...asShown.filter((l) => l.kind === 'zin')].map((l) => l.id));
    expect(shown.has('naam-sociale-visie-2040-klein'), 'sociale visie 2040 staat al als Sociale Visie 2040').toBe(false);
    for (const l of leftOut) {
      if (shown.has(l.id)) expect(section, l.id).toContain(`id="${l.id}"`);
      else expect(section, `${l.id} staat er al in een andere schrijfwijze`).not.toContain(`id="${l.id}"`);
      expect(text, l.id).toContain(l.reason);
    }
  });

  it('shows a letterhead date as the letter does, not the PDF’s run of both columns', () => {
    const section = htmlText(page.slice(page.indexOf('id="jaartallen-in-namen"'))).replace(/\s+/g, ' ');
    expect(section).toContain('Datum 30 april 2024');
    expect(section).not.toContain('Datum Betreft');
  });

  it('says in its note on the page that the events’ notes are the editors’, not only the titles', () => {
    // The notes under some events carry no badge of their own on screen (one marking per block), and the
    // note at the top said only the titles were editorial.
    expect(all.some((e) => e.note)).toBe(true);
    const box = page.slice(page.indexOf('id="over-de-tijdlijn"'), page.indexOf('</section>', page.indexOf('id="over-de-tijdlijn"')));
    expect(htmlText(box).replace(/\s+/g, ' ')).toMatch(/De korte titels zijn van de redactie, net als de noot/);
  });

  it('says where the sources are silent', () => {
    expect(htmlText(page)).toContain('staat niet in de bronnen');
  });
});
