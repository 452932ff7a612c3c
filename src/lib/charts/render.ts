/**
 * From chart data to SVG markup: the scene of a chart kind at a width, the inline SVGs a page
 * shows (one per layout, CSS picks the one that fits), and the standalone SVG of a download,
 * with its title, unit, source and address drawn in and its styles embedded.
 */
import type { ChartKind } from '../../schemas/indicator';
import { comparisonGeometry } from './comparison';
import { figuresGeometry } from './figures';
import {
  EXPORT_WIDTH,
  LAYOUTS,
  LINE_HEIGHT,
  TICK_SIZE,
  r,
  wrapLabel,
  type ChartIndicator,
  type LayoutName,
  type PlacedText,
} from './model';
import { sceneBody, type Scene } from './scene';
import { trendGeometry } from './trend';
import { waterfallGeometry } from './waterfall';
import { barsGeometry, barLabel } from './bars';
import { formatValue } from '../numbers';

/** Refuses what must not be drawn on a scale: approximate values in bars, comparisons across units. */
export function checkDrawable(kind: ChartKind, indicators: ChartIndicator[], chartId: string): void {
  for (const i of indicators) {
    const worded = i.values.find((v) => v.after);
    if (worded) {
      throw new Error(
        `Grafiek "${chartId}": "${i.id}" heeft woorden na het getal (after: "${worded.after}"); een grafiek toont die niet: zet het cijfer in geen grafiek, of maak de woorden deel van de naam`,
      );
    }
  }
  if (kind === 'kerncijfers') return;
  const units = new Set(indicators.map((i) => i.unit));
  if (units.size > 1) throw new Error(`Grafiek "${chartId}": één grafiek, één eenheid; kreeg ${[...units].join(', ')}`);
  for (const i of indicators) {
    const approx = i.values.find((v) => v.qualifier);
    if (approx) {
      throw new Error(
        `Grafiek "${chartId}": "${i.id}" heeft een benaderde waarde (${approx.qualifier} ${approx.value}); teken die niet als exacte lengte maar gebruik kind: kerncijfers`,
      );
    }
  }
}

export function chartScene(kind: ChartKind, indicators: ChartIndicator[], width: number): Scene {
  const first = indicators[0];
  if (!first) throw new Error('Een grafiek heeft minstens één indicator nodig');
  switch (kind) {
    case 'vergelijking':
      return comparisonGeometry(indicators, width);
    case 'verloop':
      return trendGeometry(first, width);
    case 'waterval': {
      const g = waterfallGeometry(first, width);
      if (g.inconsistencies.length)
        throw new Error(`Waterval "${first.id}" klopt niet: ${g.inconsistencies.join('; ')}`);
      return g;
    }
    case 'staaf':
      return barsGeometry(
        first.values
          .filter((v) => v.value !== null)
          .map((v) => ({
            label: barLabel(v),
            from: 0,
            to: v.value ?? 0,
            text: formatValue(v.value, first.unit, { decimals: first.decimals }),
            className: 'bar-totaal',
          })),
        first.unit,
        width,
      );
    case 'kerncijfers':
      return figuresGeometry(first, width);
  }
}

export interface InlineSvg {
  layout: LayoutName;
  width: number;
  minContainer: number;
  svg: string;
}

/**
 * One SVG per layout for a page. Each is an image named by the figure's title and described by
 * the text alternative (both given once, outside the SVGs, by id); CSS shows one at a time.
 */
export function inlineSvgs(
  kind: ChartKind,
  indicators: ChartIndicator[],
  ids: { title: string; description: string },
): InlineSvg[] {
  return LAYOUTS.map((layout) => {
    const scene = chartScene(kind, indicators, layout.width);
    const svg =
      `<svg class="chart__svg chart__svg--${layout.name}" role="img" aria-labelledby="${ids.title}" aria-describedby="${ids.description}" ` +
      `viewBox="0 0 ${scene.width} ${scene.height}" width="${scene.width}" height="${scene.height}">\n${sceneBody(scene)}\n</svg>`;
    return { layout: layout.name, width: layout.width, minContainer: layout.minContainer, svg };
  });
}

