/**
 * A change over time on a real time axis: a period the source names ("2016", "2019/2020",
 * "2021/2023") is drawn as the span of the years it covers, with its value at the middle, so
 * unequal periods keep their real length. Values on a linear scale from zero with Dutch tick
 * labels. A target is an open marker on a dashed line, labelled "doel", so it never reads as a
 * measured value. Value labels are placed where they touch no line, mark or other label.
 */
import { formatValue } from '../numbers';
import { valueAxis, type Tick } from './axis';
import { CHART_WIDTH, LABEL_SIZE, TICK_SIZE, r, textWidth, type ChartIndicator, type PlacedText } from './model';
import { placeLabel, type Mark, type Scene } from './scene';

export interface TrendPoint {
  period: string;
  value: number;
  text: string;
  isTarget: boolean;
  /** First year and the year after the last (a span [start, end) in years). */
  start: number;
  end: number;
  x0: number;
  x1: number;
  x: number;
  y: number;
}

export interface TrendGeometry extends Scene {
  points: TrendPoint[];
  ticks: Tick[];
  years: Array<{ year: number; x: number; labelled: boolean }>;
  /** The time axis writes the periods as the source names them, one row, instead of years. */
  periodsOnly: boolean;
  plotLeft: number;
  plotRight: number;
  baselineY: number;
}

/** "2016" → [2016, 2017); "2019/2020" and "2008-2018" → the years from the first through the last. */
export function periodSpan(period: string): [number, number] {
  const m = /^(\d{4})(?:[/-](\d{4}))?$/.exec(period);
  if (!m) throw new Error(`Periode "${period}" is geen jaar of jaren ("2020", "2019/2020")`);
  const first = Number(m[1]);
  const last = m[2] ? Number(m[2]) : first;
  if (last < first) throw new Error(`Periode "${period}" eindigt voor hij begint`);
  return [first, last + 1];
}

