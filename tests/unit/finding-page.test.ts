import { describe, expect, it } from 'vitest';
import { assessment2024, findingSearchExcerpt } from '../../src/lib/finding-page';

describe('the 2024 section of a finding page', () => {
  it('leaves out the sentence that stands under Status and says so before the other quotes', () => {
    expect(assessment2024({ assessment2024: ['A.', 'B.'], justification: 'A.' })).toEqual({
      statusIntro: 'Het oordeel van de brief in 2024, waarop de redactie dit label baseert:',
      intro: 'Naast de zin onder Status, hierboven, zegt de brief:',
      quotes: ['B.'],
    });
  });

  it('has no section when that sentence was the only 2024 quote, and says under Status that it is the 2024 judgement', () => {
    // The section held only "Het oordeel staat in de zin onder Status, hierboven.": a heading with nothing under it.
    expect(assessment2024({ assessment2024: ['A.'], justification: 'A.' })).toEqual({
      statusIntro: 'Het oordeel van de brief in 2024, waarop de redactie dit label baseert:',
      quotes: [],
    });
  });

  it('shows every quote, without an introduction, when the label rests on another sentence', () => {
    expect(assessment2024({ assessment2024: ['A.', 'B.'], justification: 'C.' })).toEqual({
      statusIntro: 'De redactie baseert dit label op deze zin uit de brief:',
      quotes: ['A.', 'B.'],
    });
  });
});

describe('the search excerpt of a finding page', () => {
  it('names the label as the editors’ and quotes the sentence it rests on', () => {
    expect(findingSearchExcerpt({ status: 'deels', justification: 'Er zijn stappen gezet.' })).toBe(
      'Oordeel van de redactie: Deels. Uit de brief: “Er zijn stappen gezet.”',
    );
  });
});
