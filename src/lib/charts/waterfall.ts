/**
 * A budget from claim to request as a horizontal waterfall: totals are bars from zero,
 * deductions float from the previous total down, each step written with its sign. Rows stack
 * vertically so the labels stay readable on a phone; a value axis with Dutch ticks below.
 */
import { formatValue, NBSP } from '../numbers';
import { CHART_WIDTH, type ChartIndicator } from './model';
import { barsGeometry, type BarRow, type BarsGeometry } from './bars';

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
}

export interface WaterfallGeometry extends BarsGeometry {
  steps: WaterfallStep[];
  /** Steps whose total does not follow from the previous total minus the deductions. */
  inconsistencies: string[];
}

export function waterfallSteps(
  indicator: ChartIndicator,
): Array<Omit<WaterfallStep, 'x0' | 'x1' | 'y' | 'labelLines'>> {
  let running = 0;
  const steps = indicator.values
    .filter((v) => v.value !== null)
    .map((v, i) => {
      const value = v.value!;
      const kind = v.role === 'af' ? 'af' : 'totaal';
      if (kind === 'af') running = Math.round((running - value) * 1e6) / 1e6;
      else running = value;
      if (i === 0 && kind === 'af')
        throw new Error(`Een waterval begint met een totaal, niet met een aftrek (${indicator.id})`);
      const base = formatValue(value, indicator.unit, { decimals: indicator.decimals });
      return {
        label: v.label ?? '',
        kind,
        value,
        text: kind === 'af' ? `−${NBSP}${base}` : base,
        runningTotal: running,
      } as const;
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
  let before = 0;
  const rows: BarRow[] = steps.map((s) => {
    const from = s.kind === 'af' ? before - s.value : 0;
    const to = s.kind === 'af' ? before : s.value;
    before = s.kind === 'af' ? before - s.value : s.value;
    return { label: s.label, from, to, text: s.text, className: s.kind === 'af' ? 'bar-af' : 'bar-totaal' };
  });
  const g = barsGeometry(rows, indicator.unit, width, { connectors: true });
  const placed: WaterfallStep[] = steps.map((s, i) => {
    const b = g.bars[i]!;
    return { ...s, labelLines: b.labelLines, x0: b.x0, x1: b.x1, y: b.y };
  });
  return { ...g, steps: placed, inconsistencies };
}
