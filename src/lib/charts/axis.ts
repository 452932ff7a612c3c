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
 * way ("0 %", "€ 0,5 mln", "+20 %"). `signed` writes a plus before positive ticks.
 */
export function valueAxis(
  domain: [number, number],
  range: [number, number],
  unit: Unit,
  count: number,
  options: { signed?: boolean; labelWidth?: (label: string) => number; firstStartAligned?: boolean } = {},
): ValueAxis {
  const scale = scaleLinear().domain(domain).nice(count).range(range);
  // Fewer ticks on the same scale until the labels stand apart (horizontal axes pass a width function).
  for (let c = count; ; c--) {
    const ticks = ticksOf(scale, c, unit, options.signed ?? false);
    const width = options.labelWidth;
    const fits =
      !width ||
      ticks.every((t, i) => {
        const next = ticks[i + 1];
        if (!next) return true;
        // A first label written from its tick (not centred on it) takes its full width.
        const own = i === 0 && options.firstStartAligned ? width(t.label) : width(t.label) / 2;
        return Math.abs(next.at - t.at) >= own + width(next.label) / 2 + 10;
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
