/**
 * Indicator and chart data for pages: loads the collections, checks that a chart's
 * indicators fit its kind, and derives the words and links around each chart.
 */
import {
  getLibrary, chapterPath, documentPath, chapterLabel, documentLabel, withBase, type ChartEntry, type IndicatorEntry,
} from './content';
import { ContentError } from './integrity';
import type { ChartIndicator } from './charts/model';
import type { ExportIndicator } from './charts/export';
import { chartDescription, chartTitle } from './charts/text';
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
  description: string;
  note?: string;
  entries: IndicatorEntry[];
  indicators: ChartIndicator[];
  sources: SourceLink[];
  csvHref: string;
  jsonHref: string;
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

export async function chartData(chartId: string): Promise<ChartData> {
  const lib = await getLibrary();
  const chart = lib.byId.charts.get(chartId);
  if (!chart) {
    const ids = lib.charts.map((c) => c.id).join(', ');
    throw new ContentError([`Grafiek "${chartId}" bestaat niet in content/indicators/charts.yaml. Bekend: ${ids}`]);
  }
  const entries = chart.data.indicators.map((ref: { id: string }) => lib.indicatorById(ref.id, `grafiek "${chartId}"`));
  const indicators = entries.map(toChartIndicator);
  const sources: SourceLink[] = [];
  for (const e of entries) {
    const link = await sourceLink(e);
    if (!sources.some((s) => s.href === link.href)) sources.push(link);
  }
  return {
    id: chart.id,
    kind: chart.data.kind,
    title: chart.data.title ?? chartTitle(chart.data.kind, indicators),
    description: chartDescription(chart.data.kind, indicators),
    note: chart.data.note,
    entries,
    indicators,
    sources,
    csvHref: `${chartFileBase(chart.id)}.csv`,
    jsonHref: `${chartFileBase(chart.id)}.json`,
  };
}
