import { z } from 'astro/zod';

/** How exact a date in the sources is: they often give only a month or a year. */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

export interface PartialDate {
  /** The date as written in the content file: "2021", "2021-06" or "2021-06-22". */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1-12, present for month and day precision. */
  month?: number;
  /** 1-31, present for day precision. */
  day?: number;
  /** 1-4, present for quarter precision ("2024-Q3"). */
  quarter?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const QUARTER = /^(\d{4})-Q(\d)$/;

export const DATE_EXPECTED =
  'een datum als tekst tussen aanhalingstekens: "JJJJ", "JJJJ-Qn" (kwartaal), "JJJJ-MM" of "JJJJ-MM-DD" (bijv. "2021-07-21")';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a PartialDate, or returns a Dutch
 * explanation of what is wrong. Calendar-checked: 2021-02-30 and 2025-13-45 are refused.
 */
export function parsePartialDate(input: string): PartialDate | string {
  const q = QUARTER.exec(input.trim());
  if (q) {
    const quarter = Number(q[2]);
    if (quarter < 1 || quarter > 4) return `"${input}" heeft kwartaal ${q[2]}; een kwartaal is Q1, Q2, Q3 of Q4`;
    return { iso: `${q[1]}-Q${quarter}`, precision: 'quarter', year: Number(q[1]), quarter };
  }
  const m = PATTERN.exec(input.trim());
  if (!m) return `"${input}" is geen geldige datum; verwacht ${DATE_EXPECTED}`;
  const year = Number(m[1]);
  if (m[2] === undefined) return { iso: m[1]!, precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${input}" heeft maand ${m[2]}; een maand loopt van 01 tot en met 12`;
  if (m[3] === undefined) return { iso: `${m[1]}-${m[2]}`, precision: 'month', year, month };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return `"${input}" bestaat niet: ${m[1]}-${m[2]} heeft ${max} dagen`;
  }
  return { iso: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', year, month, day };
}

/**
 * Zod schema for a date with its precision. YAML turns an unquoted date such as
 * 2025-13-45 silently into another, real date; the original text is then lost, so an
 * unquoted date (a Date object) is refused with a message that says to quote it.
 */
export const partialDate = z.unknown().transform((value, ctx): PartialDate => {
  if (value instanceof Date) {
    const shown = Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
    ctx.addIssue({
      code: 'custom',
      message:
        `datum staat zonder aanhalingstekens; YAML heeft die al omgezet (naar ${shown}), ` +
        `zodat een onmogelijke datum zoals 2025-13-45 niet meer te herkennen is. Verwacht ${DATE_EXPECTED}`,
    });
    return z.NEVER;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) {
    return { iso: String(value), precision: 'year', year: value };
  }
  if (typeof value !== 'string') {
    ctx.addIssue({
      code: 'custom',
      message:
        value === undefined
          ? `ontbreekt; verwacht ${DATE_EXPECTED}`
          : `verwacht ${DATE_EXPECTED}, gekregen: ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});
