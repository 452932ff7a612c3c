/** The onboarding route for staff. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { DIST, readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';

const steps = yaml.load(readFileSync(join(process.cwd(), 'content/route/route.yaml'), 'utf8')) as Array<{ id: string; order: number; why: string }>;
const page = readBuilt('/route/');
const items = page.split(/<li class="route__step[ "]/).slice(1);

describe('/route/', () => {
  it('shows every step in order, each with a reading time, an editorial "why" and a working link', () => {
    expect(items).toHaveLength(steps.length);
    const ids = items.map((i) => /id="stap-([^"]+)"/.exec(i)![1]);
    expect(ids).toEqual([...steps].sort((a, b) => a.order - b.order).map((s) => s.id));
    for (const item of items) {
      expect(item).toMatch(/\d+\s(minuut|minuten) leestijd/);
      expect(item).toMatch(/Waarom:<\/span> [^<]+ <span class="editorial-label"[^>]*>redactie<\/span>/);
      const href = /<a href="([^"#]+)">/.exec(item)![1]!;
      expect(existsSync(join(DIST, href, 'index.html')), href).toBe(true);
    }
  });

  it('describes the organisation since 1 July 2023 with its four MTs, quoted', () => {
    const text = htmlText(page).replace(/\s+/g, ' ');
    expect(page).toContain('<blockquote data-source-file="2024-raadsinformatiebrief-quickscan-vng.txt"');
    for (const mt of ['MT Sociale zekerheid', 'MT Onderwijs Jeugd', 'MT Maatschappelijke ontwikkeling', 'MT Centrale Taken en Ondersteuning']) {
      expect(text).toContain(mt);
    }
  });

  it('lists what came before exactly as the raadsvoorstel gives it, quoted, linked to the timeline', () => {
    const section = page.slice(page.indexOf('id="wat-ging-vooraf"'), page.indexOf('</section>', page.indexOf('id="wat-ging-vooraf"')));
    const itemsOf = (html: string) => [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => htmlText(m[1]!).replace(/\s+/g, ' ').trim());
    const shown = itemsOf(section.slice(section.indexOf('<blockquote data-source-file="2021-raadsvoorstel-65-2021.txt"')));
    // The document's own list, as the raadsvoorstel page shows it under its heading "Wat ging vooraf?".
    const doc = readBuilt('/documenten/raadsvoorstel-65-2021/');
    const docList = doc.slice(doc.indexOf('id="wat-ging-vooraf"'));
    const own = itemsOf(docList.slice(docList.indexOf('<ul'), docList.indexOf('</ul>')));
    expect(own).toHaveLength(12);
    expect(shown).toEqual(own);
    const links = [...section.matchAll(/href="\/tijdlijn\/#([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(11);
    const timeline = readBuilt('/tijdlijn/');
    for (const id of links) expect(timeline).toContain(`id="${id}"`);
  });

  it.each([
    ['organisatie', 'De namen van de vier afdelingen zelf noemen de documenten niet; alleen de MT’s.'],
    ['wat-ging-vooraf', 'of het zo is gegaan, staat niet in de bronnen.'],
  ])('opens the quoted block #%s with one note that marks the editors’ sentences around the quotes', (id, sentence) => {
    // The sentences that introduced the quotes stood unmarked between them, as if they were the source's.
    const start = page.indexOf(`id="${id}"`);
    const section = page.slice(start, page.indexOf('</section>', start));
    const afterHeading = section.slice(section.indexOf('</h2>') + '</h2>'.length).trimStart();
    expect(afterHeading.startsWith('<div class="editorial-note" role="note"'), afterHeading.slice(0, 80)).toBe(true);
    const note = afterHeading.slice(0, afterHeading.indexOf('</div>'));
    expect(htmlText(note).replace(/\s+/g, ' ')).toContain(sentence);
    // Outside the note only the quotes and the list the note announces.
    const rest = afterHeading.slice(afterHeading.indexOf('</div>')).replace(/<figure[\s\S]*?<\/figure>/g, '').replace(/<ul[\s\S]*?<\/ul>/g, '');
    expect(htmlText(rest).replace(/\s+/g, ' ').trim()).toMatch(/^(De vier MT’s op een rij:)?$/);
  });

  it('tells a newcomer, before the steps, what the label “redactie” means and where more is said', () => {
    // The label stands on every page, but nowhere on the route was it explained.
    const intro = page.slice(page.indexOf('id="over-de-route"'), page.indexOf('id="stappen"'));
    expect(htmlText(intro).replace(/\s+/g, ' ')).toContain('geen officiële tekst');
    expect(intro).toContain('href="/over/#redactie"');
    expect(readBuilt('/over/')).toContain('id="redactie"');
  });

  it('is linked from the home page for staff', () => {
    expect(readBuilt('/')).toContain('href="/route/"');
  });
});
