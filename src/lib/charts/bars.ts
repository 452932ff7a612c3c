/**
 * Horizontal bars from zero, one row per value: the label above its bar (so it can wrap on a
 * phone), the value written at the end of the bar, a value axis with Dutch ticks below. Used
 * for a single Maastricht–Nederland pair and, with floating steps, by the waterfall.
 */
import { valueAxis, type Tick } from './axis';
import { LABEL_SIZE, LINE_HEIGHT, TICK_SIZE, r, textWidth, wrapLabel, type PlacedText } from './model';
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

const BAR = 18;
const PAD = 8;

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
  const valueRoom = Math.max(...rows.map((b) => textWidth(b.text, LABEL_SIZE))) + PAD + 4;
  const top = Math.max(...rows.map((b) => Math.max(b.from, b.to)), 0);
  // Room for the last tick label to stand centred on its tick.
  const plotRight = width - Math.max(valueRoom, 40);
  const axis = valueAxis([0, top || 1], [plotLeft, plotRight], unit, width < 400 ? 4 : 6, {
    labelWidth: (l) => textWidth(l, TICK_SIZE),
    firstStartAligned: true,
  });
  const x = axis.scale;
  const marks: Mark[] = [];
  const texts: PlacedText[] = [];
  let y0 = 4;
  const bars: PlacedBar[] = rows.map((row) => {
    const labelLines = wrapLabel(row.label, width - 4);
    texts.push({
      x: plotLeft,
      y: r(y0 + LABEL_SIZE * 0.8),
      lines: labelLines,
      size: LABEL_SIZE,
      anchor: 'start',
      className: 'chart__label',
    });
    const y = r(y0 + (labelLines.length - 1) * LINE_HEIGHT + LABEL_SIZE + 8);
    const x0 = r(x(Math.min(row.from, row.to)));
    const x1 = r(Math.max(x(Math.max(row.from, row.to)), x0 + 1));
    y0 = y + BAR + 14;
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
        y2: r(b.y + BAR + 4),
        className: t.value === 0 ? 'chart__zero' : 'chart__grid',
      });
  }
  bars.forEach((b, i) => {
    marks.push({
      type: 'rect',
      x: b.x0,
      y: b.y,
      width: r(b.x1 - b.x0),
      height: BAR,
      className: b.className,
      data: true,
    });
    texts.push({
      x: r(b.x1 + PAD),
      y: r(b.y + BAR / 2 + LABEL_SIZE * 0.35),
      lines: [b.text],
      size: LABEL_SIZE,
      anchor: 'start',
      className: 'chart__value',
    });
    const next = bars[i + 1];
    if (options.connectors && next) {
      const at = b.className === 'bar-af' ? b.x0 : b.x1;
      marks.push({ type: 'line', x1: at, x2: at, y1: r(b.y + BAR), y2: next.y, className: 'chart__connector' });
    }
  });
  marks.push({ type: 'line', x1: plotLeft, x2: plotRight, y1: axisY, y2: axisY, className: 'chart__axis' });
  for (const t of axis.ticks) {
    texts.push({
      x: t.at,
      y: r(axisY + TICK_SIZE + 4),
      lines: [t.label],
      size: TICK_SIZE,
      anchor: t.at <= plotLeft + 1 ? 'start' : 'middle',
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
