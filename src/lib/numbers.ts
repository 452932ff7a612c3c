/**
 * Dutch number formatting on d3-format with the nl-NL locale (decimal comma, thousands
 * point): 50,3 %, € 0,43 mln, 98.270. Figures keep the precision the source printed.
 */
import { formatLocale } from 'd3-format';
import type { Unit } from '../schemas/indicator';

/** d3-format's nl-NL locale (d3-format/locale/nl-NL.json). */
export const nlLocale = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€\u00a0', ''] });

/** A non-breaking space keeps "50,3" and "%" (or "€" and "0,43") on one line. */
export const NBSP = '\u00a0';

/**
 * Editorial text (summaries, notes under charts and in dossiers): a figure and its unit ("58,6 %",
 * "0,43 mln", "€ 0,43") stay on one line, as they do in the figures the site formats itself.
 */
export function keepUnitWithNumber(text: string): string {
  return text.replace(/(\d) (%|mln\b)/g, `$1${NBSP}$2`).replace(/€ (?=\d)/g, `€${NBSP}`);
}

/** Number of decimals a value was written with (0.55 → 2, 20 → 0). */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** 50.3 → "50,3"; 98270 → "98.270"; with a fixed number of decimals when given. */
export function formatNumber(value: number, decimals?: number): string {
  const d = decimals ?? decimalsOf(value);
  return nlLocale.format(`,.${d}f`)(value);
}

export interface FormatOptions {
  decimals?: number;
  qualifier?: string;
  /** Show the unit (default) or only the number, for axis ticks. */
  withUnit?: boolean;
}

/** A value with its unit, the Dutch way. */
export function formatValue(value: number | null, unit: Unit, options: FormatOptions = {}): string {
  if (value === null) return 'geen bedrag of cijfer genoemd';
  const n = formatNumber(value, options.decimals);
  const withUnit = options.withUnit ?? true;
  let text: string;
  if (!withUnit) text = n;
  else if (unit === 'procent' || unit === 'procentverandering') text = `${n}${NBSP}%`;
  else if (unit === 'euro-mln') text = `€${NBSP}${n}${NBSP}mln`;
  else text = n;
  return options.qualifier ? `${options.qualifier} ${text}` : text;
}

/** The unit in words, for captions and table headers. */
export const UNIT_LABELS: Record<Unit, string> = {
  procent: 'procent',
  procentverandering: 'procentuele groei',
  'euro-mln': 'miljoen euro',
  aantal: 'aantal',
  'per-1000-inwoners': 'per 1.000 inwoners',
};
