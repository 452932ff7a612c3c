import { describe, expect, it } from 'vitest';
import {
  countWords,
  firstSentence,
  formatDate,
  formatReadingTime,
  joinNl,
  countNl,
  numberRanges,
  readingMinutes,
} from '../../src/lib/format';
import { figureText, indicatorLine, rowLabel } from '../../src/lib/indicator-values';

describe('formatDate', () => {
  it('writes dates the Dutch way, as precise as the source', () => {
    expect(formatDate({ iso: '2021-07-21', precision: 'day', year: 2021, month: 7, day: 21 })).toBe('21 juli 2021');
    expect(formatDate({ iso: '2021-06', precision: 'month', year: 2021, month: 6 })).toBe('juni 2021');
    expect(formatDate({ iso: '2021', precision: 'year', year: 2021 })).toBe('2021');
    expect(formatDate({ iso: '2024-04-01', precision: 'day', year: 2024, month: 4, day: 1 })).toBe('1 april 2024');
  });
});

describe('reading time', () => {
  it('counts words, including numbers and words with hyphens or apostrophes', () => {
    // 2019/2020 counts as two words, as a reader reads it.
    expect(countWords('Het tekort van € 22,6 mln in 2019/2020 is kosten-batenanalyses thema’s.')).toBe(11);
  });

  it('rounds to whole minutes at 200 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(301)).toBe(2);
    expect(readingMinutes(2000)).toBe(10);
  });

  it('says minuut or minuten', () => {
    expect(formatReadingTime(1)).toBe('1\u00a0minuut leestijd');
    expect(formatReadingTime(7)).toBe('7\u00a0minuten leestijd');
  });
});

describe('joinNl', () => {
  it('joins with commas and "en"', () => {
    expect(joinNl([])).toBe('');
    expect(joinNl(['inwoners'])).toBe('inwoners');
    expect(joinNl(['inwoners', 'raadsleden', 'medewerkers'])).toBe('inwoners, raadsleden en medewerkers');
  });
});

describe('formatDate with a quarter', () => {
  it('says "derde kwartaal 2024"', async () => {
    const { formatDate: f, dateTimeAttr, dateSortKey } = await import('../../src/lib/format');
    const q3 = { iso: '2024-Q3', precision: 'quarter' as const, year: 2024, quarter: 3 };
    expect(f(q3)).toBe('derde kwartaal 2024');
    expect(f({ ...q3, iso: '2024-Q1', quarter: 1 })).toBe('eerste kwartaal 2024');
    expect(dateTimeAttr(q3)).toBe('2024');
    expect(dateSortKey(q3) > dateSortKey({ iso: '2024-06', precision: 'month', year: 2024, month: 6 })).toBe(true);
    expect(dateSortKey(q3) < dateSortKey({ iso: '2024-07-01', precision: 'day', year: 2024, month: 7, day: 1 })).toBe(
      true,
    );
  });
});

describe('indicator lines (no label said twice)', () => {
  it('a value label that names the indicator replaces it', () => {
    expect(rowLabel('Frictiekosten', 'Eventuele frictiekosten')).toBe('Eventuele frictiekosten');
    expect(rowLabel('Tekort', 'Maastricht')).toBe('Tekort: Maastricht');
    expect(rowLabel('Tekort')).toBe('Tekort');
  });

  it('a single value with such a label takes the line’s label; several values keep the indicator', () => {
    expect(
      indicatorLine(
        'Frictiekosten',
        [{ label: 'Eventuele frictiekosten', value: null, note: 'nog niet gekwantificeerd' }],
        'euro-mln',
      ),
    ).toEqual({ label: 'Eventuele frictiekosten', text: 'nog niet gekwantificeerd' });
    expect(
      indicatorLine(
        'Afdelingen van het Domein Sociaal sinds 1 juli 2023',
        [{ label: 'Afdelingen', period: '2023', value: 4 }],
        'aantal',
      ),
    ).toEqual({ label: 'Afdelingen van het Domein Sociaal sinds 1 juli 2023', text: '4 (2023)' });
    expect(
      indicatorLine(
        'Tekort',
        [
          { value: 22.6, period: '2019/2020' },
          { value: 12.4, period: '2021/2023' },
        ],
        'euro-mln',
      ),
    ).toEqual({ label: 'Tekort', text: '€\u00a022,6\u00a0mln (2019/2020); €\u00a012,4\u00a0mln (2021/2023)' });
  });
});

