/**
 * The figures on the site against their sources: every quoted figure stands in its source
 * text, every source link lands on an existing page and heading, every figure of the
 * sources is shown the Dutch way, and every chart has its page and downloads. (Chart geometry
 * snapshots come from fixture data: tests/unit/charts.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charts, documentFrontmatter, indicators, sourceText } from '../support/data';
import { DIST, readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';
import { PLACEHOLDER_SITE } from '../../src/lib/site-address';

const all = indicators();
const NBSP = /\u00a0/g;

describe('indicator data against the sources', () => {
  it.each(all.map((i) => [i.id, i] as const))('%s: every quote stands in the source text', (_id, indicator) => {
    const file = documentFrontmatter(indicator.source.document).sourceFile as string;
    const text = sourceText(file);
    for (const quote of indicator.source.quotes) expect(text, `"${quote}" niet gevonden in ${file}`).toContain(quote);
  });

  it.each(all.map((i) => [i.id, i] as const))('%s: the source link lands on a page and heading that exist', (_id, indicator) => {
    const page = indicator.source.chapter
      ? `/documenten/${indicator.source.chapter}/`
      : `/documenten/${indicator.source.document}/`;
    expect(existsSync(join(DIST, page, 'index.html')), `${page} bestaat niet`).toBe(true);
    if (indicator.source.section) expect(readBuilt(page)).toContain(`id="${indicator.source.section}"`);
  });

  it('keeps both labour-participation figures, each with its place in the source', () => {
    const ids = all.filter((i) => /arbeidsparticipatie/.test(i.id)).map((i) => [i.id, i.source.chapter]);
    expect(ids).toEqual([
      ['arbeidsparticipatie-hoofdstuk-2', 'sociale-visie-2040/waar-staan-we-nu'],
      ['arbeidsparticipatie-bijlage', 'sociale-visie-2040/bijlage-trends'],
    ]);
  });
});

describe('figures on the site', () => {
  const cijfers = htmlText(readBuilt('/cijfers/')).replace(NBSP, ' ').replace(/\s+/g, ' ');

  it.each([
    // chapter 2 table
    '50,3 %', '46,6 %', '21,2 %', '20 %', '14,9 %', '10,6 %', '4,5 %', '3,4 %', '18 %', '15 %', '4,8 %', '3,8 %',
    '9 %', '6 %', '58,6 %', '67,7 %',
    // annex
    '5,0 %', '4,4 %', '777,2', '669,3', '61,8 %', '68,8 %', '98.270', '17 %', '47,7 %',
    // budget
    '€ 1,3 mln', '€ 0,55 mln', '€ 0,75 mln', '€ 0,43 mln', '€ 0,32 mln', '10 %', 'niet gekwantificeerd',
    // deficit
    '€ 22,6 mln', '€ 12,4 mln', '€ 0 mln',
    // people
    'Kernteam 12', 'meer dan 65', 'zo’n 20',
  ])('shows %s on /cijfers/', (figure) => {
    expect(cijfers).toContain(figure);
  });

  it('reads each row as a sentence: the words after a figure stand after it, not as its name', () => {
    const rows = [...readBuilt('/cijfers/').matchAll(/<tr data-indicator="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => ({
      id: m[1]!,
      text: htmlText(m[2]!.replace(/<span class="cell-note">[\s\S]*?<\/span>\s*<\/th>/, '</th>'))
        .replace(NBSP, ' ')
        .replace(/\u00ad/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
    const row = (id: string) => rows.find((r) => r.id === id)?.text;
    expect(row('post-onvoorzien')).toBe('Post ‘onvoorzien’ binnen het gevraagde budget 10 % van de totale kosten van het Uitvoeringsplan');
    expect(row('sociale-samenhang')).toBe('Sociale samenhang in Maastricht 3,4 % hoger dan het landelijk gemiddelde');
    expect(row('afdelingen-domein-sociaal')).toBe('Afdelingen van het Domein Sociaal sinds 1 juli 2023 4');
    const dossier = htmlText(readBuilt('/dossiers/financien/')).replace(NBSP, ' ').replace(/\s+/g, ' ').replace(/ :/g, ':');
    expect(dossier).toContain('Post ‘onvoorzien’ binnen het gevraagde budget: 10 % van de totale kosten van het Uitvoeringsplan');
  });

  it('says what the growth among the elderly is: growth of a percentage and of a number, 2008–2018', () => {
    const chart = htmlText(readBuilt('/cijfers/groei-ouderen/')).replace(NBSP, ' ').replace(/\u00ad/g, '').replace(/\s+/g, ' ');
    expect(chart).toContain('Groei van het percentage ouderen van 65–80 jaar');
    expect(chart).toContain('Groei van het aantal ouderen van 80+');
    expect(chart).not.toMatch(/(?<!het )Percentage ouderen van 65-80 jaar/);
  });

  it('shows loneliness 2016-2020 with its years and the 2024 target as a target', () => {
    expect(cijfers).toContain('Eenzaamheid in Maastricht steeg van 47,7 % in 2016 naar 50,3 % in 2020');
    expect(cijfers).toContain('het doel voor 2024 is € 0 mln');
  });

  it.each([
    ['/documenten/sociale-visie-2040/waar-staan-we-nu/', 'maastricht-nederland-hoofdstuk-2'],
    ['/documenten/raadsvoorstel-65-2021/', 'budget-uitvoeringsplan'],
    ['/documenten/quickscan-vng-2024/', 'tekort-sociaal-domein'],
  ])('places the chart on %s', (page, chart) => {
    expect(readBuilt(page)).toContain(`data-chart="${chart}"`);
  });

  it('puts the deficit chart in the quick scan’s Financiën section', () => {
    const html = readBuilt('/documenten/quickscan-vng-2024/');
    const section = html.indexOf('id="financiën"');
    const chart = html.indexOf('data-chart="tekort-sociaal-domein"');
    const next = html.indexOf('<h2', section + 1);
    expect(section).toBeGreaterThan(0);
    expect(chart).toBeGreaterThan(section);
    expect(chart).toBeLessThan(next);
  });
});

describe('chart pages and downloads', () => {
  it.each(charts().map((c) => [c.id] as const))('%s has its own page, linked from /cijfers/, with SVG and PNG files', (id) => {
    expect(existsSync(join(DIST, 'cijfers', id, 'index.html')), `/cijfers/${id}/ bestaat niet`).toBe(true);
    expect(readBuilt('/cijfers/')).toContain(`href="/cijfers/${id}/"`);
    for (const ext of ['csv', 'json', 'svg', 'png']) expect(existsSync(join(DIST, 'cijfers', 'data', `${id}.${ext}`)), `${id}.${ext}`).toBe(true);
    // The h1 states the title: the table's caption says it to screen readers only, and the
    // page's section "Downloaden" is the only list of files.
    const page = readBuilt(`/cijfers/${id}/`);
    expect(page).toMatch(/<caption class="visually-hidden">/);
    expect(page).not.toContain('class="chart__download"');
  });

  it.each(charts().map((c) => [c.id] as const))(
    '%s: its SVG download names its source and, with no site address configured, no address (never the placeholder)',
    (id) => {
      const svg = readFileSync(join(DIST, 'cijfers', 'data', `${id}.svg`), 'utf8');
      expect(svg).toContain('Bron: ');
      expect(svg).not.toContain(new URL(PLACEHOLDER_SITE).host);
    },
  );

  it('says once, in the raadsvoorstel, that the financial overview is missing, and that the chart draws only the text’s amounts', () => {
    // The note said "Deze site reconstrueert het niet." and the chart below it, with its own note
    // repeating that the overview is missing, looked like a reconstruction.
    const page = readBuilt('/documenten/raadsvoorstel-65-2021/');
    const start = page.indexOf('id="5-financiën"');
    const section = htmlText(page.slice(start, page.indexOf('<h2', start + 1))).replace(/\s+/g, ' ');
    expect(section.match(/ontbreekt in de bron/g) ?? []).toHaveLength(1);
    expect(section).not.toContain('reconstrueert het niet');
    expect(section).toContain('De grafiek zet alleen de bedragen op een rij die de tekst van het raadsvoorstel zelf noemt');
    // Every amount the chart draws stands in the source text (as "€ 0,55 mln." and so on).
    const budget = all.find((i) => i.id === 'budget-uitvoeringsplan')!;
    const text = sourceText(documentFrontmatter('raadsvoorstel-65-2021').sourceFile as string);
    for (const v of budget.values) expect(text).toContain(`€ ${String(v.value).replace('.', ',')} mln.`);
  });

  it('links a chart in a document to its page', () => {
    expect(readBuilt('/documenten/raadsvoorstel-65-2021/')).toContain('href="/cijfers/budget-uitvoeringsplan/"');
  });
});
