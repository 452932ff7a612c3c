/**
 * The "in brief" texts of the findings table (content/findings/briefs.yaml) only shorten the
 * finding's own quotes: every content word of a brief stands in those quotes, and the table on
 * /bevindingen/ shows each brief in the row of its topic.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { findings } from '../support/data';
import { readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';

interface RawBrief {
  id: string;
  finding2021?: string;
  assessment2024: string;
}
const briefs = yaml.load(readFileSync(join(process.cwd(), 'content/findings/briefs.yaml'), 'utf8')) as RawBrief[];
const all = findings();

/** Words of four letters or more, lower case; "visie-gestuurd" gives "visie" and "gestuurd". */
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
/** Numbers must stand in the quote as written ("22,6"). */
const numbers = (s: string) => s.match(/\d+(?:,\d+)?/g) ?? [];

/** The brief's words that do not stand in the quotes (compared on their first five letters). */
function foreign(brief: string, quotes: readonly string[]): string[] {
  const source = quotes.join(' ').toLowerCase();
  return [
    ...words(brief).filter((w) => !source.includes(w.slice(0, 5))),
    ...numbers(brief).filter((n) => !source.includes(n)),
  ];
}

describe('finding briefs', () => {
  it('has one brief per finding, and a 2021 brief exactly where the finding quotes a 2021 finding', () => {
    expect(briefs.map((b) => b.id).sort()).toEqual(all.map((f) => f.id).sort());
    for (const f of all) {
      const b = briefs.find((x) => x.id === f.id)!;
      expect(Boolean(b.finding2021), f.id).toBe(f.finding2021.length > 0);
    }
  });

  it.each(briefs.map((b) => [b.id, b] as const))('%s: uses only words of its quotes', (id, b) => {
    const f = all.find((x) => x.id === id)!;
    if (b.finding2021) expect(foreign(b.finding2021, f.finding2021), `${id} finding2021`).toEqual([]);
    expect(foreign(b.assessment2024, [...f.assessment2024, f.justification]), `${id} assessment2024`).toEqual([]);
  });

  it('catches a brief that adds a word', () => {
    expect(foreign('Visie met uitvoeringsleidraad mislukt', ['een vastgestelde visie met uitvoeringsleidraad'])).toEqual(['mislukt']);
    expect(foreign('Tekort van 30 miljoen', ['een tekort van 22,6 miljoen'])).toEqual(['30']);
  });

  it('shows every brief in its topic’s row of the table on /bevindingen/', () => {
    const page = readBuilt('/bevindingen/');
    for (const b of briefs) {
      const start = page.indexOf(`<tr id="rij-${b.id}"`);
      expect(start, b.id).toBeGreaterThan(-1);
      const row = htmlText(page.slice(start, page.indexOf('</tr>', start))).replace(/\s+/g, ' ');
      if (b.finding2021) expect(row).toContain(b.finding2021);
      expect(row).toContain(b.assessment2024);
      expect(page.slice(start, page.indexOf('</tr>', start))).toContain(`href="/bevindingen/${b.id}/"`);
    }
  });
});
