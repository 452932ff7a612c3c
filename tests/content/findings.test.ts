/**
 * The findings layer against its sources: every quote and every justifying sentence stands
 * verbatim in the source text, every link lands on a page and heading that exist, and the
 * scorecard shows every topic with its status as text.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentFrontmatter, findings, passages, sourceText } from '../support/data';
import { builtPages, DIST, readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';

const all = findings();
const STATUS_LABELS: Record<string, string> = {
  'duidelijke-voortgang': 'Duidelijke voortgang',
  deels: 'Deels',
  'geen-oordeel': 'Geen oordeel mogelijk',
  'nog-een-opgave': 'Nog een opgave',
};

function fileOf(document: string): string {
  return documentFrontmatter(document).sourceFile as string;
}

describe('findings data against the sources', () => {
  it('covers every topic heading of the quick scan letter', () => {
    const sections = new Set(all.map((f) => f.source.section));
    for (const s of [
      'visie', 'toegang', 'organisatie', 'monitoring-en-leren', 'kaders-stellen-sturing-inrichten-en-bijsturen',
      'informatievoorziening', 'afbakening-en-vraag-welke-zorg-is-goed-genoeg', 'regionale-samenwerking',
      'financiën', 'inkoopaanbesteding-wmo-en-jeugd', 'mobw',
    ]) expect(sections, s).toContain(s);
  });

  it.each(all.map((f) => [f.id, f] as const))('%s: every quote and the justifying sentence stand verbatim in the source', (_id, f) => {
    const file = fileOf(f.source.document);
    const text = sourceText(file);
    const quotes = [...f.finding2021, ...f.assessment2024, ...(f.evidence ?? []), ...(f.remaining ?? []), f.justification];
    for (const q of quotes) expect(text, `"${q}" niet gevonden in ${file}`).toContain(q);
  });

  it.each(all.map((f) => [f.id, f] as const))('%s: the source and vision links land on headings that exist', (_id, f) => {
    expect(readBuilt(`/documenten/${f.source.document}/`)).toContain(`id="${f.source.section}"`);
    for (const v of f.vision ?? []) {
      const page = `/documenten/${v.chapter}/`;
      expect(existsSync(join(DIST, page, 'index.html')), `${page} bestaat niet`).toBe(true);
      if (v.section) expect(readBuilt(page)).toContain(`id="${v.section}"`);
    }
  });

  it.each(passages().map((p) => [p.id, p] as const))('passage %s stands verbatim in the source', (_id, p) => {
    const file = fileOf(p.source.document);
    for (const q of p.quotes) expect(sourceText(file), `"${q}" niet gevonden in ${file}`).toContain(q);
  });

  it('has the four dilemmas, the closing judgement and the offer of spiegelsessies', () => {
    const kinds = passages().map((p) => p.kind);
    expect(kinds.filter((k) => k === 'dilemma')).toHaveLength(4);
    expect(kinds).toContain('slotoordeel');
    expect(passages().some((p) => p.kind === 'aanbod' && p.quotes.some((q) => q.includes('spiegelsessies')))).toBe(true);
  });
});

describe('quotes on the built pages', () => {
  /** Every element marked data-source-file on every page: its text must stand in that file. */
  const marked = builtPages().flatMap((page) => {
    const html = readBuilt(page);
    return [...html.matchAll(/<(blockquote|q)\b[^>]*data-source-file="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].map(
      (m) => [page, m[2]!, htmlText(m[3]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim()] as const,
    );
  });

  it('finds marked quotes on the layer pages', () => {
    expect(marked.filter(([page]) => page.startsWith('/bevindingen/')).length).toBeGreaterThan(50);
  });

  it('every marked quote stands verbatim in its source file', () => {
    const missing = marked.filter(([, file, text]) => !sourceText(file).includes(text));
    expect(missing, missing.map(([p, f, t]) => `${p}: "${t}" niet in ${f}`).join('\n')).toEqual([]);
  });
});

