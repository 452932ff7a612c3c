import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { augmentHtml, augmentText, emptyStats, type Augmenters } from '../../src/lib/search/indexer/augment';
import { termMatcher } from '../../src/lib/search/indexer/synonyms';
import { cleanExcerpt, stripAdded } from '../../src/lib/search/shared/text';
import { loadTerms, SearchDataError } from '../../src/lib/search/indexer/load';

const terms = termMatcher([
  {
    id: 'wmo',
    term: 'Wet maatschappelijke ondersteuning',
    abbreviations: ['Wmo', 'WMO'],
    variants: ['Wmo 2015'],
    synonyms: [],
  },
  { id: 'or', term: 'ondernemingsraad', abbreviations: ['OR'], variants: [], synonyms: [] },
  { id: 'pwet', term: 'Participatiewet', abbreviations: ['P-wet'], variants: [], synonyms: ['bijstandswet'] },
  { id: 'sd', term: 'sociaal domein', abbreviations: [], variants: ['Sociaal Domein'], synonyms: [] },
]);
const aug: Augmenters = {
  terms,
  compoundTails: (w) => ({ wijkverpleging: ['verpleging'], zorgkosten: ['kosten'] })[w.toLowerCase()],
};

describe('termMatcher', () => {
  const tokens = (text: string) =>
    [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

  it('finds abbreviations with their capitals only, and the longest form first', () => {
    expect(terms.match(tokens('advies aan de OR')).map((m) => m.termId)).toEqual(['or']);
    expect(terms.match(tokens('hij of zij or niet'))).toEqual([]);
    const [m] = terms.match(tokens('in de Wmo 2015 staat'));
    expect([m!.from, m!.to]).toEqual([2, 4]);
  });

  it('adds the other forms of the term, not the one that stands there', () => {
    const [m] = terms.match(tokens('de P-wet'));
    expect(m!.add).toEqual(['participatiewet', 'bijstandswet']);
    const [full] = terms.match(tokens('de wet maatschappelijke ondersteuning'));
    expect(full!.add).toEqual(['wmo 2015', 'wmo']);
  });

  it('knows which term a whole query means', () => {
    expect(terms.termFor('bijstandswet')?.id).toBe('pwet');
    expect(terms.termFor('wet')).toBeUndefined();
  });
});

describe('augmentText and augmentHtml', () => {
  it('adds nothing for a term whose forms differ only in capitals', () => {
    const stats = emptyStats();
    expect(augmentText('het Sociaal Domein en het sociaal domein', aug, stats)).toBe(
      'het Sociaal Domein en het sociaal domein',
    );
    expect(stats.terms.size).toBe(0);
  });

  it('puts additions after the run of characters that holds the word', () => {
    expect(augmentText('gebruik van wijkverpleging, en de Wmo-consulent.', aug)).toBe(
      'gebruik van wijkverpleging, ⟦verpleging⟧ en de Wmo-consulent. ⟦wet maatschappelijke ondersteuning wmo 2015⟧',
    );
  });

  it('changes only text: not tags, attributes, entities, scripts or elements Pagefind reads as filters', () => {
    const html = [
      '<html><head><title>zorgkosten</title></head><body>',
      '<a title="zorgkosten" href="/zorgkosten/">zorgkosten &amp; wijkverpleging</a>',
      '<script>const zorgkosten = 1;</script>',
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="thema">zorgkosten</span><div>zorgkosten</div></div>',
      '<p>na zorgkosten</p></body></html>',
    ].join('');
    const stats = emptyStats();
    const out = augmentHtml(html, aug, stats);
    expect(out).toContain('<title>zorgkosten</title>');
    expect(out).toContain(
      '<a title="zorgkosten" href="/zorgkosten/">zorgkosten ⟦kosten⟧ &amp; wijkverpleging ⟦verpleging⟧</a>',
    );
    expect(out).toContain('<script>const zorgkosten = 1;</script>');
    expect(out).toContain('<span data-pagefind-filter="thema">zorgkosten</span><div>zorgkosten</div></div>');
    expect(out).toContain('<p>na zorgkosten ⟦kosten⟧</p>');
    expect(stats.additions).toBe(3);
  });

  it("adds to the text of an element that carries metadata with its value (a page's <main>)", () => {
    const html =
      '<body><main data-pagefind-body data-pagefind-meta="soort:Bevinding quick scan" data-pagefind-weight="0.25">' +
      '<h1>zorgkosten</h1><span data-pagefind-meta="uittreksel">zorgkosten</span></main></body>';
    const out = augmentHtml(html, aug);
    expect(out).toContain('<h1>zorgkosten ⟦kosten⟧</h1>');
    expect(out).toContain('<span data-pagefind-meta="uittreksel">zorgkosten</span>');
  });

  it('refuses a page that already uses the marker characters', () => {
    expect(() => augmentHtml('<body>⟦</body>', aug)).toThrow(/⟦/);
  });
});

describe('cleaning excerpts on the search page', () => {
  it('moves a highlight from an addition to its word and drops the addition', () => {
    expect(cleanExcerpt('gebruik van wijkverpleging, <mark>⟦verpleging⟧</mark> is hoger')).toBe(
      'gebruik van <mark>wijkverpleging</mark>, is hoger',
    );
    expect(cleanExcerpt('de WMO <mark>⟦wet</mark> <mark>maatschappelijke</mark> ondersteuning⟧ of')).toBe(
      'de <mark>WMO</mark> of',
    );
  });

  it('keeps highlights on real words and drops an addition cut off by the excerpt end', () => {
    expect(cleanExcerpt('de <mark>kosten</mark> van zorgkosten ⟦kos')).toBe('de <mark>kosten</mark> van zorgkosten');
    expect(cleanExcerpt('zorgkosten ⟦<mark>kosten</mark>')).toBe('<mark>zorgkosten</mark>');
  });

  it('marks the word, not the signs around it', () => {
    expect(cleanExcerpt('de <mark>WMO,</mark> en <mark>(Toegang).</mark>')).toBe(
      'de <mark>WMO</mark>, en (<mark>Toegang</mark>).',
    );
    expect(cleanExcerpt('<mark>budget&quot;;</mark> en <mark>&#x27;zorg&#x27;</mark>')).toBe(
      '<mark>budget</mark>&quot;; en &#x27;<mark>zorg</mark>&#x27;',
    );
    expect(cleanExcerpt('<mark>(bij)sturen</mark> en <mark>…</mark>')).toBe(
      '(<mark>bij)sturen</mark> en <mark>…</mark>',
    );
  });

  it('drops an addition cut off by the excerpt start', () => {
    expect(cleanExcerpt('werklozen loosheid⟧ 4,8 % en <mark>onderwijsachterstand</mark>')).toBe(
      '4,8 % en <mark>onderwijsachterstand</mark>',
    );
    expect(cleanExcerpt('loosheid⟧, daarna tekst')).toBe('daarna tekst');
  });

  it('drops the punctuation of the sentence before from the start, not a sign of what follows', () => {
    expect(cleanExcerpt('. Dit overleg betrof het <mark>rapport</mark>')).toBe(
      'Dit overleg betrof het <mark>rapport</mark>',
    );
    expect(cleanExcerpt('€ 12,4 mln in <mark>2021</mark>')).toBe('€ 12,4 mln in <mark>2021</mark>');
    expect(cleanExcerpt('(58,6 % tegenover')).toBe('(58,6 % tegenover');
  });

  it('removes additions from titles', () => {
    expect(stripAdded('Quick scan Visitatiecommissie ⟦commissie⟧')).toBe('Quick scan Visitatiecommissie');
    expect(stripAdded('Inkoop Wmo ⟦wet maatschappelijke ondersteuning⟧ en jeugd')).toBe('Inkoop Wmo en jeugd');
  });
});

describe('the terms search reads from the glossary (content/glossary/glossary.yaml)', () => {
  it('is valid and has the terms the search promises', () => {
    const list = loadTerms('content');
    const byId = (id: string) => list.find((t) => t.id === id)!;
    expect(byId('wmo').abbreviations).toContain('Wmo');
    expect(byId('participatiewet').abbreviations).toContain('P-wet');
    expect(byId('participatiewet').synonyms).toContain('bijstandswet');
    expect(byId('mo-bw').abbreviations).toContain('MO/BW');
    expect(byId('mo-bw').variants).toContain('beschermd wonen');
  });

  it('reports a broken list with the file, the entry and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    mkdirSync(join(dir, 'glossary'));
    writeFileSync(
      join(dir, 'glossary/glossary.yaml'),
      '- id: wmo\n  term: Wmo\n- id: wmo\n  term: ""\n  abbreviations: Wmo\n',
    );
    let error: unknown;
    try {
      loadTerms(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SearchDataError);
    const message = (error as Error).message;
    expect(message).toContain('glossary/glossary.yaml klopt niet');
    expect(message).toContain('1.term: verwacht de term voluit, maar het veld is leeg');
    expect(message).toContain('1.abbreviations: verwacht een lijst van afkortingen');
  });

  it('says so when the file is missing', () => {
    expect(() => loadTerms(mkdtempSync(join(tmpdir(), 'terms-')))).toThrow(
      /glossary\/glossary\.yaml klopt niet:\n {2}- het bestand ontbreekt/,
    );
  });

  it('refuses two terms with the same id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'terms-'));
    mkdirSync(join(dir, 'glossary'));
    writeFileSync(
      join(dir, 'glossary/glossary.yaml'),
      '- id: wmo\n  term: Wmo\n  definition: Een wet.\n- id: wmo\n  term: Wet maatschappelijke ondersteuning\n  definition: Een wet.\n',
    );
    expect(() => loadTerms(dir)).toThrow('1.id: id "wmo" komt twee keer voor');
  });
});

describe('the line under a search result', () => {
  it('says where and what, without naming the same thing twice', async () => {
    const { resultContext } = await import('../../src/lib/search/shared/results');
    expect(resultContext({ pageTitle: 'Tijdlijn', kind: 'Tijdlijn' }, true)).toBe('Tijdlijn');
    expect(resultContext({ pageTitle: 'Cijfers', kind: 'Cijfers' }, true)).toBe('Cijfers');
    expect(resultContext({ pageTitle: 'Grafiek X', kind: 'Grafiek' }, false)).toBe('Grafiek');
    expect(
      resultContext(
        { document: 'Quick scan VNG 2024', pageTitle: 'Quick scan update', kind: 'Quick scan', date: '30 april 2024' },
        true,
      ),
    ).toBe('Quick scan VNG 2024 › Quick scan update · Quick scan, 30 april 2024');
    expect(resultContext({ pageTitle: 'Sociale Visie 2040', kind: 'Visie', date: '2021' }, false)).toBe('Visie, 2021');
  });
});
