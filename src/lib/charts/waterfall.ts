/**
 * A budget from claim to request as a horizontal waterfall: totals are bars from zero,
 * deductions float from the previous total down. Rows stack vertically so the labels stay
 * readable on a phone.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { formatValue, NBSP } from '../numbers';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, r, wrapLabel, type ChartIndicator } from './model';

export interface WaterfallStep {
  label: string;
  kind: 'totaal' | 'af';
  value: number;
  text: string;
  /** The running total after this step. */
  runningTotal: number;
  labelLines: string[];
  x0: number;
  x1: number;
  y: number;
  labelY: number;
  barHeight: number;
}

export interface WaterfallGeometry {
  width: number;
  height: number;
  steps: WaterfallStep[];
  connectors: Array<{ x: number; y1: number; y2: number }>;
  /** Steps whose total does not follow from the previous total minus the deductions. */
  inconsistencies: string[];
}

const ROW = 60;
const BAR = 22;
const TOP = 8;

export function waterfallSteps(indicator: ChartIndicator): Array<Omit<WaterfallStep, 'x0' | 'x1' | 'y' | 'labelY' | 'labelLines' | 'barHeight'>> {
  let running = 0;
  const steps = indicator.values
    .filter((v) => v.value !== null)
    .map((v, i) => {
      const value = v.value!;
      const kind = v.role === 'af' ? 'af' : 'totaal';
      if (kind === 'af') running = Math.round((running - value) * 1e6) / 1e6;
      else running = value;
      if (i === 0 && kind === 'af') throw new Error(`Een waterval begint met een totaal, niet met een aftrek (${indicator.id})`);
      const base = formatValue(value, indicator.unit, { decimals: indicator.decimals });
      return { label: v.label ?? '', kind, value, text: kind === 'af' ? `−${NBSP}${base}` : base, runningTotal: running } as const;
    });
  return steps;
}

export function waterfallGeometry(indicator: ChartIndicator, width = CHART_WIDTH): WaterfallGeometry {
  const steps = waterfallSteps(indicator);
  const inconsistencies: string[] = [];
  let previousTotal: number | undefined;
  let expected: number | undefined;
  for (const step of steps) {
    if (step.kind === 'af') {
      expected = Math.round(((expected ?? previousTotal ?? 0) - step.value) * 1e6) / 1e6;
    } else {
      if (expected !== undefined && Math.abs(expected - step.value) > 1e-9) {
        inconsistencies.push(`${step.label}: ${step.value} volgt niet uit de stappen ervoor (${expected})`);
      }
      previousTotal = step.value;
      expected = undefined;
    }
  }
  const top = max(steps, (s) => (s.kind === 'af' ? s.runningTotal + s.value : s.value)) ?? 1;
  const x = scaleLinear().domain([0, top]).range([10, width - 130]);
  let before = 0;
  let y0 = TOP;
  const placed: WaterfallStep[] = steps.map((s) => {
    const from = s.kind === 'af' ? before - s.value : 0;
    const to = s.kind === 'af' ? before : s.value;
    before = s.kind === 'af' ? before - s.value : s.value;
    const labelLines = wrapLabel(s.label, width - 20);
    const extra = (labelLines.length - 1) * LINE_HEIGHT;
    const step = { ...s, labelLines, x0: r(x(from)), x1: r(x(to)), labelY: r(y0 + FONT_SIZE), y: r(y0 + extra + 26), barHeight: BAR };
    y0 += ROW + extra;
    return step;
  });
  const connectors = placed.slice(1).map((s, i) => {
    const prev = placed[i]!;
    const xAt = prev.kind === 'af' ? prev.x0 : prev.x1;
    return { x: xAt, y1: r(prev.y + BAR), y2: s.y };
  });
  return { width, height: y0 + 4, steps: placed, connectors, inconsistencies };
}
