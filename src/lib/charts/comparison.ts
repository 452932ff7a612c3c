/**
 * Maastricht against the Netherlands. With several indicators the chart shows each gap at its
 * own magnitude: how much higher or lower Maastricht's figure is than the national one, in
 * percent of the national figure, as a bar from 0 (= the national level), sorted by the size of
 * that gap. Both figures are written out on every row, with the indicator's direction, so
 * colour is never needed to read it. A single indicator is drawn as two bars from zero.
 */
import { formatNumber, formatValue, NBSP } from '../numbers';
import { valueAxis, type Tick } from './axis';
import {
  BAR_HEIGHT,
  placeBarValue,
  VALUE_PAD,
  valueText,
  widestFit,
  widestPlot,
  type ValuePlacement,
} from './bar-labels';
import { barsGeometry, type BarsGeometry } from './bars';
import {
  CHART_WIDTH,
  LABEL_SIZE,
  LINE_HEIGHT,
  TICK_SIZE,
  placeValue,
  r,
  textWidth,
  wrapLabel,
  type ChartIndicator,
  type PlacedText,
} from './model';
import type { Mark, Scene } from './scene';

export type Assessment = 'gunstiger' | 'ongunstiger' | 'gelijk' | 'neutraal';

export interface ComparisonRow {
  id: string;
  label: string;
  maastricht: number;
  nederland: number;
  maastrichtText: string;
  nederlandText: string;
  /** "hoger" or "lager" or "gelijk": Maastricht relative to the Netherlands. */
  relation: 'hoger' | 'lager' | 'gelijk';
  /** Whether Maastricht is better or worse off, when the indicator has a direction. */
  assessment: Assessment;
  direction: ChartIndicator['direction'];
  /** (Maastricht − Nederland) / Nederland × 100, rounded to whole percents. */
  relative: number;
  /** "50 % hoger", "13 % lager". */
  relativeText: string;
}

export interface PlacedComparisonRow extends ComparisonRow {
  labelLines: string[];
  /** The value as written at the bar: relativeText, or signed ("−13 %") where words do not fit. */
  valueText: string;
  y: number;
  x0: number;
  x1: number;
}

export interface ComparisonGeometry extends Scene {
  rows: PlacedComparisonRow[];
  ticks: Tick[];
  plotLeft: number;
  plotRight: number;
  zeroX: number;
  axisY: number;
}

export const DIRECTION_WORDS = {
  'hoger-beter': 'hoger is beter',
  'lager-beter': 'lager is beter',
  neutraal: 'geen richting',
} as const;

export function comparisonRows(indicators: ChartIndicator[]): ComparisonRow[] {
  const units = new Set(indicators.map((i) => i.unit));
  if (units.size > 1)
    throw new Error(
      `Een vergelijking kan alleen indicatoren met dezelfde eenheid tonen, kreeg: ${[...units].join(', ')}`,
    );
  return indicators
    .map((indicator): ComparisonRow => {
      const m = placeValue(indicator, 'Maastricht');
      const n = placeValue(indicator, 'Nederland');
      if (!m || !n || m.value === null || n.value === null) {
        throw new Error(`Indicator "${indicator.id}" heeft geen waarde voor zowel Maastricht als Nederland`);
      }
      const relation = m.value > n.value ? 'hoger' : m.value < n.value ? 'lager' : 'gelijk';
      const assessment: Assessment =
        relation === 'gelijk'
          ? 'gelijk'
          : indicator.direction === 'neutraal'
            ? 'neutraal'
            : (relation === 'hoger') === (indicator.direction === 'hoger-beter')
              ? 'gunstiger'
              : 'ongunstiger';
      const relative = n.value === 0 ? 0 : Math.round(((m.value - n.value) / n.value) * 100);
      return {
        id: indicator.id,
        label: indicator.label,
        maastricht: m.value,
        nederland: n.value,
        maastrichtText: formatValue(m.value, indicator.unit, { decimals: indicator.decimals }),
        nederlandText: formatValue(n.value, indicator.unit, { decimals: indicator.decimals }),
        relation,
        assessment,
        direction: indicator.direction,
        relative,
        relativeText: relation === 'gelijk' ? 'gelijk' : `${formatNumber(Math.abs(relative), 0)}${NBSP}% ${relation}`,
      };
    })
    .sort((a, b) => Math.abs(b.relative) - Math.abs(a.relative) || a.label.localeCompare(b.label, 'nl'));
}

