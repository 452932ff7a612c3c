import { describe, expect, it } from 'vitest';
import { citationBibtex, citationCsl, citationText, type CitationSource } from '../../src/lib/citation';

const quickscan: CitationSource = {
  key: 'quickscan-vng-2024',
  title: 'Quick scan update bevindingen Visitatiecommissie',
  kind: 'Quick scan',
  date: { iso: '2024-04-30', precision: 'day', year: 2024, month: 4, day: 30 },
  issuer: 'Platform Sociaal Domein Regio Zuid en VNG',
  url: 'https://www.example.nl/documenten/quickscan-vng-2024/',
};

describe('citation text', () => {
  it('names issuer, title, kind and date the Dutch way, then the address', () => {
    expect(citationText(quickscan)).toBe(
      'Platform Sociaal Domein Regio Zuid en VNG, Quick scan update bevindingen Visitatiecommissie (quick scan, 30 april 2024). https://www.example.nl/documenten/quickscan-vng-2024/',
    );
  });

  it('adds chapter, section and paragraph, and leaves the address out when there is none', () => {
    const { url: _url, ...noUrl } = quickscan;
    expect(citationText({ ...noUrl, chapter: '3 Waar willen we naartoe', section: 'Toegang', paragraph: 3 })).toBe(
      'Platform Sociaal Domein Regio Zuid en VNG, Quick scan update bevindingen Visitatiecommissie (quick scan, 30 april 2024), hoofdstuk 3 Waar willen we naartoe, paragraaf ‘Toegang’, alinea 3.',
    );
  });

  it('ends on the chapter’s own question mark, without a full stop after it', () => {
    expect(citationText({ ...quickscan, chapter: '2 Waar staan we nu?' })).toBe(
      'Platform Sociaal Domein Regio Zuid en VNG, Quick scan update bevindingen Visitatiecommissie (quick scan, 30 april 2024), hoofdstuk 2 Waar staan we nu? https://www.example.nl/documenten/quickscan-vng-2024/',
    );
  });

  it('gives a date only as precise as the source', () => {
    expect(
      citationText({ ...quickscan, issuer: undefined, date: { iso: '2021', precision: 'year', year: 2021 } }),
    ).toMatch(/^Quick scan update .* \(quick scan, 2021\)\./);
  });
});

describe('BibTeX', () => {
  it('writes a @report entry with month, full date and url', () => {
    const bib = citationBibtex(quickscan);
    expect(bib).toMatch(/^@report\{quickscan-vng-2024,\n/);
    expect(bib).toContain('title       = {Quick scan update bevindingen Visitatiecommissie}');
    expect(bib).toContain('month       = apr');
    expect(bib).toContain('date        = {2024-04-30}');
    expect(bib).toContain('url         = {https://www.example.nl/documenten/quickscan-vng-2024/}');
    expect(bib.trimEnd().endsWith('}')).toBe(true);
  });

  it('escapes braces and TeX specials, and has no month for a year-only date', () => {
    const bib = citationBibtex({
      ...quickscan,
      key: 'a/b c',
      title: 'P&C-cyclus {concept} 50%',
      date: { iso: '2021', precision: 'year', year: 2021 },
    });
    expect(bib).toMatch(/^@report\{a-b-c,/);
    expect(bib).toContain('{P\\&C-cyclus \\{concept\\} 50\\%}');
    expect(bib).not.toContain('month');
    expect(bib).not.toContain('date ');
  });
});

describe('CSL-JSON', () => {
  it('gives date parts as precise as the source and the issuer as a literal author', () => {
    expect(citationCsl(quickscan)).toMatchObject({
      id: 'quickscan-vng-2024',
      type: 'report',
      genre: 'Quick scan',
      issued: { 'date-parts': [[2024, 4, 30]] },
      author: [{ literal: 'Platform Sociaal Domein Regio Zuid en VNG' }],
      URL: 'https://www.example.nl/documenten/quickscan-vng-2024/',
    });
    expect(
      citationCsl({ ...quickscan, date: { iso: '2024-06', precision: 'month', year: 2024, month: 6 } }).issued,
    ).toEqual({ 'date-parts': [[2024, 6]] });
  });
});
