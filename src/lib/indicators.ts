/**
 * Indicator and chart data for pages: loads the collections, checks that a chart's
 * indicators fit its kind, and derives the words and links around each chart.
 */
import {
  getLibrary,
  chapterPath,
  documentPath,
  chapterLabel,
  documentLabel,
  withBase,
  type ChartEntry,
  type IndicatorEntry,
} from './content';
import { ContentError } from './integrity';
import type { ChartIndicator } from './charts/model';
import type { ExportIndicator } from './charts/export';
import { chartDescription, chartSubtitle, chartTitle } from './charts/text';
import { checkDrawable } from './charts/render';
import { UNIT_LABELS } from './numbers';
import type { ChartKind } from '../schemas/indicator';

export type { ChartEntry, IndicatorEntry };

export function toChartIndicator(entry: IndicatorEntry): ChartIndicator {
  const d = entry.data;
  return { id: entry.id, label: d.label, unit: d.unit, direction: d.direction, decimals: d.decimals, values: d.values };
}

export function toExportIndicator(entry: IndicatorEntry): ExportIndicator {
  const d = entry.data;
  return {
    id: entry.id,
    label: d.label,
    unit: d.unit,
    values: d.values,
    source: { document: d.source.document.id, chapter: d.source.chapter?.id, section: d.source.section },
    externalSource: d.externalSource,
  };
}

export interface SourceLink {
  href: string;
  text: string;
  external?: string;
}

/** A source of a chart: one page, with the sections on it where its figures stand. */
export interface ChartSource extends SourceLink {
  sections: Array<{ href: string; label: string }>;
}

/** Where the documents discuss the figure: the chapter or document page, at its section. */
export async function sourceLink(entry: IndicatorEntry): Promise<SourceLink> {
  const lib = await getLibrary();
  const src = entry.data.source;
  const context = `indicator "${entry.id}", veld "source"`;
  const doc = lib.documentById(src.document.id, context);
  const chapter = src.chapter ? lib.chapterById(src.chapter.id, context) : undefined;
  const base = chapter ? chapterPath(chapter) : documentPath(doc.id);
  const text = chapter ? `${documentLabel(doc)}, ${chapterLabel(chapter)}` : documentLabel(doc);
  return { href: src.section ? `${base}#${src.section}` : base, text, external: entry.data.externalSource };
}

export interface ChartData {
  id: string;
  kind: ChartKind;
  title: string;
  /** How to read the scale (direction, sorting, periods), under the title; may be empty. */
  subtitle: string;
  /** "Eenheid: procent" and what the axis measures. */
  unitLine: string;
  description: string;
  /**
   * The editors' notes shown under the chart and drawn into its downloads: the chart's own note,
   * then its indicators' notes, each once.
   */
  notes: string[];
  entries: IndicatorEntry[];
  indicators: ChartIndicator[];
  sources: ChartSource[];
  csvHref: string;
  jsonHref: string;
  svgHref: string;
  pngHref: string;
  /** The chart's own page, /cijfers/<id>/. */
  pageHref: string;
}

export async function getCharts(): Promise<ChartEntry[]> {
  return (await getLibrary()).charts;
}

export async function getIndicators(): Promise<IndicatorEntry[]> {
  return (await getLibrary()).indicators;
}

export function chartFileBase(id: string): string {
  return withBase(`/cijfers/data/${id}`);
}

export function chartPagePath(id: string): string {
  return withBase(`/cijfers/${id}/`);
}

/**
 * The unit line under a chart's title. A comparison of several indicators draws another measure
 * than its figures: the bar is the gap in percent of the national figure, so the line says that
 * first and gives the figures' unit after it.
 */
export function unitLine(kind: ChartKind, indicators: ChartIndicator[]): string {
  const first = indicators[0];
  if (!first) return '';
  const unit = UNIT_LABELS[first.unit];
  if (kind === 'vergelijking' && indicators.length > 1)
    return `Staaf: verschil met Nederland in procenten van het Nederlandse cijfer, berekend door de redactie. Eenheid van de cijfers: ${unit}`;
  return `Eenheid: ${unit}`;
}

export async function chartData(chartId: string): Promise<ChartData> {
  const lib = await getLibrary();
  const chart = lib.byId.charts.get(chartId);
  if (!chart) {
    const ids = lib.charts.map((c) => c.id).join(', ');
    throw new ContentError([`Grafiek "${chartId}" bestaat niet in content/indicators/charts.yaml. Bekend: ${ids}`]);
  }
  const entries = chart.data.indicators.map((ref: { id: string }) => lib.indicatorById(ref.id, `grafiek "${chartId}"`));
  const indicators = entries.map(toChartIndicator);
  checkDrawable(chart.data.kind, indicators, chart.id);
  // One entry per page; the sections of that page where the figures stand, in order.
  const sources: ChartSource[] = [];
  for (const e of entries) {
    const link = await sourceLink(e);
    const [page = link.href, section] = link.href.split('#');
    let source = sources.find((s) => s.text === link.text);
    if (!source) {
      source = { ...link, sections: [] };
      sources.push(source);
    }
    if (section && !source.sections.some((s) => s.href === link.href))
      source.sections.push({ href: link.href, label: section.replace(/-/g, ' ') });
    if (source.sections.length > 1) source.href = page;
  }
  return {
    id: chart.id,
    kind: chart.data.kind,
    title: chart.data.title ?? chartTitle(chart.data.kind, indicators),
    subtitle: chartSubtitle(chart.data.kind, indicators),
    unitLine: unitLine(chart.data.kind, indicators),
    description: chartDescription(chart.data.kind, indicators),
    notes: [...new Set([chart.data.note, ...entries.map((e) => e.data.notes)].filter((n): n is string => Boolean(n)))],
    entries,
    indicators,
    sources,
    csvHref: `${chartFileBase(chart.id)}.csv`,
    jsonHref: `${chartFileBase(chart.id)}.json`,
    svgHref: `${chartFileBase(chart.id)}.svg`,
    pngHref: `${chartFileBase(chart.id)}.png`,
    pageHref: chartPagePath(chart.id),
  };
}