/** A relative gap signed as the axis writes its ticks: "+50 %", "−13 %" ("gelijk" stays). */
export function signedText(row: ComparisonRow): string {
  if (row.relation === 'gelijk') return row.relativeText;
  const sign = row.relative > 0 ? '+' : row.relative < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(row.relative), 0)}${NBSP}%`;
}

/** The legend entries a comparison needs: one per assessment that occurs, and the reference line. */
export function comparisonLegend(rows: ComparisonRow[]): Array<{ className: string; label: string }> {
  const order: Array<[Assessment, string]> = [
    ['ongunstiger', 'ongunstiger dan Nederland'],
    ['gunstiger', 'gunstiger dan Nederland'],
    ['neutraal', 'verschil (geen richting)'],
  ];
  return order
    .filter(([a]) => rows.some((row) => row.assessment === a))
    .map(([a, label]) => ({ className: `bar-${a}`, label }));
}

/** Several indicators: the relative gap per indicator, sorted by its size. */
export function relativeGeometry(indicators: ChartIndicator[], width = CHART_WIDTH): ComparisonGeometry {
  const rows = comparisonRows(indicators);
  const marks: Mark[] = [];
  const texts: PlacedText[] = [];
  // Legend: a swatch per colour and the reference line, wrapped onto lines as the width allows.
  let lx = 0;
  let ly = 4;
  const legend = [
    ...comparisonLegend(rows).map((e) => ({ ...e, swatch: 'rect' as const })),
    { className: 'chart__zero', label: '0 = gelijk aan Nederland', swatch: 'line' as const },
  ];
  for (const entry of legend) {
    const w = 22 + textWidth(entry.label, TICK_SIZE) + 16;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += LINE_HEIGHT + 2;
    }
    if (entry.swatch === 'rect')
      marks.push({ type: 'rect', x: lx, y: ly + 2, width: 16, height: 12, className: entry.className });
    else marks.push({ type: 'line', x1: lx + 8, x2: lx + 8, y1: ly, y2: ly + 16, className: entry.className });
    texts.push({
      x: lx + 22,
      y: r(ly + 13),
      lines: [entry.label],
      size: TICK_SIZE,
      anchor: 'start',
      className: 'chart__legend',
    });
    lx += w;
  }
  const top = ly + LINE_HEIGHT + 10;
  const lo = Math.min(0, ...rows.map((row) => row.relative));
  const hi = Math.max(0, ...rows.map((row) => row.relative));
  // A value stands on its own bar's side of zero: inside the bar's end, or past it (bar-labels.ts,
  // ownSide), never across zero, where it would read as a gap the other way. To the left the plot
  // leaves room for half a tick label, or, when a lower value fits neither inside its bar nor past
  // its end there, room for that value left of the longest bar to the left. To the right the
  // widest scale at which every value finds its place.
  const tickRoom = r(textWidth('−20 %', TICK_SIZE) / 2 + 2);
  const fitter = (labels: string[]) => {
    const widths = labels.map((l) => textWidth(l, LABEL_SIZE));
    const attempt = (plotLeft: number) => (plotRight: number, force: boolean) => {
      const axis = valueAxis([lo, hi], [plotLeft, plotRight], 'procent', width < 400 ? 4 : 6, {
        signed: true,
        labelWidth: (l) => textWidth(l, TICK_SIZE),
        nice: false,
        bounds: [0, width],
      });
      const values: ValuePlacement[] = [];
      for (const [i, row] of rows.entries()) {
        const bar = {
          x0: axis.scale(Math.min(0, row.relative)),
          x1: axis.scale(Math.max(0, row.relative)),
          end: row.relative < 0 ? ('left' as const) : ('right' as const),
          filled: true,
          labelWidth: widths[i] ?? 0,
        };
        const place = placeBarValue(bar, width, force, true);
        if (!place) return undefined;
        values.push(place);
      }
      return { axis, values, labels };
    };
    const narrowest = width - Math.max(20, ...widths.map((w) => w + 10));
    const lowerRoom = r(
      Math.max(tickRoom, ...rows.map((row, i) => (row.relative < 0 ? (widths[i] ?? 0) + VALUE_PAD : 0))),
    );
    /** The widest right end (not forced) with the given room on the left. */
    const widest = (plotLeft: number) => widestFit(width - 1, narrowest, attempt(plotLeft));
    return { attempt, narrowest, lowerRoom, widest };
  };
  // The values in words ("13 % lager") where they fit: with the usual left margin, or with room
  // for a lower value on the left while the bars still reach the right edge. Where they do not (a
  // phone), signed as the axis writes them ("−13 %", "+50 %"): shorter, so the bars keep the width.
  const worded = fitter(rows.map((row) => row.relativeText));
  const signed = fitter(rows.map(signedText));
  const { axis, values, labels } =
    worded.widest(tickRoom) ??
    worded.attempt(worded.lowerRoom)(Math.floor(width - 1), false) ??
    signed.widest(tickRoom) ??
    widestPlot(width - 1, signed.narrowest, signed.attempt(signed.lowerRoom));
  const [left = tickRoom, right = width] = axis.scale.range();
  const plotLeft = r(left);
  const plotRight = r(right);
  const x = axis.scale;
  const zeroX = r(x(0));
  let y0 = top;
  const placed: PlacedComparisonRow[] = rows.map((row, i) => {
    const labelLines = wrapLabel(row.label, width - 2);
    texts.push({
      x: 0,
      y: r(y0 + LABEL_SIZE * 0.8),
      lines: labelLines,
      size: LABEL_SIZE,
      anchor: 'start',
      className: 'chart__label',
    });
    let y = y0 + (labelLines.length - 1) * LINE_HEIGHT + LABEL_SIZE + 6;
    const detail = wrapLabel(
      `Maastricht ${row.maastrichtText}, Nederland ${row.nederlandText} · ${DIRECTION_WORDS[row.direction]}`,
      width - 2,
      TICK_SIZE,
    );
    texts.push({
      x: 0,
      y: r(y + TICK_SIZE * 0.8),
      lines: detail,
      size: TICK_SIZE,
      anchor: 'start',
      className: 'chart__detail',
    });
    y += (detail.length - 1) * LINE_HEIGHT + TICK_SIZE + 6;
    const x0 = r(x(Math.min(0, row.relative)));
    const x1 = r(x(Math.max(0, row.relative)));
    const p = { ...row, labelLines, y: r(y), x0, x1, valueText: labels[i] ?? row.relativeText };
    y0 = y + BAR_HEIGHT + 16;
    return p;
  });
  const axisY = r(y0 - 6);
  // Gridlines in each row's bar band only, so they never cross a label.
  for (const row of placed) {
    for (const t of axis.ticks) {
      marks.push({
        type: 'line',
        x1: t.at,
        x2: t.at,
        y1: r(row.y - 5),
        y2: r(row.y + BAR_HEIGHT + 5),
        className: t.value === 0 ? 'chart__zero' : 'chart__grid',
      });
    }
  }
  for (const t of axis.ticks)
    marks.push({
      type: 'line',
      x1: t.at,
      x2: t.at,
      y1: r(axisY - 6),
      y2: axisY,
      className: t.value === 0 ? 'chart__zero' : 'chart__grid',
    });
  for (const [i, row] of placed.entries()) {
    marks.push({
      type: 'rect',
      x: row.x0,
      y: row.y,
      width: Math.max(r(row.x1 - row.x0), 1),
      height: BAR_HEIGHT,
      className: `bar-${row.assessment}`,
      data: true,
    });
    texts.push(valueText(values[i]!, row.y, row.valueText));
  }
  marks.push({ type: 'line', x1: plotLeft, x2: plotRight, y1: axisY, y2: axisY, className: 'chart__axis' });
  for (const t of axis.ticks) {
    const w = textWidth(t.label, TICK_SIZE);
    const anchor = t.at - w / 2 < 0 ? 'start' : t.at + w / 2 > width ? 'end' : 'middle';
    texts.push({
      x: t.at,
      y: r(axisY + TICK_SIZE + 4),
      lines: [t.label],
      size: TICK_SIZE,
      anchor,
      className: 'chart__tick chart__tick--value',
    });
  }
  const caption = wrapLabel('Verschil met Nederland, in procenten van het Nederlandse cijfer', width, TICK_SIZE);
  texts.push({
    x: 0,
    y: r(axisY + 2 * TICK_SIZE + 12),
    lines: caption,
    size: TICK_SIZE,
    anchor: 'start',
    className: 'chart__axis-title',
  });
  const height = r(axisY + 2 * TICK_SIZE + 12 + (caption.length - 1) * LINE_HEIGHT + 8);
  return { width, height, marks, texts, rows: placed, ticks: axis.ticks, plotLeft, plotRight, zeroX, axisY };
}

/** One indicator: Maastricht and Nederland as two bars from zero. */
export function pairGeometry(indicator: ChartIndicator, width = CHART_WIDTH): BarsGeometry {
  const [row] = comparisonRows([indicator]);
  if (!row) throw new Error(`Indicator "${indicator.id}" heeft geen waarden`);
  return barsGeometry(
    [
      { label: 'Maastricht', from: 0, to: row.maastricht, text: row.maastrichtText, className: 'bar-maastricht' },
      { label: 'Nederland', from: 0, to: row.nederland, text: row.nederlandText, className: 'bar-nederland' },
    ],
    indicator.unit,
    width,
  );
}

/** The geometry of a comparison chart: the relative gaps for several indicators, two bars for one. */
export function comparisonGeometry(
  indicators: ChartIndicator[],
  width = CHART_WIDTH,
): ComparisonGeometry | BarsGeometry {
  const first = indicators[0];
  if (!first) throw new Error('Een vergelijking heeft minstens één indicator nodig');
  return indicators.length === 1 ? pairGeometry(first, width) : relativeGeometry(indicators, width);
}
