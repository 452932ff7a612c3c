/**
 * A change over time: periods on a point scale (the sources give periods such as
 * "2019/2020", not dates), values on a linear scale from zero. A target is drawn as an open
 * marker on a dashed line and labelled "doel", so it never reads as a measured value.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { max } from 'd3-array';
import { formatValue } from '../numbers';
import { CHART_WIDTH, r, type ChartIndicator } from './model';

export interface TrendPoint {
  period: string;
  value: number;
  text: string;
  isTarget: boolean;
  x: number;
  y: number;
  labelY: number;
}

export interface TrendGeometry {
  width: number;
  height: number;
  points: TrendPoint[];
  /** Path through the measured values. */
  actualPath: string;
  /** Dashed path from the last measured value to the target(s), or empty. */
  targetPath: string;
  gridlines: Array<{ y: number; label: string }>;
  baselineY: number;
  periodLabelY: number;
  plotLeft: number;
  plotRight: number;
}

const HEIGHT = 260;
const MARGIN = { top: 34, right: 20, bottom: 44, left: 20 };

export function trendGeometry(indicator: ChartIndicator, width = CHART_WIDTH): TrendGeometry {
  const values = indicator.values.filter((v) => v.value !== null && v.period);
  if (values.length < 2) throw new Error(`Indicator "${indicator.id}" heeft minstens twee waarden met een periode nodig voor een verloop`);
  const periods = values.map((v) => v.period!);
  const x = scalePoint<string>().domain(periods).range([MARGIN.left, width - MARGIN.right]).padding(0.5);
  const top = max(values, (v) => v.value!) ?? 1;
  const y = scaleLinear().domain([0, top]).nice(4).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const points: TrendPoint[] = values.map((v) => {
    const px = r(x(v.period!)!);
    const py = r(y(v.value!));
    return {
      period: v.period!,
      value: v.value!,
      text: formatValue(v.value, indicator.unit, { decimals: indicator.decimals }),
      isTarget: v.role === 'doel',
      x: px,
      y: py,
      labelY: r(py - 12),
    };
  });
  const path = line<TrendPoint>()
    .x((p) => p.x)
    .y((p) => p.y);
  const actual = points.filter((p) => !p.isTarget);
  const lastActual = actual.at(-1);
  const targets = points.filter((p) => p.isTarget);
  return {
    width,
    height: HEIGHT,
    points,
    actualPath: actual.length > 1 ? (path(actual) ?? '') : '',
    targetPath: targets.length && lastActual ? (path([lastActual, ...targets]) ?? '') : '',
    gridlines: y.ticks(4).map((t) => ({ y: r(y(t)), label: formatValue(t, indicator.unit, { decimals: 0 }) })),
    baselineY: r(y(0)),
    periodLabelY: HEIGHT - MARGIN.bottom + 24,
    plotLeft: MARGIN.left,
    plotRight: width - MARGIN.right,
  };
}
