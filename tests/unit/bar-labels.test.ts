/**
 * Where a bar's value is written (src/lib/charts/bar-labels.ts), and what that buys a phone:
 * bars drawn as wide as the chart, with every value inside its bar or beside it.
 */
import { describe, expect, it } from 'vitest';
import { placeBarValue, VALUE_PAD, widestPlot } from '../../src/lib/charts/bar-labels';
import { relativeGeometry, pairGeometry } from '../../src/lib/charts/comparison';
import { waterfallGeometry } from '../../src/lib/charts/waterfall';
import { LAYOUTS, type ChartIndicator } from '../../src/lib/charts/model';

const bar = (x0: number, x1: number, labelWidth = 60, end: 'left' | 'right' = 'right', filled = true) => ({
  x0,
  x1,
  end,
  filled,
  labelWidth,
});

describe('placeBarValue', () => {
  it('writes the value inside the end of a bar long enough for it', () => {
    expect(placeBarValue(bar(0, 200), 320)).toEqual({ x: 200 - VALUE_PAD, anchor: 'end', inside: true });
    expect(placeBarValue(bar(100, 300, 60, 'left'), 320)).toEqual({
      x: 100 + VALUE_PAD,
      anchor: 'start',
      inside: true,
    });
  });

  it('writes it past the end of a short bar, or of an outlined step, which cannot hold it', () => {
    expect(placeBarValue(bar(0, 50), 320)).toEqual({ x: 50 + VALUE_PAD, anchor: 'start', inside: false });
    expect(placeBarValue(bar(0, 200, 60, 'right', false), 320)).toEqual({
      x: 200 + VALUE_PAD,
      anchor: 'start',
      inside: false,
    });
    expect(placeBarValue(bar(250, 290, 60, 'left'), 320)).toEqual({ x: 250 - VALUE_PAD, anchor: 'end', inside: false });
  });

  it('writes it before the bar when past its end would leave the chart, and nowhere when neither fits', () => {
    expect(placeBarValue(bar(200, 300, 60, 'right', false), 320)).toEqual({
      x: 200 - VALUE_PAD,
      anchor: 'end',
      inside: false,
    });
    expect(placeBarValue(bar(30, 300, 60, 'right', false), 320)).toBeUndefined();
  });
});

describe('widestPlot', () => {
  it('returns the widest attempt that succeeds, trying one unit narrower at a time', () => {
    const tried: number[] = [];
    const result = widestPlot(300, 200, (right) => (tried.push(right), right <= 287 ? right : undefined));
    expect(result).toBe(287);
    expect(tried[0]).toBe(300);
  });

  it('forces the narrowest attempt when nothing wider succeeds', () => {
    expect(widestPlot(300, 200, (right, force) => (force ? -right : undefined))).toBe(-200);
  });
});

const pct = (id: string, m: number, n: number, direction: ChartIndicator['direction']): ChartIndicator => ({
  id,
  label: id,
  unit: 'procent',
  direction,
  values: [
    { place: 'Maastricht', value: m, role: 'waarde' },
    { place: 'Nederland', value: n, role: 'waarde' },
  ],
});

describe.each(LAYOUTS.map((l) => [l.name, l.width] as const))(
  'layout %s: bars use the width of the chart',
  (_n, width) => {
    it('a comparison: the largest gap reaches the right edge, with its value inside', () => {
      const g = relativeGeometry(
        [pct('a', 9, 6, 'lager-beter'), pct('b', 5, 4.4, 'lager-beter'), pct('c', 58.6, 67.7, 'hoger-beter')],
        width,
      );
      const largest = g.rows[0]!;
      expect(largest.x1).toBeGreaterThanOrEqual(width - 2);
      const inside = g.texts.filter((t) => t.className.includes('chart__value--in'));
      expect(inside.map((t) => t.lines[0])).toContain(largest.relativeText);
    });

    it('a pair: the larger bar reaches the right edge', () => {
      const g = pairGeometry(pct('p', 61.8, 68.8, 'hoger-beter'), width);
      expect(Math.max(...g.bars.map((b) => b.x1))).toBeGreaterThanOrEqual(width - 2);
    });

    it('a waterfall: the first total reaches the right edge; the first deduction, which ends there, has its value before it', () => {
      const g = waterfallGeometry(
        {
          id: 'w',
          label: 'w',
          unit: 'euro-mln',
          direction: 'neutraal',
          values: [
            { label: 'Claim', value: 1.3, role: 'totaal' },
            { label: 'Toegezegd', value: 0.55, role: 'af' },
            { label: 'Rest', value: 0.75, role: 'totaal' },
          ],
        },
        width,
      );
      const [claim, af] = g.steps;
      expect(claim!.x1).toBeGreaterThanOrEqual(width - 2);
      const afValue = g.texts.find((t) => t.className.startsWith('chart__value') && t.lines[0] === af!.text)!;
      expect(afValue).toMatchObject({ anchor: 'end', x: af!.x0 - VALUE_PAD });
    });
  },
);
