import type { PartialDate } from '../schemas/date';
import { NBSP } from './numbers';

export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const QUARTERS_NL = ['eerste', 'tweede', 'derde', 'vierde'] as const;

/** "22 juni 2021", "juni 2021", "derde kwartaal 2024" or "2021", as precise as the source is. */
export function formatDate(date: PartialDate): string {
  if (date.precision === 'quarter' && date.quarter !== undefined)
    return `${QUARTERS_NL[date.quarter - 1]} kwartaal ${date.year}`;
  if (date.precision === 'year' || date.month === undefined) return String(date.year);
  const month = MONTHS_NL[date.month - 1];
  if (date.precision === 'month' || date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** The value for a `<time datetime>` attribute. HTML has no quarter, so a quarter gives its year. */
export function dateTimeAttr(date: PartialDate): string {
  return date.precision === 'quarter' ? String(date.year) : date.iso;
}

/** A sortable key: a quarter sorts at its first month, a year at January. */
export function dateSortKey(date: PartialDate): string {
  const month = date.month ?? (date.quarter ? (date.quarter - 1) * 3 + 1 : 1);
  return `${date.year}-${String(month).padStart(2, '0')}-${String(date.day ?? 0).padStart(2, '0')}-${date.precision === 'day' ? 3 : date.precision === 'month' ? 2 : date.precision === 'quarter' ? 1 : 0}`;
}

/** Dutch words that count words in a text (for reading times). */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.,]*/gu);
  return words ? words.length : 0;
}

/** Reading time in whole minutes at an unhurried 200 words a minute; at least 1. */
export function readingMinutes(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

export function formatReadingTime(minutes: number): string {
  // A no-break space: '4' and 'minuten' never end up on two lines of a narrow card.
  return minutes === 1 ? `1${NBSP}minuut leestijd` : `${minutes}${NBSP}minuten leestijd`;
}

const NUMBER_WORDS = [
  'nul',
  'één',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
];

/** A count in running text the Dutch way: a word up to twelve ("zes documenten"), figures above. */
export function countNl(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** Joins a list the Dutch way: "a, b en c". */
export function joinNl(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/**
 * A title or label in runs, with each number range ("65-2021", "2021–2022", "65-80") a run of
 * its own, so that it can be kept on one line (src/components/KeepRanges.astro): a browser
 * breaks after the hyphen, and "Raadsvoorstel 65-" / "2021" reads as two numbers. The text
 * itself stays as it is (no non-breaking hyphen), for search and copying.
 */
export function numberRanges(text: string): Array<{ text: string; range: boolean }> {
  const runs: Array<{ text: string; range: boolean }> = [];
  let at = 0;
  for (const m of text.matchAll(/\d+(?:[-–]\d+)+/g)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), range: false });
    runs.push({ text: m[0], range: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), range: false });
  return runs;
}

/**
 * The first sentence of a plain-language text, for a list that shows one line per item (as
 * GOV.UK lists a description, not the whole summary). A sentence ends at . ! or ? followed by a
 * space and a capital or opening quote, so “€ 0,43 mln. nodig” does not end one.
 */
export function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s+[\p{Lu}‘“'"(])/u.exec(text.trim());
  return m ? m[0] : text.trim();
}
