/**
 * Figures that must not be drawn on a common scale: approximate counts as the source words
 * them ("meer dan 65", "zo’n 20"), or numbers the site's own note calls not comparable. Each
 * figure is written out large beside its label, without bars, axes or a shared length.
 */
import { formatValue } from '../numbers';
import { barLabel } from './bars';
import {
  CHART_WIDTH,
  LABEL_SIZE,
  LINE_HEIGHT,
  r,
  textWidth,
  wrapLabel,
  type ChartIndicator,
  type PlacedText,
} from './model';
import type { Mark, Scene } from './scene';

export const FIGURE_SIZE = 24;

export interface FigureItem {
  label: string;
  text: string;
}

export interface FiguresGeometry extends Scene {
  items: Array<FigureItem & { y: number }>;
}

/** Whether a label already names the period, with a hyphen as in the data or an en dash as editors write it. */
function sameRange(label: string, period: string): boolean {
  return label.replace(/–/g, '-').includes(period);
}

export function figureItems(indicator: ChartIndicator): FigureItem[] {
  return indicator.values
    .filter((v) => v.value !== null)
    .map((v) => ({
      label: [
        barLabel(v),
        v.period && v.label && !sameRange(v.label, v.period) && !sameRange(indicator.label, v.period)
          ? v.period
          : undefined,
      ]
        .filter(Boolean)
        .join(', '),
      text: formatValue(v.value, indicator.unit, { decimals: indicator.decimals, qualifier: v.qualifier }),
    }));
}

export function figuresGeometry(indicator: ChartIndicator, width = CHART_WIDTH): FiguresGeometry {
  const items = figureItems(indicator);
  const marks: Mark[] = [];
  const texts: PlacedText[] = [];
  const valueWidth = Math.max(...items.map((i) => textWidth(i.text, FIGURE_SIZE)));
  // Value and label side by side when both fit, else the label under the value.
  const side = valueWidth + 16 + 140 <= width;
  let y0 = 4;
  const placed = items.map((item, i) => {
    if (i > 0) marks.push({ type: 'line', x1: 0, x2: width, y1: r(y0 - 8), y2: r(y0 - 8), className: 'chart__grid' });
    const valueY = r(y0 + FIGURE_SIZE * 0.8);
    texts.push({ x: 0, y: valueY, lines: [item.text], size: FIGURE_SIZE, anchor: 'start', className: 'chart__figure' });
    const labelX = side ? r(valueWidth + 16) : 0;
    const lines = wrapLabel(item.label, width - labelX - 2);
    const labelY = side ? r(valueY - (FIGURE_SIZE - LABEL_SIZE) * 0.4) : r(valueY + LINE_HEIGHT + 4);
    texts.push({ x: labelX, y: labelY, lines, size: LABEL_SIZE, anchor: 'start', className: 'chart__label' });
    const bottom = Math.max(valueY + FIGURE_SIZE * 0.25, labelY + (lines.length - 1) * LINE_HEIGHT + LABEL_SIZE * 0.25);
    const p = { ...item, y: valueY };
    y0 = bottom + 20;
    return p;
  });
  return { width, height: r(y0 - 12), marks, texts, items: placed };
}
