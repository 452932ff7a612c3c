/**
 * Horizontal bars from zero, one row per value: the label above its bar (so it can wrap on a
 * phone), the value written at the end of the bar (inside it when it fits, bar-labels.ts), a
 * value axis with Dutch ticks below. Used for a single Maastricht–Nederland pair and, with
 * floating steps, by the waterfall.
 */
import { valueAxis, type Tick } from './axis';
import { BAR_HEIGHT, placeBarValue, VALUE_PAD, valueText, widestPlot, type ValuePlacement } from './bar-labels';
import {
  LABEL_SIZE,
  LINE_HEIGHT,
  TICK_SIZE,
  r,
  textBox,
  textWidth,
  wrapLabel,
  type Box,
  type PlacedText,
} from './model';
import type { Mark, Scene } from './scene';
import type { Unit } from '../../schemas/indicator';

export interface BarRow {
  label: string;
  /** Where the bar starts and ends, in data units (a total starts at 0). */
  from: number;
  to: number;
  text: string;
  className: string;
}

export interface PlacedBar extends BarRow {
  x0: number;
  x1: number;
  y: number;
  labelLines: string[];
}

export interface BarsGeometry extends Scene {
  bars: PlacedBar[];
  ticks: Tick[];
  plotLeft: number;
  plotRight: number;
  axisY: number;
}

export function barLabel(v: { label?: string; place?: string; period?: string }): string {
  return v.label ?? [v.place, v.period].filter(Boolean).join(', ');
}

export function barsGeometry(
  rows: BarRow[],
  unit: Unit,
  width: number,
  options: { connectors?: boolean } = {},
): BarsGeometry {
  const plotLeft = 1;
  const top = Math.max(...rows.map((b) => Math.max(b.from, b.to)), 0);
  const labelWidths = rows.map((b) => textWidth(b.text, LABEL_SIZE));
  // The widest scale at which every value finds its place (bar-labels.ts): inside a long bar,
  // past a short one, before an outlined step that ends at the right.
  const { axis, values } = widestPlot(
    width - 1,
    width - Math.max(...labelWidths) - VALUE_PAD - 4,
    (plotRight, force) => {
      const axis = valueAxis([0, top || 1], [plotLeft, plotRight], unit, width < 400 ? 4 : 6, {
        labelWidth: (l) => textWidth(l, TICK_SIZE),
        firstStartAligned: true,
        nice: false,
        bounds: [0, width],
      });
      const values: ValuePlacement[] = [];
      for (const [i, row] of rows.entries()) {
        const x0 = axis.scale(Math.min(row.from, row.to));
        const x1 = Math.max(axis.scale(Math.max(row.from, row.to)), x0 + 1);
        const bar = { x0, x1, end: 'right' as const, filled: row.className !== 'bar-af', labelWidth: labelWidths[i]! };
        const place = placeBarValue(bar, width, force);
        if (!place) return undefined;
        values.push(place);
      }
      return { axis, values };
    },
  );
  const x = axis.scale;
  const plotRight = r(x.range()[1]!);
  const marks: Mark[] = [];
  const texts: PlacedText[] = [];
  let y0 = 4;
  const labelBoxes: Box[] = [];
  const bars: PlacedBar[] = rows.map((row) => {
    const labelLines = wrapLabel(row.label, width - 4);
    const label: PlacedText = {
      x: plotLeft,
      y: r(y0 + LABEL_SIZE * 0.8),
      lines: labelLines,
      size: LABEL_SIZE,
      anchor: 'start',
      className: 'chart__label',
    };
    texts.push(label);
    labelBoxes.push(textBox(label));
    const y = r(y0 + (labelLines.length - 1) * LINE_HEIGHT + LABEL_SIZE + 8);
    const x0 = r(x(Math.min(row.from, row.to)));
    const x1 = r(Math.max(x(Math.max(row.from, row.to)), x0 + 1));
    y0 = y + BAR_HEIGHT + 14;
    return { ...row, labelLines, x0, x1, y };
  });
  const axisY = r(y0 - 4);
  // Gridlines in each bar's band only, so they never cross a label.
  for (const b of bars) {
    for (const t of axis.ticks)
      marks.push({
        type: 'line',
        x1: t.at,
        x2: t.at,
        y1: r(b.y - 4),
        y2: r(b.y + BAR_HEIGHT + 4),
        className: t.value === 0 ? 'chart__zero' : 'chart__grid',
      });
  }
  bars.forEach((b, i) => {
    marks.push({
      type: 'rect',
      x: b.x0,
      y: b.y,
      width: r(b.x1 - b.x0),
      height: BAR_HEIGHT,
      className: b.className,
      data: true,
    });
    texts.push(valueText(values[i]!, b.y, b.text));
    const next = bars[i + 1];
    if (options.connectors && next) {
      const at = b.className === 'bar-af' ? b.x0 : b.x1;
      // The line down to the next step breaks around that step's label where the label reaches it
      // (on a phone: "Minder gevraagd dan | aanvankelijk").
      const label = labelBoxes[i + 1]!;
      const spans: Array<[number, number]> =
        at < label.x1 + 3
          ? [
              [b.y + BAR_HEIGHT, label.y0 - 2],
              [label.y1 + 2, next.y],
            ]
          : [[b.y + BAR_HEIGHT, next.y]];
      for (const [y1, y2] of spans)
        marks.push({ type: 'line', x1: at, x2: at, y1: r(y1), y2: r(y2), className: 'chart__connector' });
    }
  });
  marks.push({ type: 'line', x1: plotLeft, x2: plotRight, y1: axisY, y2: axisY, className: 'chart__axis' });
  for (const t of axis.ticks) {
    const half = textWidth(t.label, TICK_SIZE) / 2;
    texts.push({
      x: t.at,
      y: r(axisY + TICK_SIZE + 4),
      lines: [t.label],
      size: TICK_SIZE,
      anchor: t.at <= plotLeft + 1 ? 'start' : t.at + half > width ? 'end' : 'middle',
      className: 'chart__tick chart__tick--value',
    });
  }
  return {
    width,
    height: r(axisY + TICK_SIZE + 10),
    marks,
    texts,
    bars,
    ticks: axis.ticks,
    plotLeft,
    plotRight,
    axisY,
  };
}
