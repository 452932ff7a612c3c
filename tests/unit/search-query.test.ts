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
        title: 'Samenvatting redactie, niet officieel',
        url: '/documenten/x/#samenvatting-redactie',
        excerpt: 'kort',
        locations: [],
      },
    ],
  };

  it('puts the best-matching section first and cleans titles and excerpts', () => {
    const hit = pageHit(data);
    expect(hit.pageTitle).toBe('Quick scan Visitatiecommissie');
    // The summary matches nothing (score 0, under a tenth of the best): no link of its own.
    expect(hit.sections.map((s) => s.url)).toEqual(['/documenten/x/#toegang', '/documenten/x/#officiele-tekst']);
    expect(hit.sections[0]!.excerptHtml).toBe('met <mark>zorgverzekeraars</mark>');
    expect(hit.sections[1]!.title).toBe('Quick scan Visitatiecommissie'); // "Officiële tekst" says nothing
    const withSummary = pageHit({
      ...data,
      sub_results: data.sub_results.map((s) =>
        s.url.endsWith('#samenvatting-redactie')
          ? { ...s, weighted_locations: [{ weight: 1, balanced_score: 1, location: 12 }] }
          : s,
      ),
    });
    expect(withSummary.sections[2]!.title).toBe('Samenvatting (redactie)');
    expect([hit.document, hit.kind, hit.date]).toEqual(['Quick scan VNG 2024', 'Quick scan', '30 april 2024']);
    expect(rankedSections([hit], 1)).toEqual(['/documenten/x/#toegang']);
  });

  it('shows a page’s own excerpt (its meta) when its best section holds only its heading', () => {
    const finding: PagefindResultData = {
      url: '/bevindingen/toegang/',
      excerpt: '<mark>Toegang</mark>',
      meta: {
        title: 'Toegang',
        soort: 'Bevinding quick scan',
        uittreksel: 'Oordeel: Deels. Uit de brief: “De toegang <is> beter.”',
      },
      sub_results: [
        { title: 'Toegang', url: '/bevindingen/toegang/', excerpt: '<mark>Toegang</mark>', locations: [0] },
      ],
    };
    expect(pageHit(finding, 3, 'toegang').sections[0]!.excerptHtml).toBe(
      'Oordeel: Deels. Uit de brief: “De <mark>toegang</mark> &lt;is&gt; beter.”',
    );
    // A section with text of its own keeps Pagefind's excerpt.
    const withText = { ...finding.sub_results[0]!, excerpt: '<mark>Toegang</mark> tot zorg' };
    expect(pageHit({ ...finding, sub_results: [withText] }, 3, 'toegang').sections[0]!.excerptHtml).toBe(
      '<mark>Toegang</mark> tot zorg',
    );
    // Without an excerpt of its own the page keeps the heading.
    const { uittreksel: _, ...meta } = finding.meta;
    expect(pageHit({ ...finding, meta }, 3, 'toegang').sections[0]!.excerptHtml).toBe('<mark>Toegang</mark>');
  });

  it('shows the excerpt of the paragraph a title-only section links to, and that section once', () => {
    const chapter: PagefindResultData = {
      url: '/visie/bestaanszekerheid/',
      excerpt: '',
      meta: { title: '3.1 Bestaanszekerheid voor iedereen', soort: 'Visie' },
      content: '3.1 Bestaanszekerheid voor iedereen Officiële tekst streven we naar bestaanszekerheid. Want',
      anchors: [
        { element: 'h2', id: 'officiele-tekst', text: 'Officiële tekst', location: 4 },
        { element: 'p', id: 'alinea-1', text: 'streven we naar bestaanszekerheid. Want', location: 6 },
      ],
      sub_results: [
        {
          title: '3.1 Bestaanszekerheid voor iedereen',
          url: '/visie/bestaanszekerheid/',
          excerpt: '3.1 <mark>Bestaanszekerheid</mark> voor iedereen',
          locations: [1],
          weighted_locations: [{ weight: 7, balanced_score: 9, location: 1 }],
        },
        {
          title: 'Officiële tekst',
          url: '/visie/bestaanszekerheid/#officiele-tekst',
          anchor: { element: 'h2', id: 'officiele-tekst', text: 'Officiële tekst', location: 4 },
          excerpt: 'streven we naar <mark>bestaanszekerheid.</mark> Want',
          locations: [9],
          weighted_locations: [{ weight: 1, balanced_score: 1, location: 9 }],
        },
      ],
    };
    const hit = pageHit(chapter, 3, 'bestaanszekerheid');
    expect(hit.sections).toHaveLength(1);
    expect(hit.sections[0]!.excerptHtml).toBe('streven we naar <mark>bestaanszekerheid</mark>. Want');
    expect(hit.sections[0]!.href).not.toBe(chapter.url);
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
    // A typo is not an ending: “jeugdzrg” is not found in “Jeugd” (so the page corrects it to “jeugdzorg”).
    expect(unmatchedWords('jeugdzrg', [result('Wmo en Jeugd', [2])])).toEqual(['jeugdzrg']);
    expect(unmatchedWords('diensten', [result('de dienst', [1])])).toEqual([]);
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
    // “De” before it, as a prefix: the fragment marks this place, not an earlier “wijkverpleging”.
    expect(hit).toEqual({ href: '/doc/#alinea-1', text: 'wijkverpleging groeit', prefix: 'De' });
    expect(withTextFragment(hit)).toBe('/doc/#alinea-1:~:text=De-,wijkverpleging%20groeit');
    expect(withTextFragment({ href: '/d/#alinea-2', text: 'sociaal-domein', prefix: 'het' })).toBe(
      '/d/#alinea-2:~:text=het-,sociaal%2Ddomein',
    );
  });

  it('marks no word that began in the next inline element (glued to an addition)', async () => {
    const { landing } = await import('../../src/lib/search/shared/results');
    const signed: PagefindResultData = {
      ...data,
      content: 'Toegang Jeroen Hoenderkamp ⟦kamp⟧Wethouder WMO',
      anchors: [
        { element: 'h2', id: 'toegang', text: 'Toegang', location: 0 },
        { element: 'div', id: 'ondertekening', text: '', location: 1 },
      ],
    };
    expect(landing(signed, { ...data.sub_results[0]!, locations: [2] })).toEqual({
      href: '/doc/#ondertekening',
      text: 'Hoenderkamp',
      prefix: 'Jeroen',
    });
  });

  it('links to the section when the words stand only in its heading', async () => {
    const { landing } = await import('../../src/lib/search/shared/results');
    expect(landing(data, { ...data.sub_results[0]!, locations: [0] })).toEqual({ href: '/doc/#toegang' });
  });
});

