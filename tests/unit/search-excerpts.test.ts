/** Excerpts as readers see them: block separators tidied, cuts inside a sentence shown. */
import { describe, expect, it } from 'vitest';
import { cleanExcerpt, excerptCuts } from '../../src/lib/search/shared/text';
import { answerNote } from '../../src/lib/search/shared/results';

describe('block separators in an excerpt', () => {
  it('keeps a separator between blocks, drops it at either end and when doubled', () => {
    expect(cleanExcerpt('· Inkoop/aanbesteding Wmo en <mark>jeugd</mark> · In 2023 heeft · ·')).toBe(
      'Inkoop/aanbesteding Wmo en <mark>jeugd</mark> · In 2023 heeft',
    );
    expect(cleanExcerpt('Eenzaamheid · 50,3% · · 46,6%')).toBe('Eenzaamheid · 50,3% · 46,6%');
  });
});

describe('where Pagefind cut a sentence', () => {
  it('at the start when the excerpt opens on a small letter, at the end when it stops mid-sentence', () => {
    expect(excerptCuts('hoge beroep op zorg en')).toEqual({ start: true, end: true });
    expect(excerptCuts('In 2023 heeft de gemeente een plan vastgesteld.')).toEqual({ start: false, end: false });
    expect(excerptCuts('Wmo en jeugd · In 2023 heeft')).toEqual({ start: false, end: true });
    expect(excerptCuts('vastgesteld.’')).toEqual({ start: true, end: false });
    expect(excerptCuts('')).toEqual({ start: false, end: false });
  });
});

describe('a glossary term found under another word', () => {
  const answer = (title: string) => ({ title, definition: '', url: '/begrippen/#x', index: 0 });
  it('says so in the status when the term is not the word typed', () => {
    expect(answerNote('jeugdzorg', answer('jeugdhulp'))).toBe(
      ' Ook pagina’s met “jeugdhulp”: in de begrippenlijst hetzelfde begrip.',
    );
    expect(answerNote('KCC', answer('Klant Contact Centrum (KCC)'))).toBe('');
    expect(answerNote('P&C-cyclus', answer('P&C cyclus'))).toBe('');
    expect(answerNote('jeugdzorg', undefined)).toBe('');
  });
});
