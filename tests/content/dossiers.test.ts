/** Atelier dossiers: every element with its source, every quote verbatim. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { charts, documentFrontmatter, sourceText } from '../support/data';
import { DIST, readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';

interface RawQuote {
  document: string;
  chapter?: string;
  section?: string;
  quote: string;
}
interface RawRow {
  key?: string;
  label?: string;
  quotes?: RawQuote[];
  note?: string;
}
interface RawDossier {
  id: string;
  brief: { asked: RawRow; decided: RawRow; found: RawRow; open: RawRow };
  charts?: string[];
  findings?: string[];
  indicators?: string[];
  events?: string[];
  vision?: Array<{ chapter: string; section?: string; quote: string }>;
  questions?: RawQuote[];
}
const dossiers = yaml.load(readFileSync(join(process.cwd(), 'content/dossiers/dossiers.yaml'), 'utf8')) as RawDossier[];

describe.each(dossiers.map((d) => [d.id, d] as const))('dossier %s', (id, d) => {
  const page = readBuilt(`/dossiers/${id}/`);

  const briefQuotes = Object.values(d.brief).flatMap((r) => r.quotes ?? []);
  const visionQuotes = (d.vision ?? []).map((v) => ({ document: v.chapter.split('/')[0]!, quote: v.quote }));

  it('quotes its brief, vision passages and open questions verbatim from the source', () => {
    for (const q of [...briefQuotes, ...visionQuotes, ...(d.questions ?? [])]) {
      const file = documentFrontmatter(q.document).sourceFile as string;
      expect(sourceText(file), q.quote).toContain(q.quote);
    }
  });

  it('opens with the decision brief: asked, decided, found in 2024, still open, before the evidence', () => {
    const brief = page.indexOf('<dl class="summary-list"');
    expect(brief).toBeGreaterThan(-1);
    const rows = ['asked', 'decided', 'found', 'open'].map((r) => page.indexOf(`id="kort-${r}"`));
    for (const r of rows) expect(r).toBeGreaterThan(brief);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows[3]!).toBeLessThan(page.indexOf('id="onderbouwing"'));
    for (const row of Object.values(d.brief)) expect((row.quotes ?? []).length > 0 || Boolean(row.note)).toBe(true);
  });

  it('is linked from the page of every finding it takes up, under "Verder lezen"', () => {
    for (const f of d.findings ?? []) {
      const more = readBuilt(`/bevindingen/${f}/`).split('id="verder-lezen"')[1] ?? '';
      expect(more, f).toContain(`In het dossier: <a href="/dossiers/${id}/">`);
    }
  });

  it('shows every finding, indicator, question and event with a link to its source or page', () => {
    for (const f of d.findings ?? []) expect(page).toContain(`href="/bevindingen/${f}/"`);
    for (const e of d.events ?? []) expect(page).toContain(`href="/tijdlijn/#${e}"`);
    // Vision quotes link to their paragraph (#alinea-n) on the chapter page, or to the section.
    for (const v of d.vision ?? []) expect(page).toMatch(new RegExp(`href="/documenten/${v.chapter}/(#(alinea-\\d+|${v.section ?? ''}))?"`));
    // An indicator a chart of the dossier draws stands in that chart (its table and source line), not
    // again as a line of prose under it; every other indicator has its line.
    const drawn = new Set((d.charts ?? []).flatMap((c) => charts().find((x) => x.id === c)!.indicators));
    for (const c of d.charts ?? []) expect(page).toContain(`data-chart="${c}"`);
    const items = page.split(/<li class="dossier__figure(?: near-screen)?"/).slice(1);
    const listed = items.map((li) => /^ data-indicator="([^"]+)"/.exec(li)![1]!);
    expect(listed).toEqual((d.indicators ?? []).filter((i) => !drawn.has(i)));
    for (const li of items) expect(li).toMatch(/Bron: <a href="\/documenten\//);
    // Every quote (open questions and the findings' quotes) links to where it stands in a document.
    expect((page.match(/<figcaption><a href="\/documenten\//g) ?? []).length).toBe((page.match(/<figure class="source-quote(?: near-screen)?"/g) ?? []).length);
    expect((page.match(/<figure class="source-quote(?: near-screen)?"/g) ?? []).length).toBeGreaterThanOrEqual((d.questions ?? []).length + briefQuotes.length + visionQuotes.length);
  });

  it('prints no address after its links to the site’s own pages (the running footer has the page’s address)', () => {
    const article = page.slice(page.indexOf('<article class="dossier'), page.indexOf('</article>'));
    const internal = [...article.matchAll(/<a href="(\/[^"]*)"([^>]*)>/g)];
    expect(internal.length).toBeGreaterThan(0);
    for (const [tag] of internal) expect(tag).not.toContain('data-print-href');
    expect(article).not.toContain('sociaaldomein.example.nl');
  });
});

describe('dossier content against issue #10 and #14', () => {
  const financien = htmlText(readBuilt('/dossiers/financien/')).replace(/\s+/g, ' ');

  it('finance: quotes the draft decision as a draft, never as decided', () => {
    expect(financien).toContain('Ontwerpbesluit voor de raadsvergadering van 21 juli 2021');
    expect(financien).toContain('€ 430.000 beschikbaar te stellen, te bekostigen uit de algemene reserve');
    expect(financien.toLowerCase()).not.toMatch(/besloten door de raad|de raad (heeft )?besloot/);
  });

  it('finance: budget steps with their signs, the 2024 figure as a target, and the waterfall chart', () => {
    // The steps stand in the chart (its text alternative and table), not again in a list under it.
    expect(financien).toMatch(/Toegezegd bij het Verbeterplan Sociaal Domein: −\s€\s0,55\smln/);
    expect(financien).toMatch(/Minder gevraagd dan aanvankelijk gedacht: −\s€\s0,32\smln/);
    expect(financien).toMatch(/Toegezegd bij het Verbeterplan Sociaal Domein €\s0,55\smln af/);
    // Not a third time, in prose: "Toegezegd bij het Verbeterplan Sociaal Domein − € 0,55 mln".
    expect(financien).not.toMatch(/Toegezegd bij het Verbeterplan Sociaal Domein −/);
    expect(financien).toMatch(/doelstelling van €\s0\smln in 2024/);
    expect(financien).not.toMatch(/€\s0\smln \(2024\)/);
    expect(readBuilt('/dossiers/financien/')).toContain('data-chart="budget-uitvoeringsplan"');
  });

  it('finance: the vision part is about money, not the generic chapter 2 summary', () => {
    const html = readBuilt('/dossiers/financien/');
    const vision = htmlText(html.slice(html.indexOf('id="visie"'), html.indexOf('id="bevindingen"')));
    expect(vision.toLowerCase()).not.toContain('eenzaam');
    expect(vision).toMatch(/bezuinigingen|middelen/);
  });

  it('every dossier that shows one labour participation figure shows the other beside it, with the caveat', () => {
    for (const d of dossiers) {
      const html = readBuilt(`/dossiers/${d.id}/`);
      const a = html.includes('data-indicator="arbeidsparticipatie-hoofdstuk-2"');
      const b = html.includes('data-indicator="arbeidsparticipatie-bijlage"');
      expect(a, d.id).toBe(b);
      if (a) {
        const text = htmlText(html).replace(/\s+/g, ' ');
        for (const v of ['58,6', '67,7', '61,8', '68,8']) expect(text, `${d.id}: ${v}`).toContain(v);
        expect(text).toContain('De bronnen zeggen niet uit welk jaar of volgens welke definitie');
      }
    }
  });
});

describe('dossier index', () => {
  it('lists every dossier and is linked from the home page', () => {
    const index = readBuilt('/dossiers/');
    for (const d of dossiers) {
      expect(index).toContain(`href="/dossiers/${d.id}/"`);
      expect(existsSync(join(DIST, 'dossiers', d.id, 'index.html'))).toBe(true);
    }
    expect(readBuilt('/')).toContain('href="/dossiers/"');
  });
});