describe('scorecard and topic pages', () => {
  const scorecard = readBuilt('/bevindingen/');
  const text = htmlText(scorecard).replace(/\s+/g, ' ');

  it('spells out MO/BW (the letter never does) with the glossary’s term, where a reader meets it', () => {
    const full = 'MO/BW (maatschappelijke opvang en beschermd wonen)';
    expect(scorecard).toContain('<abbr title="maatschappelijke opvang en beschermd wonen">MO/BW</abbr>');
    expect(text).toContain(`Onderdeel: ${full}`);
    expect(scorecard).toMatch(/<h3 id="onderdeel-mo-bw"[^>]*>\s*MO\/BW \(maatschappelijke opvang en beschermd wonen\)\s*<\/h3>/);
    expect(htmlText(readBuilt('/bevindingen/onderdeel/mo-bw/')).replace(/\s+/g, ' ')).toContain(`‘MO/BW’ (maatschappelijke opvang en beschermd wonen)`);
    expect(htmlText(readBuilt('/bevindingen/dakloosheid-regio/')).replace(/\s+/g, ' ')).toContain(`Onderdeel: ${full}`);
  });

  it.each(all.map((f) => [f.id, f] as const))('%s: on the scorecard with link, status as text and its justification', (_id, f) => {
    const item = scorecard.slice(scorecard.indexOf(`id="bevinding-${f.id}"`));
    const end = item.indexOf('</li>');
    const row = item.slice(0, end);
    expect(row).toContain(`href="/bevindingen/${f.id}/"`);
    expect(htmlText(row)).toContain(STATUS_LABELS[f.status]);
    expect(htmlText(row).replace(/\s+/g, ' ')).toContain(f.justification);
    const page = htmlText(readBuilt(`/bevindingen/${f.id}/`)).replace(/\s+/g, ' ');
    expect(page).toContain(STATUS_LABELS[f.status]);
    expect(page).toContain(f.justification);
    // Its search result shows the label, as the editors', and the sentence (META.excerpt).
    const excerpt = /<span data-pagefind-meta="uittreksel">([^<]*)<\/span>/.exec(readBuilt(`/bevindingen/${f.id}/`))?.[1];
    expect(htmlText(excerpt ?? '')).toBe(`Oordeel van de redactie: ${STATUS_LABELS[f.status]}. Uit de brief: “${f.justification}”`);
  });

  it('marks every status label as editorial (in the overview table: one note for the whole table)', () => {
    const start = scorecard.indexOf('<section class="findings-overview');
    const end = scorecard.indexOf('</section>', start);
    expect(start).toBeGreaterThan(-1);
    const overview = scorecard.slice(start, end);
    expect(overview.indexOf('class="editorial-note"')).toBeGreaterThan(-1);
    expect(overview.indexOf('class="editorial-note"')).toBeLessThan(overview.indexOf('<table'));
    // The scale of the labels stands under 'Over de labels REDACTIE': one badge for the whole section.
    const scale = scorecard.indexOf('<ul class="status-scale"');
    const scaleEnd = scorecard.indexOf('</ul>', scale);
    expect(scale).toBeGreaterThan(-1);
    expect(scorecard.lastIndexOf('class="editorial-label"', scale)).toBeGreaterThan(scorecard.lastIndexOf('<h2', scale));
    const rest = scorecard.slice(0, scale) + scorecard.slice(scaleEnd, start) + scorecard.slice(end);
    const labels = [...rest.matchAll(/<span class="status [^"]*"[\s\S]*?<\/span>\s*<\/span>/g)].map((m) => m[0]);
    expect(labels.length).toBeGreaterThanOrEqual(all.length);
    for (const l of labels) expect(l).toContain('editorial-label');
  });

  it.each(all.map((f) => [f.id] as const))('%s: no two links under “Verder lezen” share a text but go to different places', (id) => {
    // Two passages of one chapter of the vision both read “4 Van het waarom en het wat naar het hoe:
    // leidende principes”: a reader could not tell them apart (WCAG 2.4.4).
    const html = readBuilt(`/bevindingen/${id}/`);
    const section = html.slice(html.indexOf('id="verder-lezen"'), html.indexOf('</section>', html.indexOf('id="verder-lezen"')));
    const targets = new Map<string, Set<string>>();
    for (const m of section.matchAll(/<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const text = htmlText(m[2]!).replace(/\s+/g, ' ').trim();
      targets.set(text, (targets.get(text) ?? new Set()).add(m[1]!));
    }
    for (const [text, hrefs] of targets) expect(hrefs.size, `${text}: ${[...hrefs].join(', ')}`).toBe(1);
  });

  it.each(all.map((f) => [f.id] as const))('%s: no empty 2024 section, themes linked, the figures a section of their own', (id) => {
    const html = readBuilt(`/bevindingen/${id}/`);
    const sectionOf = (anchor: string) => {
      const start = html.indexOf(`id="${anchor}"`);
      return start < 0 ? undefined : html.slice(start, html.indexOf('</section>', start));
    };
    // "Het oordeel in 2024" held only "Het oordeel staat in de zin onder Status, hierboven.".
    const in2024 = sectionOf('in-2024');
    if (in2024) expect(in2024).toContain('<blockquote');
    expect(html).not.toContain('Het oordeel staat in de zin onder Status');
    // The themes under "Verder lezen" were plain text while each has its page of terms.
    const more = sectionOf('verder-lezen')!;
    const themeLine = /<li>\s*Uitleg van begrippen:([\s\S]*?)<\/li>/.exec(more);
    expect(themeLine, id).not.toBeNull();
    for (const [, theme] of themeLine![1]!.matchAll(/<a href="\/begrippen\/thema\/([^/"]+)\/"/g))
      expect(existsSync(join(DIST, 'begrippen', 'thema', theme!, 'index.html')), theme).toBe(true);
    expect(themeLine![1]!.replace(/<a [\s\S]*?<\/a>/g, '').replace(/[,\s]/g, '')).toBe('');
    // "Cijfers bij dit onderwerp" was a smaller heading inside the reading list, its figures on one line.
    const figures = sectionOf('cijfers');
    if (figures) {
      expect(html).toContain('<h2 id="cijfers">');
      expect(html.indexOf('id="cijfers"')).toBeLessThan(html.indexOf('id="verder-lezen"'));
      expect(figures).toContain('<ul class="finding__figures">');
    }
    expect(Boolean(figures), id).toBe((all.find((f) => f.id === id)!.indicators ?? []).length > 0);
  });

  it('has a filter page per area with only that area’s topics', () => {
    for (const area of new Set(all.map((f) => f.area))) {
      const html = readBuilt(`/bevindingen/onderdeel/${area}/`);
      for (const f of all) {
        expect(html.includes(`id="bevinding-${f.id}"`), `${f.id} op ${area}`).toBe(f.area === area);
      }
    }
  });

  it('shows the dilemmas, the closing judgement and the spiegelsessies', () => {
    expect(scorecard).toContain('id="dilemmas"');
    expect(text).toContain('Kortom, de gemeente is goed op weg');
    expect(text).toContain('spiegelsessies');
  });
});
