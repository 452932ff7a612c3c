import { describe, expect, it } from 'vitest';
import {
  compoundOf,
  correction,
  dutchKey,
  parseVocabulary,
  partStems,
  wordDistance,
} from '../../src/lib/search/shared/typos';
import { indexedText, VocabularyCounter } from '../../src/lib/search/indexer/vocabulary';

const vocabulary = parseVocabulary({
  words: [
    'informatie',
    'informatieronde',
    'hoenderkamp',
    'spinnenweb',
    'wijkverpleging',
    'inwerkprogramma',
    'vroegsignalering',
    'verpleging',
    'ondermijning',
    'overgewicht',
    'stad',
    'staat',
  ],
  counts: [50, 10, 5, 2, 3, 1, 2, 3, 1, 2, 30, 20],
});

describe('Dutch-aware edit distance', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(wordDistance('informatiernode', 'informatieronde')).toBe(1);
  });

  it('counts what Dutch spelling confuses as half an edit', () => {
    expect(dutchKey('hoenderkaamp')).toBe(dutchKey('hoenderkamp'));
    expect(wordDistance('hoenderkaamp', 'hoenderkamp')).toBe(0.5);
    expect(wordDistance('ondermeining', 'ondermijning')).toBe(0.5);
    expect(wordDistance('overgewigt', 'overgewicht')).toBe(0.5);
    expect(wordDistance('woningmarkd', 'woningmarkt')).toBe(0.5);
    expect(wordDistance('spinneweb', 'spinnenweb')).toBe(1);
  });
});

describe('correction', () => {
  it('finds the closest word of the vocabulary', () => {
    expect(correction('informatiernode', vocabulary)).toBe('informatieronde');
    expect(correction('hoenderkaamp', vocabulary)).toBe('hoenderkamp');
    expect(correction('spinneweb', vocabulary)).toBe('spinnenweb');
    expect(correction('ondermeining', vocabulary)).toBe('ondermijning');
  });

  it('leaves short words, known words and far words alone', () => {
    expect(correction('stat', vocabulary)).toBeUndefined();
    expect(correction('informatie', vocabulary)).toBeUndefined();
    expect(correction('trampoline', vocabulary)).toBeUndefined();
  });
});

describe('compounds typed apart', () => {
  it('finds the compound in either order and with a part in another form', () => {
    expect(compoundOf('verpleging', 'wijk', vocabulary)).toBe('wijkverpleging');
    expect(compoundOf('wijken', 'verplegen', vocabulary)).toBe('wijkverpleging');
    expect(compoundOf('inwerken', 'programma', vocabulary)).toBe('inwerkprogramma');
    expect(compoundOf('signaleren', 'vroeg', vocabulary)).toBe('vroegsignalering');
    expect(compoundOf('stad', 'programma', vocabulary)).toBeUndefined();
  });

  it('strips endings of typed parts', () => {
    expect(partStems('wijken')).toEqual(['wijken', 'wijk']);
    expect(partStems('ramingen')).toContain('raming');
  });
});

describe('the vocabulary written at build time', () => {
  it('counts only what Pagefind indexes, additions included', () => {
    const html =
      '<html><body><nav>menu menu</nav><main data-pagefind-body><h1>Wijkverpleging ⟦verpleging⟧</h1><div data-pagefind-ignore>verborgen</div><p>wijkverpleging<br>groeit</p><script>code()</script></main><footer>voet</footer></body></html>';
    expect(indexedText(html)).not.toMatch(/menu|verborgen|voet|code/);
    const counter = new VocabularyCounter();
    counter.add(html);
    expect(Object.fromEntries(counter.counts)).toEqual({ wijkverpleging: 2, verpleging: 1, groeit: 1 });
    expect(JSON.parse(counter.toString())).toEqual({
      words: ['wijkverpleging', 'groeit', 'verpleging'],
      counts: [2, 1, 1],
    });
  });
});
