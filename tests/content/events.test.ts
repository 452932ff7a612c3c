/** The timeline's events against their sources and on the page. */
import { describe, expect, it } from 'vitest';
import { documentFrontmatter, events, sourceText } from '../support/data';
import { readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';

const all = events();
const page = readBuilt('/tijdlijn/');

describe('events data', () => {
  it('has the dated events the sources name', () => {
    const dates = all.map((e) => e.date);
    for (const d of ['2013', '2015', '2021-03-16', '2021-06-22', '2021-06-30', '2021-07-07', '2021-07-21', '2023-07-01', '2024-04-02', '2024-04-12', '2024-04-30', '2024-Q3', '2030', '2040']) {
      expect(dates, d).toContain(d);
    }
  });

  it.each(all.map((e) => [e.id, e] as const))('%s: the quote stands verbatim in the source and carries the date', (_id, e) => {
    const file = documentFrontmatter(e.source.document).sourceFile as string;
    expect(sourceText(file), `"${e.source.quote}" niet gevonden in ${file}`).toContain(e.source.quote);
    const year = e.date.slice(0, 4);
    // Where the quote has no year ("12 april jl.", "woensdag 30 juni", "22-06-2021"), a note or the day says how it is dated.
    const dated = e.source.quote.includes(year) || e.source.quote.includes(`${e.date.slice(8, 10)}-${e.date.slice(5, 7)}-${year}`) || Boolean(e.note);
    expect(dated, `${e.id}: de datum ${e.date} staat niet in het citaat en er is geen toelichting`).toBe(true);
  });
});

describe('timeline page', () => {
  it('lists every event in date order, each with <time> and a source link', () => {
    const ids = [...page.matchAll(/<li class="timeline__item[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect([...ids].sort()).toEqual(all.map((e) => e.id).sort());
    const times = [...page.matchAll(/<p class="timeline__when"><time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(times).toEqual([...times].sort((a, b) => a.slice(0, 4).localeCompare(b.slice(0, 4))));
    for (const item of page.split('<li class="timeline__item').slice(1)) {
      expect(item).toMatch(/<time datetime="\d{4}(-\d{2}){0,2}">/);
      expect(item).toMatch(/Bron: <a href="\/documenten\/[^"]+">/);
    }
  });

  it('shows a quarter in words and planned items as planned', () => {
    const text = htmlText(page).replace(/\s+/g, ' ');
    expect(text).toContain('derde kwartaal 2024');
    const shareworx = page.slice(page.indexOf('id="uitfasering-shareworx"'));
    expect(shareworx.slice(0, shareworx.indexOf('</li>'))).toContain('gepland');
  });

  it('says where the sources are silent', () => {
    expect(htmlText(page)).toContain('staat niet in de bronnen');
  });
});