export function trendGeometry(indicator: ChartIndicator, width = CHART_WIDTH): TrendGeometry {
  const values = indicator.values.filter(
    (v): v is typeof v & { value: number; period: string } => v.value !== null && Boolean(v.period),
  );
  if (values.length < 2)
    throw new Error(`Indicator "${indicator.id}" heeft minstens twee waarden met een periode nodig voor een verloop`);
  const top = 14;
  const maxValue = Math.max(...values.map((v) => v.value));
  const tickCount = width < 400 ? 4 : 5;
  // The tick labels follow from the domain alone, so the plot's left edge is known before its height.
  const tickLabels = valueAxis([0, maxValue || 1], [1, 0], indicator.unit, tickCount).ticks.map((t) => t.label);
  const plotLeft = r(Math.max(...tickLabels.map((l) => textWidth(l, TICK_SIZE))) + 10);
  const plotRight = width - 8;
  const spans = values.map((v) => periodSpan(v.period));
  const firstYear = Math.min(...spans.map((s) => s[0]));
  const lastYear = Math.max(...spans.map((s) => s[1]));
  const x = (year: number) => plotLeft + ((year - firstYear) / (lastYear - firstYear)) * (plotRight - plotLeft);
  // Time axis: every year written in the middle of its year when the years are wide enough for
  // their labels, with each period the source names written in a row beneath. Where they are
  // too narrow, a year axis would label only every other year (and perhaps not the target's) over
  // a second row that reads as more ticks: then one row of the periods themselves, as the source
  // writes them, each under its span, when they stand apart.
  const yearWidth = (plotRight - plotLeft) / (lastYear - firstYear);
  const every = textWidth('0000', TICK_SIZE) + 8 > yearWidth ? 2 : 1;
  const periodLabels = values
    .map(({ period }) => {
      const [start, end] = periodSpan(period);
      const w = textWidth(period, TICK_SIZE);
      const at = Math.min(Math.max(x((start + end) / 2), w / 2), width - w / 2);
      return { period, at, x0: at - w / 2, x1: at + w / 2 };
    })
    .sort((a, b) => a.at - b.at);
  const periodsOnly =
    every > 1 &&
    periodLabels.every((l, i) => {
      const before = periodLabels[i - 1];
      return !before || l.x0 - before.x1 >= 8;
    });
  // Room under the plot for the rows of labels: one row of periods, or years with periods beneath.
  const below = periodsOnly ? 32 : 52;
  const height = (width < 400 ? 198 : 238) + below;
  const bottom = height - below;
  const yAxis = valueAxis([0, maxValue || 1], [bottom, top + 8], indicator.unit, tickCount);
  const y = yAxis.scale;
  const points: TrendPoint[] = values.map((v, i) => {
    const [start, end] = spans[i]!;
    return {
      period: v.period,
      value: v.value,
      text: formatValue(v.value, indicator.unit, { decimals: indicator.decimals }),
      isTarget: v.role === 'doel',
      start,
      end,
      x0: r(x(start) + 2),
      x1: r(x(end) - 2),
      x: r(x((start + end) / 2)),
      y: r(y(v.value)),
    };
  });
  const marks: Mark[] = [];
  const texts: PlacedText[] = [];
  const baselineY = r(y(0));
  for (const t of yAxis.ticks) {
    // The zero line counts as a mark: no label may sit on it.
    marks.push({
      type: 'line',
      x1: plotLeft,
      x2: plotRight,
      y1: t.at,
      y2: t.at,
      className: t.value === 0 ? 'chart__axis' : 'chart__grid',
      data: t.value === 0,
    });
    texts.push({
      x: r(plotLeft - 6),
      y: r(t.at + TICK_SIZE * 0.35),
      lines: [String(t.label)],
      size: TICK_SIZE,
      anchor: 'end',
      className: 'chart__tick chart__tick--value',
    });
  }
  // A tick at every year boundary; the labels as chosen above. When only every other year is
  // written, the count runs back from the last year, so the end of the range (a target) has one.
  const years: TrendGeometry['years'] = [];
  for (let year = firstYear; year < lastYear; year++) {
    const labelled = !periodsOnly && (lastYear - 1 - year) % every === 0;
    years.push({ year, x: r(x(year + 0.5)), labelled });
    if (labelled)
      texts.push({
        x: r(x(year + 0.5)),
        y: r(bottom + TICK_SIZE + 10),
        lines: [String(year)],
        size: TICK_SIZE,
        anchor: 'middle',
        className: 'chart__tick chart__tick--time',
      });
  }
  if (periodsOnly)
    for (const l of periodLabels)
      texts.push({
        x: r(l.at),
        y: r(bottom + TICK_SIZE + 10),
        lines: [l.period],
        size: TICK_SIZE,
        anchor: 'middle',
        className: 'chart__tick chart__tick--time',
      });
  for (let year = firstYear; year <= lastYear; year++) {
    marks.push({
      type: 'line',
      x1: r(x(year)),
      x2: r(x(year)),
      y1: baselineY,
      y2: r(baselineY + 5),
      className: 'chart__axis',
    });
  }
  const actual = points.filter((p) => !p.isTarget);
  const targets = points.filter((p) => p.isTarget);
  const lastActual = actual.at(-1);
  const pathOf = (pts: TrendPoint[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('');
  if (actual.length > 1)
    marks.push({
      type: 'path',
      d: pathOf(actual),
      className: 'chart__line',
      data: true,
      points: actual.map((p) => [p.x, p.y]),
    });
  if (targets.length && lastActual) {
    const pts = [lastActual, ...targets];
    marks.push({
      type: 'path',
      d: pathOf(pts),
      className: 'chart__line chart__line--target',
      data: true,
      points: pts.map((p) => [p.x, p.y]),
    });
  }
  for (const p of points) {
    marks.push({
      type: 'line',
      x1: p.x0,
      x2: p.x1,
      y1: p.y,
      y2: p.y,
      className: p.isTarget ? 'chart__span chart__span--target' : 'chart__span',
      data: true,
    });
    marks.push({
      type: 'circle',
      cx: p.x,
      cy: p.y,
      r: p.isTarget ? 6 : 5,
      className: p.isTarget ? 'mark-target' : 'mark-maastricht',
      data: true,
    });
  }
  // Period labels under each span, as the source writes the period, where it differs from a year.
  for (const p of points) {
    if (!periodsOnly && p.end - p.start > 1) {
      texts.push({
        x: p.x,
        y: r(bottom + 2 * TICK_SIZE + 16),
        lines: [p.period],
        size: TICK_SIZE,
        anchor: 'middle',
        className: 'chart__period',
      });
    }
  }
  for (const p of points) {
    const text = p.isTarget ? `doel: ${p.text}` : p.text;
    const w = textWidth(text, LABEL_SIZE);
    const candidates: PlacedText[] = [];
    const base = {
      lines: [text],
      size: LABEL_SIZE,
      className: p.isTarget ? 'chart__value chart__value--target' : 'chart__value',
    };
    // Beside the span first when the label cannot stand above it, then higher above or below.
    candidates.push({ ...base, x: r(p.x), y: r(p.y - 14), anchor: 'middle' });
    candidates.push({ ...base, x: r(p.x0 - 8), y: r(p.y + LABEL_SIZE * 0.35), anchor: 'end' });
    candidates.push({ ...base, x: r(p.x1 + 8), y: r(p.y + LABEL_SIZE * 0.35), anchor: 'start' });
    // Beside the span and just above its line (for a value on the zero line).
    for (const shift of [0, 15, 30, 45, 60]) {
      candidates.push({ ...base, x: r(p.x0 - 6 - shift), y: r(p.y - 8), anchor: 'end' });
      candidates.push({ ...base, x: r(p.x1 + 6 + shift), y: r(p.y - 8), anchor: 'start' });
    }
    for (const dy of [-14, -32, -50, -68, -86, 28, 46]) {
      for (const [anchor, dx] of [
        ['middle', 0],
        ['start', -8],
        ['end', 8],
        ['start', 10],
        ['end', -10],
      ] as const) {
        let ax = p.x + dx;
        // Keep the label inside the plot.
        if (anchor === 'middle') ax = Math.min(Math.max(ax, w / 2 + 1), width - w / 2 - 1);
        candidates.push({ ...base, x: r(ax), y: r(p.y + dy), anchor });
      }
    }
    texts.push(placeLabel(candidates, texts, marks, { width, height }));
  }
  return {
    width,
    height,
    marks,
    texts,
    points,
    ticks: yAxis.ticks,
    years,
    periodsOnly,
    plotLeft,
    plotRight,
    baselineY,
  };
}
