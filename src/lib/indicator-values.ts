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
  after?: string;
}

/**
 * A value's figure with the words the source puts after it, which say what the figure is a
 * share of or compared with: "10 % van de totale kosten van het Uitvoeringsplan".
 */
export function figureText(v: ValueLike & { value: number }, unit: Unit, decimals?: number): string {
  const amount = formatValue(v.value, unit, { decimals, qualifier: v.qualifier });
  return v.after ? `${amount} ${v.after}` : amount;
}

export function valueText(v: ValueLike, unit: Unit, decimals?: number): string {
  const name = v.label ?? v.place ?? '';
  if (v.value === null) return `${name}${name ? ': ' : ''}${v.note ?? 'niet genoemd'}`;
  const amount = figureText({ ...v, value: v.value }, unit, decimals);
  if (v.role === 'doel')
    return `${name}${name ? ': ' : ''}doelstelling van ${amount}${v.period ? ` in ${v.period}` : ''}`;
  const signed = v.role === 'af' ? `−\u00a0${amount}` : amount;
  return `${name}${name ? ' ' : ''}${signed}${v.period ? ` (${v.period})` : ''}`;
}

/**
 * A value's row label: the indicator and the value's own label, without saying the same word twice
 * ("Eventuele frictiekosten", not "Frictiekosten: Eventuele frictiekosten"; "Afdelingen van het
 * Domein Sociaal …", not "Afdelingen van het Domein Sociaal …: Afdelingen").
 */
export function rowLabel(indicator: string, value?: string): string {
  if (!value) return indicator;
  if (value.toLowerCase().includes(indicator.toLowerCase())) return value.charAt(0).toUpperCase() + value.slice(1);
  if (indicator.toLowerCase().startsWith(`${value.toLowerCase()} `)) return indicator;
  return `${indicator}: ${value}`;
}

/**
 * An indicator as one line: its label and its values. A single value whose own label already
 * names the indicator takes the indicator's place, so the label is not said twice
 * ("Eventuele frictiekosten: nog niet gekwantificeerd").
 */
export function indicatorLine(
  indicator: string,
  values: readonly ValueLike[],
  unit: Unit,
  decimals?: number,
): { label: string; text: string } {
  const only = values.length === 1 ? values[0] : undefined;
  if (only?.label && rowLabel(indicator, only.label) !== `${indicator}: ${only.label}`) {
    return { label: rowLabel(indicator, only.label), text: valueText({ ...only, label: undefined }, unit, decimals) };
  }
  return { label: indicator, text: values.map((v) => valueText(v, unit, decimals)).join('; ') };
}
