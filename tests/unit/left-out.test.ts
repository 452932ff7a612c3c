import { describe, expect, it } from 'vitest';
import { letterheadDate, mergeCaseVariants } from '../../src/lib/left-out';

describe('dates left off the timeline, as /tijdlijn/ shows them', () => {
  it('undoes a two-column letterhead run together by the PDF extraction', () => {
    expect(letterheadDate('Datum Betreft 30 april 2024 Quick scan update bevindingen Visitatiecommissie')).toBe(
      'Datum 30 april 2024',
    );
    expect(letterheadDate('Datum Ons kenmerk 7 juli 2021 ABC')).toBe('Datum 7 juli 2021');
  });

  it('leaves a letterhead line that already reads right, and anything else, as it is', () => {
    expect(letterheadDate('Datum 7 juli 2021')).toBe('Datum 7 juli 2021');
    expect(letterheadDate('Postbus 1992')).toBe('Postbus 1992');
    expect(letterheadDate('Datum en plaats onbekend')).toBe('Datum en plaats onbekend');
  });

  it('lists a name once when the sources write it in two cases, with the same reason', () => {
    const reason = 'De naam van de visie.';
    const names = [
      { id: 'a', quote: 'Sociale Visie 2040', reason, event: { id: 'horizon-2040' } },
      { id: 'b', quote: 'sociale visie 2040', reason, event: { id: 'horizon-2040' } },
      { id: 'c', quote: 'WMO 2015', reason: 'De naam van de wet.' },
    ];
    expect(mergeCaseVariants(names).map((n) => n.id)).toEqual(['a', 'c']);
  });

  it('keeps names apart that differ in more than case, or whose reasons differ', () => {
    const names = [
      { id: 'a', quote: 'begroting 2024', reason: 'Eén reden.' },
      { id: 'b', quote: 'Begroting 2024', reason: 'Een andere reden.' },
      { id: 'c', quote: 'begroting 2025', reason: 'Eén reden.' },
    ];
    expect(mergeCaseVariants(names).map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});
