/** Value axes shared by the chart kinds: nice linear scales with Dutch tick labels. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatValue } from '../numbers';
import type { Unit } from '../../schemas/indicator';

export interface Tick {
  value: number;
  /** Position along the axis (x or y, in user units). */
  at: number;
  label: string;
}

/** Decimals needed to write every tick of a step exactly (0.25 → 2, 0.5 → 1, 2 → 0). */
function decimalsFor(step: number): number {
  for (let d = 0; d <= 4; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d;
  return 4;
}

export interface ValueAxis {
  scale: ScaleLinear<number, number>;
  ticks: Tick[];
}

/**
 * A linear scale over [domainMin, domainMax] made nice, with about `count` ticks labelled the Dutch
 * way ("0 %", "€ 0,5 mln", "+20 %"). `signed` writes a plus before positive ticks. Bars pass
 * `nice: false`: their longest bar then reaches the end of the plot, and the ticks stay inside it.
 */
export function valueAxis(
  domain: [number, number],
  range: [number, number],
  unit: Unit,
  count: number,
  options: {
    signed?: boolean;
    labelWidth?: (label: string) => number;
    firstStartAligned?: boolean;
    nice?: boolean;
    /** The chart's extent: a label that would stick out of it is written inward from its tick. */
    bounds?: [number, number];
  } = {},
): ValueAxis {
  const scale = scaleLinear().domain(domain).range(range);
  if (options.nice ?? true) scale.nice(count);
  // Fewer ticks on the same scale until the labels stand apart (horizontal axes pass a width function).
  // Where a label stands: centred on its tick, but moved inside `bounds` (as the charts anchor it).
  const span = (t: Tick, w: number, fromTick: boolean | undefined): [number, number] => {
    if (fromTick) return [t.at, t.at + w];
    const [lo, hi] = options.bounds ?? [-Infinity, Infinity];
    const left = Math.min(Math.max(t.at - w / 2, lo), hi - w);
    return [left, left + w];
  };
  for (let c = count; ; c--) {
    const ticks = ticksOf(scale, c, unit, options.signed ?? false);
    const width = options.labelWidth;
    const fits =
      !width ||
      ticks.every((t, i) => {
        const next = ticks[i + 1];
        if (!next) return true;
        // A first label written from its tick (not centred on it) takes its full width.
        const [, right] = span(t, width(t.label), i === 0 && options.firstStartAligned);
        const [left] = span(next, width(next.label), false);
        return left - right >= 10;
      });
    if (fits || c <= 1) return { scale, ticks };
  }
}

function ticksOf(scale: ScaleLinear<number, number>, count: number, unit: Unit, signed: boolean): Tick[] {
  const values = scale.ticks(count);
  const step = values.length > 1 ? values[1]! - values[0]! : 1;
  const decimals = decimalsFor(step);
  return values.map((value) => {
    const v = Math.abs(value) < 1e-12 ? 0 : value;
    let label = formatValue(Math.abs(v), unit, { decimals: v === 0 ? 0 : decimals });
    if (v < 0) label = `−${label}`;
    else if (v > 0 && signed) label = `+${label}`;
    return { value: v, at: Math.round(scale(v) * 10) / 10, label };
  });
}
