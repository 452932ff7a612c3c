import { describe, expect, it } from 'vitest';
import { parsePartialDate, partialDate } from '../../src/schemas/date';

describe('parsePartialDate', () => {
  it('reads a year, a month and a day with their precision', () => {
    expect(parsePartialDate('2021')).toEqual({ iso: '2021', precision: 'year', year: 2021 });
    expect(parsePartialDate('2021-06')).toEqual({ iso: '2021-06', precision: 'month', year: 2021, month: 6 });
    expect(parsePartialDate('2021-07-21')).toEqual({
      iso: '2021-07-21',
      precision: 'day',
      year: 2021,
      month: 7,
      day: 21,
    });
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parsePartialDate('2024-02-29')).toMatchObject({ precision: 'day', day: 29 });
    expect(parsePartialDate('2021-02-29')).toMatch(/bestaat niet.*28 dagen/);
  });

  it.each([
    ['2021-02-30', /bestaat niet: 2021-02 heeft 28 dagen/],
    ['2025-13-45', /maand 13/],
    ['2021-04-31', /30 dagen/],
    ['2021-00', /maand 00/],
    ['21-07-2021', /geen geldige datum/],
    ['juli 2021', /geen geldige datum/],
    ['', /geen geldige datum/],
  ])('refuses %s with a message that says why', (input, message) => {
    expect(parsePartialDate(input)).toMatch(message);
  });
});

describe('partialDate schema', () => {
  it('refuses a Date object (an unquoted YAML date) and says to quote it', () => {
    // js-yaml turns the unquoted 2025-13-45 into this real date:
    const rolledOver = new Date(Date.UTC(2025, 12, 45));
    const result = partialDate.safeParse(rolledOver);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/zonder aanhalingstekens/);
    expect(result.error?.issues[0]?.message).toMatch(/2026-02-14/);
  });

  it('accepts a whole year written as a number', () => {
    expect(partialDate.parse(2021)).toEqual({ iso: '2021', precision: 'year', year: 2021 });
  });

  it('explains a missing date', () => {
    const result = partialDate.safeParse(undefined);
    expect(result.error?.issues[0]?.message).toMatch(/ontbreekt/);
  });
});

describe('quarter precision', () => {
  it('reads "2024-Q3" as the third quarter of 2024', () => {
    expect(parsePartialDate('2024-Q3')).toEqual({ iso: '2024-Q3', precision: 'quarter', year: 2024, quarter: 3 });
  });

  it.each([
    ['2024-Q5', /kwartaal 5/],
    ['2024-Q0', /kwartaal 0/],
    ['2024-q3', /geen geldige datum/],
  ])('refuses %s', (input, message) => {
    expect(parsePartialDate(input)).toMatch(message);
  });
});
