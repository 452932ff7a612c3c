/**
 * An indicator's values as text for the layer pages, with the sign and role the source gives
 * them: a budget step that is taken off reads "− € 0,55 mln", a target reads as a target in the
 * source's words ("doelstelling van € 0 mln in 2024"), never as a measured figure.
 */
import { formatValue } from './numbers';
import type { Unit } from '../schemas/indicator';

export interface ValueLike {
  label?: string;
  place?: string;
  period?: string;
  value: number | null;
  role?: string;
  qualifier?: string;
  note?: string;
}

export function valueText(v: ValueLike, unit: Unit, decimals?: number): string {
  const name = v.label ?? v.place ?? '';
  if (v.value === null) return `${name}${name ? ': ' : ''}${v.note ?? 'niet genoemd'}`;
  const amount = formatValue(v.value, unit, { decimals, qualifier: v.qualifier });
  if (v.role === 'doel')
    return `${name}${name ? ': ' : ''}doelstelling van ${amount}${v.period ? ` in ${v.period}` : ''}`;
  const signed = v.role === 'af' ? `−\u00a0${amount}` : amount;
  return `${name}${name ? ' ' : ''}${signed}${v.period ? ` (${v.period})` : ''}`;
}
