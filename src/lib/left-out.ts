/**
 * The dates the timeline leaves out (content/events/left-out.yaml), as /tijdlijn/ lists them. The
 * data quotes each date as it stands in the extracted source text, because
 * tests/content/events.test.ts finds every date of the sources in an event or an entry there; these
 * functions only shape what a reader sees.
 */

import { MONTHS_NL } from './format';

const MONTHS = MONTHS_NL.join('|');

/**
 * A letterhead's date line as the letter shows it. A letterhead printed in two columns comes out of
 * the PDF with the labels of both columns first and then both values ("Datum Betreft 30 april 2024
 * Quick scan update bevindingen Visitatiecommissie", where the letter has "Datum 30 april 2024" over
 * "Betreft Quick scan …"): that extraction damage is undone by taking the date after "Datum". A line
 * that already reads "Datum 7 juli 2021" stays as it is; a quote without "Datum" and a date too.
 */
export function letterheadDate(quote: string): string {
  const m = new RegExp(`^Datum\\s+(?:\\p{L}+\\s+)*?(\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4})\\b`, 'u').exec(quote);
  return m ? `Datum ${m[1]}` : quote;
}

export interface LeftOutName {
  id: string;
  quote: string;
  reason: string;
  event?: { id: string } | undefined;
  doc?: { id: string } | undefined;
}

/**
 * Names that differ only in case ("Sociale Visie 2040" and "sociale visie 2040") with the same
 * reason, as one item: the first. The data needs both, because a name covers the sources'
 * occurrences as written; a reader needs the name once.
 */
export function mergeCaseVariants<T extends LeftOutName>(names: readonly T[]): T[] {
  const key = (n: T) => [n.quote.toLocaleLowerCase('nl'), n.reason, n.event?.id ?? '', n.doc?.id ?? ''].join('\u0000');
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = key(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