/** Colours of the downloads (the site's light theme) and their type: Noto Sans, embedded in the PNG. */
export const EXPORT_STYLE = `
svg { font-family: 'Noto Sans', system-ui, sans-serif; }
text { fill: #1d1d1b; }
.chart__title { font-weight: 700; }
.chart__unit, .chart__tick, .chart__detail, .chart__axis-title, .chart__period, .chart__legend, .chart__note, .chart__footer { fill: #4f4b47; }
.chart__label, .chart__value, .chart__figure { font-weight: 700; }
.chart__label, .chart__value, .chart__detail { paint-order: stroke; stroke: #ffffff; stroke-width: 4px; stroke-linejoin: round; }
.chart__value--target { font-weight: 600; }
.chart__value--in { fill: #ffffff; stroke: none; }
.chart__grid { stroke: #d9d4ce; stroke-width: 1; }
.chart__axis { stroke: #4f4b47; stroke-width: 1; }
.chart__zero { stroke: #1d1d1b; stroke-width: 2; }
.chart__connector { stroke: #4f4b47; stroke-width: 1; stroke-dasharray: 2 2; }
.chart__line { fill: none; stroke: #0b5394; stroke-width: 2; }
.chart__line--target { stroke-dasharray: 6 5; }
.chart__span { stroke: #0b5394; stroke-width: 6; }
.chart__span--target { stroke-dasharray: 4 3; stroke-width: 4; }
.mark-maastricht { fill: #0b5394; }
.mark-target { fill: #ffffff; stroke: #0b5394; stroke-width: 2.5; }
.bar-totaal, .bar-maastricht { fill: #0b5394; }
.bar-nederland { fill: #7a746e; }
.bar-af { fill: #ffffff; stroke: #b3001b; stroke-width: 2; stroke-dasharray: 4 3; }
.bar-ongunstiger { fill: #b3001b; }
.bar-gunstiger { fill: #2b7a3d; }
.bar-neutraal, .bar-gelijk { fill: #595959; }
`;

export interface ExportText {
  title: string;
  unit: string;
  source: string;
  /** The chart page's public address; left out when the site's address is not configured. */
  address?: string | undefined;
  /**
   * The notes shown under the chart on the site (the chart's and its indicators'): a download
   * without them shows figures as comparable that the notes say are not.
   */
  notes?: readonly string[];
}

/** What a download says about its notes, before the first one: they are the editors' words. */
export const EXPORT_NOTES_LABEL = 'Toelichting redactie:';

/** The parts of a download: its size, the texts around the chart, and where the chart goes. */
export interface ExportLayout {
  width: number;
  height: number;
  margin: number;
  /** Title, unit line, notes and source line, in the download's coordinates. */
  texts: PlacedText[];
  chartTop: number;
  scene: Scene;
}

/**
 * Lays out a download: title and unit above the chart; below it the notes (wrapped to the
 * width, as Our World in Data puts them in the footer of its downloads) and then the source and
 * page address. The height grows with every line.
 */
export function exportLayout(
  kind: ChartKind,
  indicators: ChartIndicator[],
  text: ExportText,
  width: number = EXPORT_WIDTH,
): ExportLayout {
  const margin = 20;
  const inner = width - 2 * margin;
  const scene = chartScene(kind, indicators, inner);
  const texts: PlacedText[] = [];
  const small = (lines: string[], y: number, className: string) =>
    texts.push({ x: margin, y: r(y + TICK_SIZE * 0.8), lines, size: TICK_SIZE, anchor: 'start', className });
  let y = margin;
  const titleSize = 19;
  const titleLines = wrapLabel(text.title, inner, titleSize);
  texts.push({
    x: margin,
    y: r(y + titleSize * 0.8),
    lines: titleLines,
    size: titleSize,
    anchor: 'start',
    className: 'chart__title',
  });
  y += titleLines.length * 24 + 4;
  const unitLines = wrapLabel(text.unit, inner, TICK_SIZE);
  small(unitLines, y, 'chart__unit');
  y += unitLines.length * LINE_HEIGHT + 14;
  const chartTop = y;
  y += scene.height + 16;
  (text.notes ?? []).forEach((note, i) => {
    const lines = wrapLabel(i === 0 ? `${EXPORT_NOTES_LABEL} ${note}` : note, inner, TICK_SIZE);
    small(lines, y, 'chart__note');
    y += lines.length * LINE_HEIGHT + 6;
  });
  if (text.notes?.length) y += 4;
  const footLines = wrapLabel(text.address ? `${text.source} · ${text.address}` : text.source, inner, TICK_SIZE);
  small(footLines, y, 'chart__footer');
  y += footLines.length * LINE_HEIGHT + margin;
  return { width, height: r(y), margin, texts, chartTop: r(chartTop), scene };
}

/**
 * The SVG of a download: the layout of exportLayout drawn at the export width with the styles
 * inside, so it reads the same outside the site.
 */
export function standaloneSvg(
  kind: ChartKind,
  indicators: ChartIndicator[],
  text: ExportText & { description: string },
  width: number = EXPORT_WIDTH,
): string {
  const { height, margin, texts, chartTop, scene } = exportLayout(kind, indicators, text, width);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" lang="nl">`,
    `<title>${esc(text.title)}</title>`,
    `<desc>${esc(text.description)}</desc>`,
    `<style>${EXPORT_STYLE}</style>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    sceneBody({ width, height, marks: [], texts }),
    `<g transform="translate(${margin} ${chartTop})">`,
    sceneBody(scene),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
