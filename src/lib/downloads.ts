/** The files behind the chart downloads, generated at build time. */
import { getCharts, getIndicators, toExportIndicator } from './indicators';
import { toCsv, toJson, type ExportIndicator } from './charts/export';

export const ALL = 'alle-indicatoren';

export async function downloadSets(): Promise<Array<{ id: string; indicators: ExportIndicator[] }>> {
  const [charts, indicators] = await Promise.all([getCharts(), getIndicators()]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return [
    { id: ALL, indicators: indicators.map(toExportIndicator) },
    ...charts.map((c) => ({
      id: c.id,
      indicators: c.data.indicators.map((ref: { id: string }) => toExportIndicator(byId.get(ref.id)!)),
    })),
  ];
}

export { toCsv, toJson };
