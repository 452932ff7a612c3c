/**
 * The data behind a chart as downloadable files: CSV the Dutch way (semicolon separated,
 * decimal comma, as Dutch spreadsheet software expects) and JSON with plain numbers.
 */
import type { IndicatorValue, Unit } from '../../schemas/indicator';

export interface ExportIndicator {
  id: string;
  label: string;
  unit: Unit;
  values: IndicatorValue[];
  source: { document: string; chapter?: string; section?: string };
  externalSource?: string;
}

export const CSV_COLUMNS = [
  'indicator',
  'omschrijving',
  'eenheid',
  'plaats',
  'label',
  'periode',
  'waarde',
  'rol',
  'aanduiding',
  /** Words after the number, as the source words them ("van de totale kosten van het Uitvoeringsplan"). */
  'na_waarde',
  'bron_document',
  'bron_hoofdstuk',
  'bron_sectie',
  'externe_bron',
] as const;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(indicators: ExportIndicator[]): string {
  const lines = [CSV_COLUMNS.join(';')];
  for (const ind of indicators) {
    for (const v of ind.values) {
      lines.push(
        [
          ind.id,
          ind.label,
          ind.unit,
          v.place,
          v.label,
          v.period,
          v.value,
          v.role,
          v.qualifier,
          v.after,
          ind.source.document,
          ind.source.chapter,
          ind.source.section,
          ind.externalSource,
        ]
          .map(cell)
          .join(';'),
      );
    }
  }
  // A byte order mark lets spreadsheet software read the file as UTF-8 (€, ë).
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Parses a CSV written by toCsv back into rows of named cells (for tests and checks). */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cur);
      cur = '';
    } else if (ch === '\n') {
      row.push(cur.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cur = '';
    } else cur += ch;
  }
  if (cur || row.length) rows.push([...row, cur]);
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

/** A CSV number ("50,3") back to a number; empty stays null. */
export function csvNumber(text: string): number | null {
  return text === '' ? null : Number(text.replace(',', '.'));
}

export function toJson(indicators: ExportIndicator[]): string {
  return `${JSON.stringify(
    indicators.map((i) => ({
      id: i.id,
      label: i.label,
      unit: i.unit,
      values: i.values,
      source: i.source,
      externalSource: i.externalSource ?? null,
    })),
    null,
    2,
  )}\n`;
}
