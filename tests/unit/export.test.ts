import { describe, expect, it } from 'vitest';
import { csvNumber, parseCsv, toCsv, toJson, type ExportIndicator } from '../../src/lib/charts/export';

const indicator: ExportIndicator = {
  id: 'budget',
  label: 'Budget; "van claim tot vraag"',
  unit: 'euro-mln',
  values: [
    { label: 'Oorspronkelijke claim', value: 1.3, role: 'totaal' },
    { label: 'Frictiekosten', value: null, role: 'waarde', qualifier: 'ongeveer' },
  ],
  source: { document: 'raadsvoorstel-65-2021', section: '5-financiën' },
};

describe('CSV and JSON downloads', () => {
  it('writes semicolon-separated CSV with decimal commas and a BOM', () => {
    const csv = toCsv([indicator]);
    expect(csv.startsWith('\ufeffindicator;omschrijving;eenheid;')).toBe(true);
    expect(csv).toContain(';1,3;totaal;');
    expect(csv).toContain('"Budget; ""van claim tot vraag"""');
  });

  it('parses back to the same values', () => {
    const rows = parseCsv(toCsv([indicator]));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      indicator: 'budget',
      omschrijving: 'Budget; "van claim tot vraag"',
      waarde: '1,3',
      bron_sectie: '5-financiën',
    });
    expect(rows.map((r) => csvNumber(r.waarde!))).toEqual([1.3, null]);
  });

  it('writes JSON with plain numbers', () => {
    const json = JSON.parse(toJson([indicator]));
    expect(json[0].values[0].value).toBe(1.3);
    expect(json[0].values[1].value).toBeNull();
  });
});
