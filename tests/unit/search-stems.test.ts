import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { pagefindStems } from '../../src/lib/search/indexer/stems';

/**
 * Pagefind's own Dutch stems, read back from an index of its own (the index step adds a compound's
 * first part when its stem does not start the compound's stem). When Pagefind changes its stemmer or
 * its index format, this says so before the search quietly loses compounds.
 */
describe('pagefindStems', () => {
  afterAll(() => pagefind.close());

  it('reads the stems Pagefind stores, diacritics included', async () => {
    const stems = await pagefindStems([
      'visitatie',
      'visitatiecommissie',
      'wijk',
      'wijkverpleging',
      'zorgcontinuïteit',
      'Hoofdletter',
      'met-streepje',
    ]);
    expect(stems.get('visitatie')).toBe('visiteer');
    expect(stems.get('visitatiecommissie')).toBe('visitatiecommissie');
    expect(stems.get('wijk')).toBe('wijk');
    expect(stems.get('wijkverpleging')).toBe('wijkverpleeg');
    expect(stems.get('zorgcontinuïteit')).toMatch(/^zorgcontinu/);
    // Only lower-case words of letters are asked (the parts and words the index step splits).
    expect(stems.has('Hoofdletter') || stems.has('met-streepje')).toBe(false);
  });

  it('shows the gap it closes: a first part whose stem does not start the compound’s', async () => {
    const stems = await pagefindStems(['participatie', 'participatiewet', 'zorg', 'zorgkosten']);
    expect(stems.get('participatiewet')!.startsWith(stems.get('participatie')!)).toBe(false);
    expect(stems.get('zorgkosten')!.startsWith(stems.get('zorg')!)).toBe(true);
  });
});
