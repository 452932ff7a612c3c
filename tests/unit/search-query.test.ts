import { describe, expect, it } from 'vitest';
import {
  normalizeQuery,
  pagefindFilters,
  paramsFromState,
  prepareQuery,
  queryWords,
  stateFromParams,
} from '../../src/lib/search/shared/query';
import {
  pageHit,
  rankedSections,
  resultCount,
  unmatchedWords,
  type PagefindResultData,
} from '../../src/lib/search/shared/results';
import { firstHit, sameSection, scores } from '../../src/lib/search/shared/quality';

describe('query preparation', () => {
  it('gives the words of a query without quotes or empty parts', () => {
    expect(queryWords('"vangnet trampoline"  wmo')).toEqual(['vangnet', 'trampoline', 'wmo']);
    expect(queryWords('')).toEqual([]);
  });

  it('tidies spacing and quotes and limits the length', () => {
    expect(normalizeQuery('  wijk   verpleging ')).toBe('wijk verpleging');
    expect(normalizeQuery('„eigen regie”')).toBe('"eigen regie"');
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(200);
  });

  it('drops Dutch function words, unless nothing else is left or the query is a quoted phrase', () => {
    expect(prepareQuery('wat doet de gemeente tegen armoede')).toBe('gemeente armoede');
    expect(prepareQuery('van de')).toBe('van de');
    expect(prepareQuery('"van vangnet naar trampoline"')).toBe('"van vangnet naar trampoline"');
  });
});

describe('the search in the URL', () => {
  it('round-trips query and filters, and ignores empty and unknown parameters', () => {
    const state = stateFromParams(new URLSearchParams('q=wmo+kosten&soort=Visie&thema=&foo=bar'));
    expect(state).toEqual({ q: 'wmo kosten', filters: { soort: 'Visie' } });
    expect(paramsFromState(state).toString()).toBe('q=wmo+kosten&soort=Visie');
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
    expect(pagefindFilters({ q: 'x', filters: { document: 'Sociale Visie 2040', voor: 'Inwoners' } })).toEqual({
      document: 'Sociale Visie 2040',
      voor: 'Inwoners',
    });
  });
});

describe('from Pagefind results to what the reader sees', () => {
  const data: PagefindResultData = {
    url: '/documenten/x/',
    excerpt: 'x',
    meta: {
      title: 'Quick scan Visitatiecommissie ⟦commissie⟧',
      document: 'Quick scan VNG 2024',
      soort: 'Quick scan',
      datum: '30 april 2024',
    },
    sub_results: [
      {
        title: 'Officiële tekst',
        url: '/documenten/x/#officiele-tekst',
        excerpt: 'eerste',
        weighted_locations: [{ weight: 1, balanced_score: 2, location: 1 }],
      },
      {
        title: 'Toegang',
        url: '/documenten/x/#toegang',
        excerpt: 'met zorgverzekeraars <mark>⟦verzekeraars⟧</mark>',
        weighted_locations: [{ weight: 1, balanced_score: 5, location: 9 }],
      },
      {
        title: 'Samenvatting redactie, geen officiële tekst',
        url: '/documenten/x/#samenvatting-redactie',
        excerpt: 'kort',
        locations: [],
      },
    ],
  };

  it('puts the best-matching section first and cleans titles and excerpts', () => {
    const hit = pageHit(data);
    expect(hit.pageTitle).toBe('Quick scan Visitatiecommissie');
    expect(hit.sections.map((s) => s.url)).toEqual([
      '/documenten/x/#toegang',
      '/documenten/x/#officiele-tekst',
      '/documenten/x/#samenvatting-redactie',
    ]);
    expect(hit.sections[0]!.excerptHtml).toBe('met <mark>zorgverzekeraars</mark>');
    expect(hit.sections[1]!.title).toBe('Quick scan Visitatiecommissie'); // "Officiële tekst" says nothing
    expect(hit.sections[2]!.title).toBe('Samenvatting (redactie)');
    expect([hit.document, hit.kind, hit.date]).toEqual(['Quick scan VNG 2024', 'Quick scan', '30 april 2024']);
    expect(rankedSections([hit], 1)).toEqual(['/documenten/x/#toegang']);
  });

  it('tells which query words no result matched, counting additions and endings', () => {
    const result = (content: string, locations: number[]): PagefindResultData => ({
      url: '/',
      excerpt: '',
      meta: {},
      sub_results: [],
      content,
      locations,
    });
    expect(unmatchedWords('vangnet mantelzorg', [result('het sociale vangnet blijft', [2])])).toEqual(['mantelzorg']);
    expect(unmatchedWords('verpleging', [result('op wijkverpleging ⟦verpleging⟧ 4,5%', [2])])).toEqual([]);
    expect(unmatchedWords('huisarts tekorten', [result('huisartsen en tekort', [0, 2])])).toEqual([]);
    // Pagefind's fallback to words that merely start alike is not a match.
    expect(unmatchedWords('eenzame', [result('een gezonde stad', [0])])).toEqual(['eenzame']);
    expect(unmatchedWords('wachtlijsten', [result('zij wachten, lang', [1])])).toEqual(['wachtlijsten']);
  });

  it('says counts in Dutch', () => {
    expect(resultCount(1)).toBe('1 resultaat');
    expect(resultCount(1234)).toBe('1.234 resultaten');
  });
});

