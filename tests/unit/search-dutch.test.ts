import { describe, expect, it } from 'vitest';
import { baseForms } from '../../src/lib/search/shared/query';
import { searchDutch, type SearchRun } from '../../src/lib/search/shared/search';
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

/** A fake index: the words each query finds, as Pagefind reports matched words. */
function fakeSearch(found: Record<string, string[]>) {
  const calls: string[] = [];
  const search = async (query: string): Promise<SearchRun<null>> => {
    calls.push(query);
    const words = found[query] ?? [];
    const data: PagefindResultData[] = words.length
      ? [{ url: '/a/', excerpt: '', meta: {}, sub_results: [], content: words.join(' '), locations: words.map((_, i) => i) }]
      : [];
    return { total: data.length, data, raw: null };
  };
  return { search, calls };
}

describe('searchDutch', () => {
  it('searches once when every word is found, without function words', async () => {
    const { search, calls } = fakeSearch({ 'gemeente armoede': ['gemeente', 'armoede'] });
    const r = await searchDutch('wat doet de gemeente aan armoede', search);
    expect(calls).toEqual(['gemeente armoede']);
    expect(r).toMatchObject({ query: 'gemeente armoede', replaced: [], missing: [] });
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

describe('searchDutch with words that find nothing together', () => {
  it('leaves out a word that finds nothing real on its own and searches for the others', async () => {
    // "mantelzorg" alone only finds a look-alike ("maatschappelijke"); together nothing.
    const { search, calls } = fakeSearch({ vangnet: ['vangnet'], mantelzorg: ['maatschappelijke'] });
    const r = await searchDutch('vangnet mantelzorg', search);
    expect(calls).toEqual(['vangnet mantelzorg', 'vangnet', 'mantelzorg', 'vangnet']);
    expect(r).toMatchObject({ query: 'vangnet', dropped: ['mantelzorg'], missing: [] });
    expect(r.run.total).toBe(1);
  });

  it('keeps the empty result when every word finds something on its own', async () => {
    const { search } = fakeSearch({ vangnet: ['vangnet'], trampoline: ['trampoline'] });
    const r = await searchDutch('vangnet trampoline', search);
    expect(r).toMatchObject({ query: 'vangnet trampoline', dropped: [] });
    expect(r.run.total).toBe(0);
  });

  it('does not take quoted phrases apart', async () => {
    const { search, calls } = fakeSearch({ vangnet: ['vangnet'] });
    const r = await searchDutch('"vangnet mantelzorg"', search);
    expect(calls).toHaveLength(1);
    expect(r.dropped).toEqual([]);
  });
});
