/**
 * Where a bar's value is written (src/lib/charts/bar-labels.ts), and what that buys a phone:
 * bars drawn as wide as the chart, with every value inside its bar or beside it.
 */
import { describe, expect, it } from 'vitest';
import { placeBarValue, VALUE_PAD, widestPlot } from '../../src/lib/charts/bar-labels';
import { relativeGeometry, pairGeometry } from '../../src/lib/charts/comparison';
import { sceneCollisions } from '../../src/lib/charts/scene';
import { textBox } from '../../src/lib/charts/model';
import { NBSP } from '../../src/lib/numbers';
import { waterfallGeometry } from '../../src/lib/charts/waterfall';
import { LAYOUTS, type ChartIndicator } from '../../src/lib/charts/model';

const bar = (x0: number, x1: number, labelWidth = 60, end: 'left' | 'right' = 'right', filled = true) => ({
  x0,
  x1,
  end,
  filled,
  labelWidth,
});

/** The one bar below zero of a comparison, its value label and that label's box, left of zero and in the chart. */
function belowZero(g: ReturnType<typeof relativeGeometry>) {
  const lower = g.rows.find((row) => row.relative < 0)!;
  const value = g.texts.find((t) => t.className.startsWith('chart__value') && t.lines[0] === lower.valueText)!;
  const box = textBox(value);
  expect(box.x1).toBeLessThanOrEqual(g.zeroX);
  expect(box.x0).toBeGreaterThanOrEqual(0);
  return { lower, value, box };
}

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

  it('keeps a diverging bar’s value on its own side of zero (ownSide): never before its start', () => {
    // A short bar to the left of zero at the chart's edge: without ownSide its value went right of zero.
    expect(placeBarValue(bar(27, 65, 85, 'left'), 320)).toEqual({ x: 65 + VALUE_PAD, anchor: 'start', inside: false });
    expect(placeBarValue(bar(27, 65, 85, 'left'), 320, false, true)).toBeUndefined();
    expect(placeBarValue(bar(27, 65, 85, 'left'), 320, true, true)).toEqual({
      x: 27 - VALUE_PAD,
      anchor: 'end',
      inside: false,
    });
    expect(placeBarValue(bar(100, 140, 85, 'left'), 320, false, true)).toEqual({
      x: 100 - VALUE_PAD,
      anchor: 'end',
      inside: false,
    });
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

    it('a comparison: the value of a bar below zero stands left of zero, inside its bar or past its end', () => {
      const g = relativeGeometry(
        [pct('a', 9, 6, 'lager-beter'), pct('b', 5, 4.4, 'lager-beter'), pct('c', 58.6, 67.7, 'hoger-beter')],
        width,
      );
      const { lower, value, box } = belowZero(g);
      if (value.className.includes('chart__value--in')) expect(box.x0).toBeGreaterThanOrEqual(lower.x0);
      else expect(box.x1).toBeLessThanOrEqual(lower.x0);
      expect(sceneCollisions(g)).toEqual([]);
    });

    it('a comparison with many gaps: values signed where words would cost the bars their width', () => {
      // Shaped like hoofdstuk 2: seven gaps above zero from 6 to 50 %, one of 13 % below.
      const g = relativeGeometry(
        [
          pct('a', 9, 6, 'lager-beter'),
          pct('b', 14.1, 10, 'lager-beter'),
          pct('c', 13.2, 10, 'lager-beter'),
          pct('d', 12.6, 10, 'lager-beter'),
          pct('e', 12, 10, 'lager-beter'),
          pct('f', 8.7, 10, 'hoger-beter'),
          pct('g', 10.8, 10, 'lager-beter'),
          pct('h', 10.6, 10, 'lager-beter'),
        ],
        width,
      );
      belowZero(g);
      expect(g.plotRight).toBeGreaterThanOrEqual(width - 2);
      expect((g.plotRight - g.plotLeft) / width).toBeGreaterThanOrEqual(0.75);
      // Words in the wider layouts, signed numbers (as the axis writes them) in the smallest.
      const texts = g.rows.map((row) => row.valueText);
      if (width < 400)
        expect(texts).toEqual(
          ['+50 %', '+41 %', '+32 %', '+26 %', '+20 %', '−13 %', '+8 %', '+6 %'].map((t) => t.replace(' ', NBSP)),
        );
      else expect(texts).toEqual(g.rows.map((row) => row.relativeText));
      expect(sceneCollisions(g)).toEqual([]);
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