describe('benchmark measures', () => {
  it('compares sections regardless of encoding, with * for any section of a page', () => {
    expect(sameSection('/d/r/#5-financi%C3%ABn', '/d/r/#5-financiën')).toBe(true);
    expect(sameSection('/d/r/#toegang', '/d/r/*')).toBe(true);
    expect(sameSection('/d/r/#toegang', '/d/r/')).toBe(false);
  });

  it('computes recall@k and MRR', () => {
    expect(firstHit(['/a/', '/b/#x', '/c/'], ['/c/', '/b/#x'])).toBe(2);
    expect(firstHit(['/a/'], ['/b/'])).toBeUndefined();
    const s = scores([1, 2, undefined, 6], 5);
    expect(s.recallAtK).toBe(0.5);
    expect(s.mrr).toBeCloseTo((1 + 0.5 + 0 + 1 / 6) / 4);
  });
});

describe('landing on the paragraph', () => {
  // Words: 0 Toegang | 1 De 2 wijkverpleging 3 ⟦verpleging⟧ 4 groeit. | 5 Meer 6 tekst
  const data: PagefindResultData = {
    url: '/doc/',
    excerpt: '',
    meta: { title: 'Doc' },
    content: 'Toegang De wijkverpleging ⟦verpleging⟧ groeit. Meer tekst',
    anchors: [
      { element: 'h2', id: 'toegang', text: 'Toegang', location: 0 },
      { element: 'p', id: 'alinea-1', location: 1 },
      { element: 'p', id: 'alinea-2', location: 5 },
    ],
    sub_results: [
      {
        title: 'Toegang',
        url: '/doc/#toegang',
        excerpt: '',
        locations: [3],
        anchor: { element: 'h2', id: 'toegang', text: 'Toegang', location: 0 },
      },
    ],
  };

  it('links to the paragraph of the first matched word and marks the word it belongs to', async () => {
    const { landing, withTextFragment } = await import('../../src/lib/search/shared/results');
    const hit = landing(data, data.sub_results[0]!);
    expect(hit).toEqual({ href: '/doc/#alinea-1', text: 'wijkverpleging groeit' });
    expect(withTextFragment(hit)).toBe('/doc/#alinea-1:~:text=wijkverpleging%20groeit');
  });

  it('links to the section when the words stand only in its heading', async () => {
    const { landing } = await import('../../src/lib/search/shared/results');
    expect(landing(data, { ...data.sub_results[0]!, locations: [0] })).toEqual({ href: '/doc/#toegang' });
  });
});
