import { describe, expect, it } from 'vitest';
import { baseForms } from '../../src/lib/search/shared/query';
import { searchDutch, type Hit, type SearchEngine } from '../../src/lib/search/shared/search';
import { parseVocabulary, type Vocabulary } from '../../src/lib/search/shared/typos';
import type { PagefindResultData } from '../../src/lib/search/shared/results';

describe('baseForms', () => {
  it('undoes the Dutch spelling changes that prefix matching cannot bridge', () => {
    expect(baseForms('eenzame')).toEqual(['eenzaam']);
    expect(baseForms('grote')).toEqual(['groot']);
    expect(baseForms('bomen')).toEqual(['boom']);
    expect(baseForms('actieve')).toEqual(['actief']);
    expect(baseForms('huizen')).toEqual(['huis']);
    expect(baseForms('katten')).toEqual(['kat']);
    expect(baseForms('essentiële')).toEqual(['essentieel']);
  });

  it('leaves words alone that have no such ending', () => {
    expect(baseForms('zorg')).toEqual([]);
    expect(baseForms('eenzaam')).toEqual([]);
    expect(baseForms('gemeenten')).toEqual([]);
  });
});

/** A fake index: the words each query finds, as Pagefind reports matched words (one page per query, or the pages given). */
function fakeSearch(found: Record<string, string[] | Record<string, string[]>>, vocabulary?: Vocabulary) {
  const calls: string[] = [];
  const engine: SearchEngine = {
    async search(query) {
      calls.push(query);
      const entry = found[query] ?? [];
      const pages: Record<string, string[]> = Array.isArray(entry) ? (entry.length ? { '/a/': entry } : {}) : entry;
      return Object.entries(pages).map(([url, words], i): Hit => ({
        id: url,
        score: 1 - i / 10,
        data: async (): Promise<PagefindResultData> => ({
          url,
          excerpt: '',
          meta: {},
          sub_results: [],
          content: words.join(' '),
          locations: words.map((_, k) => k),
        }),
      }));
    },
    ...(vocabulary ? { vocabulary: async () => vocabulary } : {}),
  };
  return { search: engine, calls };
}

describe('searchDutch', () => {
  it('searches once when every word is found, without function words', async () => {
    const { search, calls } = fakeSearch({ 'gemeente armoede': ['gemeente', 'armoede'] });
    const r = await searchDutch('wat doet de gemeente aan armoede', search);
    expect(calls).toEqual(['gemeente armoede']);
    expect(r).toMatchObject({ query: 'gemeente armoede', replaced: [], missing: [] });
  });

  it('sets question words and common verbs aside', async () => {
    const { search, calls } = fakeSearch({ stadsdialoog: ['stadsdialoog'] });
    await searchDutch('wanneer vond de stadsdialoog', search);
    expect(calls[0]).toBe('stadsdialoog');
  });

  it('retries a word that found nothing in its base form, and keeps the retry when it finds more', async () => {
    const { search, calls } = fakeSearch({ eenzame: ['een'], eenzaam: ['eenzaam'] });
    const r = await searchDutch('eenzame', search);
    expect(calls).toEqual(['eenzame', 'eenzaam']);
    expect(r).toMatchObject({ query: 'eenzaam', replaced: [['eenzame', 'eenzaam']], missing: [] });
  });

  it('keeps the first search when the base form does not help', async () => {
    const { search } = fakeSearch({ 'vangnet bomen': ['vangnet'], 'vangnet boom': ['vangnet'] });
    const r = await searchDutch('vangnet bomen', search);
    expect(r).toMatchObject({ query: 'vangnet bomen', replaced: [], missing: ['bomen'] });
  });
});

describe('searchDutch with typos', () => {
  const vocabulary = parseVocabulary({ words: ['informatieronde', 'informatie', 'ronde'], counts: [10, 40, 5] });

  it('searches for the closest word of the vocabulary and says which word it used', async () => {
    const { search, calls } = fakeSearch({ informatieronde: ['informatieronde'] }, vocabulary);
    const r = await searchDutch('informatiernode', search);
    expect(calls[0]).toBe('informatiernode');
    expect(calls.at(-1)).toBe('informatieronde');
    expect(r).toMatchObject({
      query: 'informatieronde',
      corrected: [['informatiernode', 'informatieronde']],
      missing: [],
    });
  });

  it('searches the words as typed when asked (the link “Zoek toch op …”)', async () => {
    const { search, calls } = fakeSearch({ informatieronde: ['informatieronde'] }, vocabulary);
    const r = await searchDutch('informatiernode', search, { exact: true });
    expect(calls).not.toContain('informatieronde');
    expect(r.corrected).toEqual([]);
  });
});

describe('searchDutch with words that find nothing together', () => {
  it('leaves out a word that finds nothing real on its own and searches for the others', async () => {
    // "mantelzorg" alone only finds a look-alike ("maatschappelijke"); together nothing.
    const { search, calls } = fakeSearch({ vangnet: ['vangnet'], mantelzorg: ['maatschappelijke'] });
    const r = await searchDutch('vangnet mantelzorg', search);
    expect(calls).toEqual(['vangnet mantelzorg', 'vangnet', 'mantelzorg']);
    expect(r).toMatchObject({ query: 'vangnet', dropped: ['mantelzorg'], missing: [], partial: false });
    expect(r.hits).toHaveLength(1);
  });

  it('ranks pages by how many of the words they hold, the rarer word first, when no page holds all', async () => {
    const { search } = fakeSearch({
      stadsdialoog: { '/visie/': ['stadsdialoog'] },
      plaats: { '/a/': ['plaats'], '/b/': ['plaats'], '/c/': ['plaats'], '/d/': ['plaats'] },
      bijeenkomst: { '/b/': ['bijeenkomst'] },
    });
    const r = await searchDutch('stadsdialoog plaats bijeenkomst', search);
    expect(r.partial).toBe(true);
    expect(r.hits.map((h) => h.id)).toEqual(['/b/', '/visie/', '/a/', '/c/', '/d/']);
    expect(r.hits[0]?.matched).toEqual(['bijeenkomst', 'plaats']);
    expect(r.hits[1]?.matched).toEqual(['stadsdialoog']);
  });

  it('does not take quoted phrases apart', async () => {
    const { search, calls } = fakeSearch({ vangnet: ['vangnet'] });
    const r = await searchDutch('"vangnet mantelzorg"', search);
    expect(calls).toHaveLength(1);
    expect(r.dropped).toEqual([]);
  });
});

describe('sources before the glossary', () => {
  it('moves glossary records behind the first two other results, then one between each two others', async () => {
    const { sourcesFirst } = await import('../../src/lib/search/shared/search');
    const d = (url: string, soort?: string): PagefindResultData => ({
      url,
      excerpt: '',
      meta: soort ? { soort } : {},
      sub_results: [],
    });
    const data = [d('/begrippen/#a', 'Begrip'), d('/doc/1/'), d('/begrippen/#b', 'Begrip'), d('/doc/2/'), d('/doc/3/')];
    const r = sourcesFirst(data.map((x) => x.url).concat(['/later/']), data);
    expect(r.data.map((x) => x.url)).toEqual(['/doc/1/', '/doc/2/', '/begrippen/#a', '/doc/3/', '/begrippen/#b']);
    expect(r.hits.at(-1)).toBe('/later/');
  });
});