describe('the passage where the words stand together', () => {
  /** A section at a heading, with its matched word positions, each scoring the same. */
  const section = (title: string, id: string, at: number, locations: number[], score: number) => ({
    title,
    url: `/doc/#${id}`,
    excerpt: '',
    weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: score, location })),
    anchor: { element: 'h2', id, text: title, location: at },
  });
  // Words: 0 Inleiding | 1 De 2 uitwerking 3 vindt 4 later 5 plaats. | 6 uit 7 Stadsdialoog 8 Maastricht
  // (a pull quote, no id) | 9 Voetnoten | 10 Signalen 11 uit 12 de 13 stadsdialogen 14 die 15 plaatsvonden
  // | 16 Bron
  const content =
    'Inleiding De uitwerking vindt later plaats. uit Stadsdialoog Maastricht Voetnoten Signalen uit de stadsdialogen die plaatsvonden Bron';
  const data: PagefindResultData = {
    url: '/doc/',
    excerpt: '',
    meta: { title: 'Doc' },
    content,
    locations: [5, 7, 13, 15],
    anchors: [
      { element: 'h2', id: 'inleiding', text: 'Inleiding', location: 0 },
      { element: 'p', id: 'alinea-1', text: 'De uitwerking vindt later plaats. ¶Citeer deze alinea: Doc', location: 1 },
      { element: 'h2', id: 'footnote-label', text: 'Voetnoten', location: 9 },
      { element: 'li', id: 'user-content-fn-4', text: '', location: 10 },
      { element: 'li', id: 'user-content-fn-5', text: '', location: 16 },
    ],
    sub_results: [
      section('Inleiding', 'inleiding', 0, [5, 7], 30),
      section('Voetnoten', 'footnote-label', 9, [13, 15], 10),
    ],
  };
  const query = 'stadsdialoog plaats';

  it('counts the query words that stand in one block; a pull quote without an id is not part of the paragraph before it', async () => {
    const { wordsTogether, wordKeys } = await import('../../src/lib/search/shared/results');
    expect(wordKeys('stadsdialoog plaats')).toEqual(['stadsdial', 'plaat']); // endings off, at least five letters
    expect(wordsTogether(data, query)).toBe(2); // the footnote holds both
    expect(wordsTogether({ ...data, locations: [5, 7] }, query)).toBe(1); // ¶1 and the pull quote apart
  });

  it('puts the section with the most query words first, and lands on the footnote that holds them', () => {
    const hit = pageHit(data, 3, query);
    expect(hit.sections[0]!.url).toBe('/doc/#footnote-label');
    expect(hit.sections[0]!.href).toBe('/doc/#user-content-fn-4');
    expect(hit.sections[0]!.text).toBe('stadsdialogen die plaatsvonden');
    // Without the query: by score, as before.
    expect(pageHit(data).sections[0]!.url).toBe('/doc/#inleiding');
  });

  it('puts the loaded results whose words stand together first, in Pagefind order otherwise', async () => {
    const { togetherFirst } = await import('../../src/lib/search/shared/search');
    const scattered: PagefindResultData = { ...data, url: '/a/', locations: [5, 7] };
    const together: PagefindResultData = { ...data, url: '/b/' };
    const none: PagefindResultData = { ...data, url: '/c/', locations: [] };
    const r = togetherFirst(['a', 'b', 'c', 'd'], [scattered, together, none], query);
    expect(r.hits).toEqual(['b', 'a', 'c', 'd']);
    expect(r.data.map((d) => d.url)).toEqual(['/b/', '/a/', '/c/']);
    // One word: nothing to keep together.
    expect(togetherFirst(['a', 'b'], [scattered, together], 'plaats').hits).toEqual(['a', 'b']);
  });
});