describe('a figure with the words the source puts after it', () => {
  it('reads “10 % van de totale kosten …”, not the words as the figure’s name', () => {
    expect(figureText({ value: 10, after: 'van de totale kosten van het Uitvoeringsplan' }, 'procent')).toBe(
      '10\u00a0% van de totale kosten van het Uitvoeringsplan',
    );
    expect(figureText({ value: 3.4, after: 'hoger dan het landelijk gemiddelde' }, 'procent')).toBe(
      '3,4\u00a0% hoger dan het landelijk gemiddelde',
    );
    expect(figureText({ value: 4 }, 'aantal')).toBe('4');
  });

  it('keeps the words in a dossier’s line, after the figure', () => {
    expect(
      indicatorLine(
        'Post ‘onvoorzien’ binnen het gevraagde budget',
        [{ value: 10, after: 'van de totale kosten van het Uitvoeringsplan' }],
        'procent',
      ),
    ).toEqual({
      label: 'Post ‘onvoorzien’ binnen het gevraagde budget',
      text: '10\u00a0% van de totale kosten van het Uitvoeringsplan',
    });
  });
});

describe('numberRanges', () => {
  const ranges = (text: string) =>
    numberRanges(text)
      .filter((r) => r.range)
      .map((r) => r.text);

  it('finds year ranges and numbers with a hyphen or an en dash', () => {
    expect(ranges('Raadsvoorstel 65-2021: Budget Uitvoeringsplan Duurzaam Sociaal Domein 2021-2022')).toEqual([
      '65-2021',
      '2021-2022',
    ]);
    expect(ranges('Hoofdlijnenakkoord 2018–2022')).toEqual(['2018–2022']);
    expect(ranges('Percentage ouderen van 65-80 jaar')).toEqual(['65-80']);
    expect(ranges('1-2-3')).toEqual(['1-2-3']);
  });

  it('leaves words with a hyphen, single numbers and a dash between spaces alone', () => {
    expect(ranges('P&C-cyclus, B en W-besluit, 2021 - 2022, 3.1 Bestaanszekerheid, 2040-visie')).toEqual([]);
  });

  it('keeps every character, in order', () => {
    for (const t of ['65-2021', 'Raadsvoorstel 65-2021', '2021-2022 en 2023-2026.', 'Geen bereik', '']) {
      expect(
        numberRanges(t)
          .map((r) => r.text)
          .join(''),
      ).toBe(t);
      expect(numberRanges(t).every((r) => r.text.length > 0)).toBe(true);
    }
  });
});

describe('firstSentence', () => {
  it('ends at a full stop before a capital, not at an abbreviation before a small letter', () => {
    expect(firstSentence('Het college vraagt € 430.000. Van de € 0,75 mln. is nog € 0,43 mln. nodig.')).toBe(
      'Het college vraagt € 430.000.',
    );
    expect(firstSentence('Is er nog € 0,43 mln. nodig? Ja.')).toBe('Is er nog € 0,43 mln. nodig?');
    expect(firstSentence('De visie noemt ‘trampoline’. ‘Vangnet’ ook.')).toBe('De visie noemt ‘trampoline’.');
  });

  it('gives a text of one sentence whole', () => {
    expect(firstSentence(' Eén zin zonder einde ')).toBe('Eén zin zonder einde');
    expect(firstSentence('Eén zin.')).toBe('Eén zin.');
  });
});

describe('countNl', () => {
  it('writes a count up to twelve as a word, larger ones in figures', () => {
    expect([1, 5, 6, 12, 13].map(countNl)).toEqual(['één', 'vijf', 'zes', 'twaalf', '13']);
  });
});
