/**
 * Every data table on the site has a header for every column: the header row is as wide as each
 * body row (colspans counted). A missing header shifts the others one column to the left, on
 * screen, in print and for a screen reader that announces the column header with each cell.
 */
import { describe, expect, it } from 'vitest';
import { elements } from '../support/html';
import { builtPages, readBuilt } from '../support/site';

/** Width of a row: its th and td cells, each counted by its colspan. */
function rowWidth(row: string): number {
  return [...row.matchAll(/<t[hd]\b([^>]*)>/g)].reduce((sum, m) => {
    const span = /colspan="(\d+)"/.exec(m[1] ?? '')?.[1];
    return sum + (span ? Number(span) : 1);
  }, 0);
}

describe('tables', () => {
  it('have a column header for every column on every page', () => {
    const problems: string[] = [];
    let tables = 0;
    for (const path of builtPages()) {
      for (const table of elements(readBuilt(path), /<table\b/)) {
        tables += 1;
        const head = elements(table, /<thead\b/)[0];
        const headRow = head ? elements(head, /<tr\b/)[0] : undefined;
        const caption = /<caption>([^<]*)/.exec(table)?.[1]?.slice(0, 60) ?? '(zonder bijschrift)';
        if (!headRow) {
          problems.push(`${path} "${caption}": geen kopregel (thead)`);
          continue;
        }
        const width = rowWidth(headRow);
        const body = elements(table, /<tbody\b/)[0] ?? '';
        for (const row of elements(body, /<tr\b/)) {
          if (rowWidth(row) !== width) {
            problems.push(`${path} "${caption}": kopregel ${width} kolommen, rij ${rowWidth(row)}`);
            break;
          }
        }
      }
    }
    expect(tables).toBeGreaterThan(30);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('have no column that says the same on every row (a chart table’s "Soort": "waarde" on each)', () => {
    const problems: string[] = [];
    for (const path of builtPages()) {
      for (const table of elements(readBuilt(path), /<table\b[^>]*data-chart-table/)) {
        const head = [...(elements(table, /<thead\b/)[0] ?? '').matchAll(/<th\b[^>]*>([^<]*)</g)].map((m) => m[1]);
        const rows = elements(elements(table, /<tbody\b/)[0] ?? '', /<tr\b/).map((r) =>
          [...r.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]),
        );
        if (rows.length < 2) continue;
        head.forEach((name, i) => {
          if (new Set(rows.map((r) => r[i])).size === 1)
            problems.push(`${path}: kolom "${name}" is overal "${rows[0]?.[i]}"`);
        });
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
