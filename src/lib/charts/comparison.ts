/**
 * Maastricht against the Netherlands as a dot plot: one row per indicator, sorted by the
 * relative gap, both values written out beside the dots so colour is never needed to read it.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { formatValue } from '../numbers';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, placeValue, r, wrapLabel, type ChartIndicator } from './model';

export interface ComparisonRow {
  id: string;
  label: string;
  maastricht: number;
  nederland: number;
  maastrichtText: string;
  nederlandText: string;
  /** "hoger" or "lager" or "gelijk": Maastricht relative to the Netherlands. */
  relation: 'hoger' | 'lager' | 'gelijk';
  /** Whether Maastricht is worse off, when the indicator has a direction. */
  assessment: 'gunstiger' | 'ongunstiger' | 'gelijk' | 'neutraal';
  y: number;
  labelY: number;
  /** The label, wrapped into lines that fit the chart. */
  labelLines: string[];
  valuesY: number;
  xMaastricht: number;
  xNederland: number;
}

export interface ComparisonGeometry {
  width: number;
  height: number;
  rows: ComparisonRow[];
  ticks: Array<{ x: number; label: string }>;
  axisY: number;
  plotLeft: number;
  plotRight: number;
  legendY: number;
}

const ROW = 64; // one label line, the dots and the values line
const TOP = 36;

export function comparisonRows(indicators: ChartIndicator[]): Omit<ComparisonRow, 'y' | 'labelY' | 'labelLines' | 'valuesY' | 'xMaastricht' | 'xNederland'>[] {
  const units = new Set(indicators.map((i) => i.unit));
  if (units.size > 1) throw new Error(`Een vergelijking kan alleen indicatoren met dezelfde eenheid tonen, kreeg: ${[...units].join(', ')}`);
  return indicators
    .map((indicator) => {
      const m = placeValue(indicator, 'Maastricht');
      const n = placeValue(indicator, 'Nederland');
      if (!m || !n || m.value === null || n.value === null) {
        throw new Error(`Indicator "${indicator.id}" heeft geen waarde voor zowel Maastricht als Nederland`);
      }
      const relation = m.value > n.value ? 'hoger' : m.value < n.value ? 'lager' : 'gelijk';
      const assessment =
        relation === 'gelijk'
          ? 'gelijk'
          : indicator.direction === 'neutraal'
            ? 'neutraal'
            : (relation === 'hoger') === (indicator.direction === 'hoger-beter')
              ? 'gunstiger'
              : 'ongunstiger';
      return {
        id: indicator.id,
        label: indicator.label,
        maastricht: m.value,
        nederland: n.value,
        maastrichtText: formatValue(m.value, indicator.unit, { decimals: indicator.decimals }),
        nederlandText: formatValue(n.value, indicator.unit, { decimals: indicator.decimals }),
        relation,
        assessment,
      } as const;
    })
    .sort((a, b) => Math.abs(b.maastricht - b.nederland) / b.nederland - Math.abs(a.maastricht - a.nederland) / a.nederland);
}

export function comparisonGeometry(indicators: ChartIndicator[], width = CHART_WIDTH): ComparisonGeometry {
  const rows = comparisonRows(indicators);
  const plotLeft = 10;
  const plotRight = width - 14;
  const top = max(rows, (row) => Math.max(row.maastricht, row.nederland)) ?? 1;
  const x = scaleLinear().domain([0, top]).nice(4).range([plotLeft, plotRight]);
  const unit = indicators[0]!.unit;
  let y0 = TOP;
  const placed = rows.map((row) => {
    const labelLines = wrapLabel(row.label, plotRight - plotLeft);
    const extra = (labelLines.length - 1) * LINE_HEIGHT;
    const placedRow = {
      ...row,
      labelLines,
      labelY: r(y0 + FONT_SIZE),
      y: r(y0 + extra + 32),
      valuesY: r(y0 + extra + 32 + 26),
      xMaastricht: r(x(row.maastricht)),
      xNederland: r(x(row.nederland)),
    };
    y0 += ROW + 8 + extra;
    return placedRow;
  });
  const axisY = y0 + 4;
  return {
    width,
    height: axisY + 26,
    rows: placed,
    ticks: x.ticks(4).map((t) => ({ x: r(x(t)), label: formatValue(t, unit, { decimals: 0 }) })),
    axisY,
    plotLeft,
    plotRight,
    legendY: 16,
  };
}
