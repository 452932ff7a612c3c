/**
 * Indicator and chart data for pages: loads the collections, checks that a chart's
 * indicators fit its kind, and derives the words and links around each chart.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getLibrary, chapterPath, documentPath, chapterLabel, documentLabel, withBase } from './content';
import type { ChartIndicator } from './charts/model';
import type { ExportIndicator } from './charts/export';
import { chartDescription, chartTitle } from './charts/text';
import type { ChartKind } from '../schemas/indicator';

export type IndicatorEntry = CollectionEntry<'indicators'>;
export type ChartEntry = CollectionEntry<'charts'>;

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
  const doc = lib.documents.find((d) => d.id === src.document.id)!;
  const chapter = src.chapter ? lib.chapters.find((c) => c.id === src.chapter!.id) : undefined;
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

let indicatorCache: Promise<Map<string, IndicatorEntry>> | undefined;
function indicatorMap() {
  indicatorCache ??= getCollection('indicators').then((all) => new Map(all.map((i) => [i.id, i])));
  return indicatorCache;
}

export async function getCharts(): Promise<ChartEntry[]> {
  return getCollection('charts');
}

export async function getIndicators(): Promise<IndicatorEntry[]> {
  return [...(await indicatorMap()).values()];
}

export function chartFileBase(id: string): string {
  return withBase(`/cijfers/data/${id}`);
}

export async function chartData(chartId: string): Promise<ChartData> {
  const chart = (await getCharts()).find((c) => c.id === chartId);
  if (!chart) {
    const ids = (await getCharts()).map((c) => c.id).join(', ');
    throw new Error(`Grafiek "${chartId}" bestaat niet in content/indicators/charts.yaml. Bekend: ${ids}`);
  }
  const map = await indicatorMap();
  const entries = chart.data.indicators.map((ref: { id: string }) => {
    const entry = map.get(ref.id);
    if (!entry) throw new Error(`Grafiek "${chartId}": indicator "${ref.id}" bestaat niet in content/indicators/indicators.yaml`);
    return entry;
  });
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
