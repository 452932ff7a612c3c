/** Plain horizontal bars for a few labelled values (for example the people involved). */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { formatValue } from '../numbers';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, r, wrapLabel, type ChartIndicator } from './model';

export interface Bar {
  label: string;
  value: number;
  text: string;
  labelLines: string[];
  x1: number;
  y: number;
  labelY: number;
  barHeight: number;
}

export interface BarsGeometry {
  width: number;
  height: number;
  bars: Bar[];
  x0: number;
}

const ROW = 60;
const BAR = 20;

export function barLabel(v: { label?: string; place?: string; period?: string }): string {
  return v.label ?? [v.place, v.period].filter(Boolean).join(', ');
}

export function barsGeometry(indicator: ChartIndicator, width = CHART_WIDTH): BarsGeometry {
  const values = indicator.values.filter((v) => v.value !== null);
  const top = max(values, (v) => v.value!) ?? 1;
  const x0 = 10;
  const x = scaleLinear().domain([0, top]).range([x0, width - 140]);
  let y0 = 6;
  const bars = values.map((v) => {
    const labelLines = wrapLabel(barLabel(v), width - 20);
    const extra = (labelLines.length - 1) * LINE_HEIGHT;
    const bar = {
      label: barLabel(v),
      labelLines,
      value: v.value!,
      text: formatValue(v.value, indicator.unit, { decimals: indicator.decimals, qualifier: v.qualifier }),
      x1: r(Math.max(x(v.value!), x0 + 2)),
      labelY: r(y0 + FONT_SIZE),
      y: r(y0 + extra + 26),
      barHeight: BAR,
    };
    y0 += ROW + extra;
    return bar;
  });
  return { width, height: y0 + 6, x0, bars };
}
