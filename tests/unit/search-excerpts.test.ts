/** Excerpts as readers see them: block separators tidied, cuts inside a sentence shown. */
import { describe, expect, it } from 'vitest';
import { cleanExcerpt, excerptCuts } from '../../src/lib/search/shared/text';

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
