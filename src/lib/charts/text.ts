/**
 * The words around a chart, written from the data: a title that states the finding and a
 * text alternative that gives every value. Nothing here adds a fact the data does not hold.
 */
import { formatValue } from '../numbers';
import { joinNl } from '../format';
import type { ChartKind } from '../../schemas/indicator';
import { comparisonRows } from './comparison';
import { barLabel } from './bars';
import { inSentence, type ChartIndicator } from './model';
import { waterfallSteps } from './waterfall';

const NUMBERS_NL = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];
const word = (n: number) => NUMBERS_NL[n] ?? String(n);

function fmt(indicator: ChartIndicator, value: number | null, qualifier?: string): string {
  return formatValue(value, indicator.unit, { decimals: indicator.decimals, qualifier });
}

export function comparisonTitle(indicators: ChartIndicator[]): string {
  const rows = comparisonRows(indicators);
  if (rows.length === 1) {
    const row = rows[0]!;
    if (row.relation === 'gelijk') return `${row.label}: Maastricht en Nederland gelijk (${row.maastrichtText})`;
    return `${row.label}: in Maastricht ${row.relation} dan in Nederland (${row.maastrichtText} tegenover ${row.nederlandText})`;
  }
  const higher = rows.filter((r) => r.relation === 'hoger');
  const lower = rows.filter((r) => r.relation === 'lager');
  if (higher.length === rows.length) return `Maastricht ligt op alle ${word(rows.length)} indicatoren hoger dan Nederland`;
  if (lower.length === rows.length) return `Maastricht ligt op alle ${word(rows.length)} indicatoren lager dan Nederland`;
  const [many, few, manyWord, fewWord] =
    higher.length >= lower.length ? [higher, lower, 'hoger', 'lager'] : [lower, higher, 'lager', 'hoger'];
  return `Maastricht ligt op ${word(many.length)} van de ${word(rows.length)} indicatoren ${manyWord} dan Nederland; bij ${joinNl(
    few.map((r) => inSentence(r.label)),
  )} ${fewWord}`;
}

export function trendTitle(indicator: ChartIndicator): string {
  const values = indicator.values.filter((v) => v.value !== null && v.period);
  const actual = values.filter((v) => v.role !== 'doel');
  const targets = values.filter((v) => v.role === 'doel');
  const first = actual[0]!;
  const last = actual.at(-1)!;
  const verb = last.value! > first.value! ? 'steeg' : last.value! < first.value! ? 'daalde' : 'bleef gelijk';
  let title = `${indicator.label} ${verb} van ${fmt(indicator, first.value)} in ${first.period} naar ${fmt(indicator, last.value)} in ${last.period}`;
  if (targets.length) {
    title += `; het doel voor ${targets.map((t) => t.period).join(' en ')} is ${joinNl(targets.map((t) => fmt(indicator, t.value)))}`;
  }
  return title;
}

export function waterfallTitle(indicator: ChartIndicator): string {
  const steps = waterfallSteps(indicator);
  const first = steps[0]!;
  const last = steps.at(-1)!;
  return `Van ${first.text} (${inSentence(first.label)}) naar ${last.text} (${inSentence(last.label)})`;
}

export function barsTitle(indicator: ChartIndicator): string {
  const items = indicator.values
    .filter((v) => v.value !== null)
    .map((v) => `${inSentence(barLabel(v))} ${fmt(indicator, v.value, v.qualifier)}`);
  return `${indicator.label}: ${joinNl(items)}`;
}

export function chartTitle(kind: ChartKind, indicators: ChartIndicator[]): string {
  switch (kind) {
    case 'vergelijking':
      return comparisonTitle(indicators);
    case 'verloop':
      return trendTitle(indicators[0]!);
    case 'waterval':
      return waterfallTitle(indicators[0]!);
    case 'staaf':
      return barsTitle(indicators[0]!);
  }
}

/** The text alternative: every value in the chart, in reading order. */
export function chartDescription(kind: ChartKind, indicators: ChartIndicator[]): string {
  if (kind === 'vergelijking') {
    const rows = comparisonRows(indicators);
    return `Stippengrafiek, Maastricht tegenover Nederland, gesorteerd op het relatieve verschil. ${rows
      .map((r) => `${r.label}: Maastricht ${r.maastrichtText}, Nederland ${r.nederlandText}.`)
      .join(' ')}`;
  }
  const indicator = indicators[0]!;
  if (kind === 'verloop') {
    return `Lijngrafiek. ${indicator.values
      .filter((v) => v.value !== null)
      .map((v) => `${v.period}: ${fmt(indicator, v.value)}${v.role === 'doel' ? ' (doel)' : ''}.`)
      .join(' ')}`;
  }
  if (kind === 'waterval') {
    return `Watervalgrafiek in stappen. ${waterfallSteps(indicator)
      .map((s) => `${s.label}: ${s.text}.`)
      .join(' ')}`;
  }
  return `Staafgrafiek. ${indicator.values
    .filter((v) => v.value !== null)
    .map((v) => `${barLabel(v)}: ${fmt(indicator, v.value, v.qualifier)}.`)
    .join(' ')}`;
}
