/**
 * What the chart functions work on: an indicator reduced to plain data, independent of
 * Astro's content layer so geometry and titles can be unit-tested, plus the measures every
 * chart kind shares (layout widths, type sizes, text widths).
 */
import type { Direction, IndicatorValue, Unit } from '../../schemas/indicator';

export interface ChartIndicator {
  id: string;
  label: string;
  unit: Unit;
  direction: Direction;
  decimals?: number;
  values: IndicatorValue[];
}

/**
 * The layouts drawn for every chart, one per range of container widths. CSS container queries
 * show the one that fits (no JavaScript); within its range an SVG scales by at most
 * `width / minContainer`, so the smallest type (TICK_SIZE) stays at least 12 px on screen.
 */
export const LAYOUTS = [
  { name: 's', width: 320, minContainer: 0 },
  { name: 'm', width: 480, minContainer: 440 },
  // From 600 px up to the widest column (832 px, 52rem): drawn at 690 it scales by 0,87-1,21,
  // within the range the small layout already has (0,89-1,38). A fourth layout for 760 px and
  // up cost a page 0,3 KB per chart (1,5 KB on /cijfers/) for a scale of 1,04 instead of 1,21.
  { name: 'l', width: 690, minContainer: 600 },
] as const;
export type LayoutName = (typeof LAYOUTS)[number]['name'];

/** The width a standalone download (SVG, PNG) is drawn at. */
export const EXPORT_WIDTH = 640;

/** The narrowest chart container a page may have (a 320 px screen): all type must stay ≥ 12 px there. */
export const MIN_CONTAINER = 286;

/** Type sizes in SVG user units. */
export const LABEL_SIZE = 15;
export const TICK_SIZE = 14;
export const LINE_HEIGHT = 19;

/** The default width kept for older callers (the smallest layout). */
export const CHART_WIDTH: number = LAYOUTS[0].width;

/**
 * Character advance widths in em, measured on DejaVu Sans (bold), the widest of the common
 * system sans-serif faces, so an estimate errs on the wide side in any browser.
 */
const WIDTHS: Record<string, number> = {
  ' ': 0.35,
  '\u00a0': 0.35,
  '!': 0.46,
  '%': 1.0,
  '(': 0.46,
  ')': 0.46,
  '+': 0.84,
  ',': 0.38,
  '-': 0.42,
  '.': 0.38,
  '/': 0.37,
  ':': 0.4,
  ';': 0.4,
  '€': 0.7,
  '’': 0.38,
  '‘': 0.38,
  '·': 0.38,
  '−': 0.84,
  '–': 0.5,
  I: 0.37,
  J: 0.37,
  M: 1.0,
  W: 1.1,
  f: 0.44,
  i: 0.34,
  j: 0.34,
  l: 0.34,
  m: 1.04,
  r: 0.49,
  t: 0.48,
  w: 0.92,
  s: 0.6,
  z: 0.58,
  c: 0.59,
  ï: 0.34,
};

function charWidth(ch: string): number {
  const known = WIDTHS[ch];
  if (known !== undefined) return known;
  if (/[0-9]/.test(ch)) return 0.7;
  if (/[A-Z]/.test(ch)) return 0.8;
  return 0.72;
}

/** Estimated rendered width of a text at a font size (user units). */
export function textWidth(text: string, size = LABEL_SIZE): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * size;
}

/**
 * Wraps a label into lines that fit a width, at spaces. SVG text does not wrap by itself,
 * and labels must stay readable on a phone. A non-breaking space holds (a figure and its unit:
 * "14,9 %"), and a separator " · " where a line breaks is dropped: a line neither ends nor
 * starts with "·".
 */
export function wrapLabel(text: string, width: number, size = LABEL_SIZE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n\r]+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line.replace(/ ·$/, ''));
      line = word === '·' ? '' : word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Rounds coordinates so snapshot files stay readable and stable. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}

export function placeValue(indicator: ChartIndicator, place: 'Maastricht' | 'Nederland'): IndicatorValue | undefined {
  return indicator.values.find((v) => v.place === place && v.value !== null);
}

/** Lower-cases the first letter for use inside a sentence ("Kernteam" → "kernteam"). */
export function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** A text placed in a chart: its anchor point, alignment, lines and size, so boxes can be checked. */
export interface PlacedText {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  size: number;
  anchor: 'start' | 'middle' | 'end';
  className: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a placed text takes (ascent ≈ 0.8 em above the baseline, descent 0.25 em below). */
export function textBox(t: PlacedText): Box {
  const w = Math.max(...t.lines.map((l) => textWidth(l, t.size)));
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - w / 2 : t.x - w;
  return { x0, x1: x0 + w, y0: t.y - t.size * 0.8, y1: t.y + (t.lines.length - 1) * LINE_HEIGHT + t.size * 0.25 };
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

/** Whether the segment (x1,y1)-(x2,y2) passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: Array<[number, number]> = [
    [-dx, x1 - b.x0],
    [dx, b.x1 - x1],
    [-dy, y1 - b.y0],
    [dy, b.y1 - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** What every chart kind's SVG component gets besides its data: the element id, a title and a text alternative. */
export interface ChartSvgProps {
  id: string;
  title: string;
  description: string;
}

/** The props of a chart kind drawn from one indicator (trend, waterfall, bars). */
export interface OneIndicatorChartProps extends ChartSvgProps {
  indicator: ChartIndicator;
}
