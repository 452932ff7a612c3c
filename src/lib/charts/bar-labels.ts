/**
 * Where a bar's value is written, and how wide the bars can be drawn with every value in
 * place. As Datawrapper does: a value stands inside the end of its bar, in the background
 * colour, when the bar is long enough for it; otherwise just past the end; and only when that
 * would leave the chart, on the other side of the bar. The scale is then the widest at which
 * every value finds its place, so on a phone the bars use the width of the card instead of
 * keeping a margin for values that mostly fit inside them.
 */

import { LABEL_SIZE, r, type PlacedText } from './model';

/** Space between a value and the end of its bar, in SVG user units. */
export const VALUE_PAD = 6;

/** The height of a bar: a value written inside it (LABEL_SIZE, bold) fits with its descenders. */
export const BAR_HEIGHT = 18;

export interface LabelledBar {
  /** Left and right end of the bar (x0 ≤ x1). */
  x0: number;
  x1: number;
  /** The end the value belongs to: right for a bar that grows to the right, left for one growing left. */
  end: 'left' | 'right';
  /** Only a filled bar can hold its value in the background colour (an outlined step cannot). */
  filled: boolean;
  /** The estimated width of the value's text (model.ts textWidth errs on the wide side). */
  labelWidth: number;
}

export interface ValuePlacement {
  x: number;
  anchor: 'start' | 'end';
  inside: boolean;
}

/**
 * The place of a bar's value in a chart `width` wide: inside its end, past its end, or before
 * its start, the first that fits; undefined when none does, unless `force`: then past its end,
 * so a value that fits nowhere is still drawn rather than lost (widestPlot's last attempt).
 * With `ownSide` (bars that diverge from zero) a value never goes before the bar's start: that
 * is the other side of zero, where it would read as belonging to the opposite direction.
 */
export function placeBarValue(
  bar: LabelledBar,
  width: number,
  force = false,
  ownSide = false,
): ValuePlacement | undefined {
  const pad = VALUE_PAD;
  const w = bar.labelWidth;
  const right = (x: number): ValuePlacement | undefined =>
    x + pad + w <= width ? { x: x + pad, anchor: 'start', inside: false } : undefined;
  const left = (x: number): ValuePlacement | undefined =>
    x - pad - w >= 0 ? { x: x - pad, anchor: 'end', inside: false } : undefined;
  if (bar.filled && bar.x1 - bar.x0 >= w + 2 * pad) {
    return bar.end === 'right'
      ? { x: bar.x1 - pad, anchor: 'end', inside: true }
      : { x: bar.x0 + pad, anchor: 'start', inside: true };
  }
  const pastEnd = bar.end === 'right' ? right(bar.x1) : left(bar.x0);
  const beforeStart = ownSide ? undefined : bar.end === 'right' ? left(bar.x0) : right(bar.x1);
  const forced: ValuePlacement =
    ownSide && bar.end === 'left'
      ? { x: bar.x0 - pad, anchor: 'end', inside: false }
      : { x: bar.x1 + pad, anchor: 'start', inside: false };
  return pastEnd ?? beforeStart ?? (force ? forced : undefined);
}

/**
 * The widest plot at which `attempt` succeeds without forcing: tries right ends from `widest`
 * down, one unit at a time, to just above `narrowest`; undefined when none does.
 */
export function widestFit<T>(
  widest: number,
  narrowest: number,
  attempt: (plotRight: number, force: boolean) => T | undefined,
): T | undefined {
  for (let right = Math.floor(widest); right > narrowest; right--) {
    const result = attempt(right, false);
    if (result !== undefined) return result;
  }
  return undefined;
}

/**
 * widestFit, or else the plot at `narrowest`, where the attempt must succeed (callers pass
 * `force` on to placeBarValue there).
 */
export function widestPlot<T>(
  widest: number,
  narrowest: number,
  attempt: (plotRight: number, force: boolean) => T | undefined,
): T {
  const fit = widestFit(widest, narrowest, attempt);
  if (fit !== undefined) return fit;
  const last = attempt(narrowest, true);
  if (last === undefined) throw new Error('widestPlot: de smalste poging moet slagen');
  return last;
}

/** A bar's value as placed text, centred on the bar's height (`y` is the bar's top). */
export function valueText(place: ValuePlacement, y: number, text: string): PlacedText {
  return {
    x: r(place.x),
    y: r(y + BAR_HEIGHT / 2 + LABEL_SIZE * 0.35),
    lines: [text],
    size: LABEL_SIZE,
    anchor: place.anchor,
    className: place.inside ? 'chart__value chart__value--in' : 'chart__value',
  };
}
