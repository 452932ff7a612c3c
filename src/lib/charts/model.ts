/**
 * What the chart functions work on: an indicator reduced to plain data, independent of
 * Astro's content layer so geometry and titles can be unit-tested.
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

/** The drawing area shared by all charts, in SVG user units (the SVG scales to its box). */
export const CHART_WIDTH = 360;
export const FONT_SIZE = 17;
export const SMALL_FONT_SIZE = 15;
export const LINE_HEIGHT = 21;

/** Rough width of a bold character at FONT_SIZE, for wrapping labels without measuring. */
const CHAR_WIDTH = FONT_SIZE * 0.6;

/**
 * Wraps a label into lines that fit the chart width, at spaces. SVG text does not wrap by
 * itself, and labels must stay readable when the chart is scaled down on a phone.
 */
export function wrapLabel(text: string, width = CHART_WIDTH - 20): string[] {
  const max = Math.max(8, Math.floor(width / CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
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
