/**
 * The words around a chart, written from the data: a title that states the finding and a
 * text alternative that gives every value. Nothing here adds a fact the data does not hold.
 */
import { formatValue } from '../numbers';
import { countNl as word, joinNl } from '../format';
import type { ChartKind } from '../../schemas/indicator';
import { comparisonRows, DIRECTION_WORDS } from './comparison';
import { figureItems } from './figures';
import { barLabel } from './bars';
import { inSentence, type ChartIndicator } from './model';
import { waterfallSteps } from './waterfall';

function fmt(indicator: ChartIndicator, value: number | null, qualifier?: string): string {
  return formatValue(value, indicator.unit, { decimals: indicator.decimals, qualifier });
}

const BETTER_WORDS = {
  'hoger-beter': 'hoger beter is',
  'lager-beter': 'lager beter is',
  neutraal: 'geen richting geldt',
} as const;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function comparisonTitle(indicators: ChartIndicator[]): string {
  const rows = comparisonRows(indicators);
  const row = rows[0];
  if (!row) throw new Error('Een vergelijking heeft minstens één indicator nodig');
  if (rows.length === 1) {
    if (row.relation === 'gelijk') return `${row.label}: Maastricht en Nederland gelijk (${row.maastrichtText})`;
    return `${row.label}: in Maastricht ${row.relation} dan in Nederland (${row.maastrichtText} tegenover ${row.nederlandText})`;
  }
  const worse = rows.filter((r) => r.assessment === 'ongunstiger');
  const better = rows.filter((r) => r.assessment === 'gunstiger');
  const n = word(rows.length);
  // Rows are sorted by the size of the gap, so the first of a group has its largest gap.
  const largest = (group: typeof rows) =>
    `${inSentence(group[0]!.label)} (${group[0]!.maastrichtText} tegenover ${group[0]!.nederlandText})`;
  if (worse.length === rows.length)
    return `Maastricht scoort op alle ${n} indicatoren ongunstiger dan Nederland, het meest bij ${largest(worse)}`;
  if (better.length === rows.length)
    return `Maastricht scoort op alle ${n} indicatoren gunstiger dan Nederland, het meest bij ${largest(better)}`;
  const parts = [
    worse.length ? `op ${word(worse.length)} ongunstiger` : '',
    better.length ? `op ${word(better.length)} gunstiger` : '',
  ].filter(Boolean);
  const rest = rows.length - worse.length - better.length;
  return `Maastricht scoort van de ${n} indicatoren ${joinNl(parts)} dan Nederland${rest ? `; ${word(rest)} ${rest === 1 ? 'heeft' : 'hebben'} geen richting` : ''}`;
}

/**
 * The line under a comparison's title: which way is better for each group of indicators, and
 * how the rows are sorted.
 */
export function comparisonSubtitle(indicators: ChartIndicator[]): string {
  const rows = comparisonRows(indicators);
  if (rows.length === 1) return '';
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    if (r.direction === 'neutraal' || r.relation === 'gelijk') continue;
    const key = `${r.relation}|${r.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const phrases = [...groups.entries()].map(([key, group]) => {
    const [relation, direction] = key.split('|') as [string, keyof typeof DIRECTION_WORDS];
    const who =
      group.length === 1
        ? inSentence(group[0]!.label)
        : group.length === rows.length
          ? `alle ${word(group.length)}`
          : word(group.length);
    return `bij ${who} ligt het cijfer ${relation}, waar ${BETTER_WORDS[direction]}`;
  });
  const sentence = phrases.length ? `${cap(phrases.join('; '))}. ` : '';
  return `${sentence}Gesorteerd op de grootte van het verschil.`;
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
  // The subject first (the label up to its comma), so the title says what the amounts are for
  // where it stands alone: a download, a search result, the overview of all charts.
  const subject = indicator.label.split(',')[0]!;
  return `${subject}: van ${first.text} (${inSentence(first.label)}) naar ${last.text} (${inSentence(last.label)})`;
}

export function barsTitle(indicator: ChartIndicator): string {
  const items = indicator.values
    .filter((v) => v.value !== null)
    .map((v) => `${inSentence(barLabel(v))} ${fmt(indicator, v.value, v.qualifier)}`);
  return `${indicator.label}: ${joinNl(items)}`;
}

export function figuresTitle(indicator: ChartIndicator): string {
  return `${indicator.label}: ${joinNl(figureItems(indicator).map((i) => `${i.text} (${inSentence(i.label)})`))}`;
}

export function chartTitle(kind: ChartKind, indicators: ChartIndicator[]): string {
  const first = indicators[0];
  if (!first) throw new Error('Een grafiek heeft minstens één indicator nodig');
  switch (kind) {
    case 'vergelijking':
      return comparisonTitle(indicators);
    case 'verloop':
      return trendTitle(first);
    case 'waterval':
      return waterfallTitle(first);
    case 'staaf':
      return barsTitle(first);
    case 'kerncijfers':
      return figuresTitle(first);
  }
}

/** What the reader needs to read the chart's scale, under the title (unit aside). */
export function chartSubtitle(kind: ChartKind, indicators: ChartIndicator[]): string {
  switch (kind) {
    case 'vergelijking':
      return comparisonSubtitle(indicators);
    case 'verloop':
      return 'Elke periode zoals de bron hem noemt, getekend over de jaren die hij beslaat.';
    case 'kerncijfers':
      return 'De getallen zoals de bron ze noemt, niet op één schaal getekend.';
    default:
      return '';
  }
}

/** The text alternative: every value in the chart, in reading order. */
export function chartDescription(kind: ChartKind, indicators: ChartIndicator[]): string {
  const first = indicators[0];
  if (!first) throw new Error('Een grafiek heeft minstens één indicator nodig');
  if (kind === 'vergelijking') {
    const rows = comparisonRows(indicators);
    if (rows.length === 1) {
      const r = rows[0]!;
      return `Staafgrafiek, twee staven vanaf nul. ${r.label}: Maastricht ${r.maastrichtText}, Nederland ${r.nederlandText}.`;
    }
    return `Staafgrafiek van het verschil tussen Maastricht en Nederland, in procenten van het Nederlandse cijfer, gesorteerd op de grootte van het verschil. ${rows
      .map(
        (r) =>
          `${r.label}: Maastricht ${r.maastrichtText}, Nederland ${r.nederlandText}, ${r.relativeText} (${DIRECTION_WORDS[r.direction]}).`,
      )
      .join(' ')}`;
  }
  if (kind === 'verloop') {
    return `Lijngrafiek over de tijd. ${first.values
      .filter((v) => v.value !== null)
      .map((v) => `${v.period}: ${fmt(first, v.value)}${v.role === 'doel' ? ' (doel)' : ''}.`)
      .join(' ')}`;
  }
  if (kind === 'waterval') {
    return `Watervalgrafiek in stappen. ${waterfallSteps(first)
      .map((s) => `${s.label}: ${s.text}.`)
      .join(' ')}`;
  }
  if (kind === 'kerncijfers') {
    return `Kerncijfers, niet op een schaal getekend. ${figureItems(first)
      .map((i) => `${i.label}: ${i.text}.`)
      .join(' ')}`;
  }
  return `Staafgrafiek. ${first.values
    .filter((v) => v.value !== null)
    .map((v) => `${barLabel(v)}: ${fmt(first, v.value, v.qualifier)}.`)
    .join(' ')}`;
}
