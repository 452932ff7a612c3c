import { describe, expect, it } from 'vitest';
import { decimalsOf, formatNumber, formatValue, NBSP } from '../../src/lib/numbers';
import { comparisonGeometry, comparisonRows } from '../../src/lib/charts/comparison';
import { trendGeometry } from '../../src/lib/charts/trend';
import { waterfallGeometry, waterfallSteps } from '../../src/lib/charts/waterfall';
import { barsGeometry } from '../../src/lib/charts/bars';
import { chartDescription, chartTitle } from '../../src/lib/charts/text';
import { CHART_WIDTH, type ChartIndicator } from '../../src/lib/charts/model';

const sp = (s: string) => s.replaceAll(NBSP, ' ');

const eenzaamheid: ChartIndicator = {
  id: 'eenzaamheid', label: 'Eenzaamheid', unit: 'procent', direction: 'lager-beter',
  values: [{ place: 'Maastricht', value: 50.3, role: 'waarde' }, { place: 'Nederland', value: 46.6, role: 'waarde' }],
};
const jeugdhulp: ChartIndicator = {
  id: 'jeugdhulp', label: 'Beroep op jeugdhulp', unit: 'procent', direction: 'lager-beter',
  values: [{ place: 'Maastricht', value: 14.9, role: 'waarde' }, { place: 'Nederland', value: 10.6, role: 'waarde' }],
};
const participatie: ChartIndicator = {
  id: 'participatie', label: 'Arbeidsparticipatiegraad', unit: 'procent', direction: 'hoger-beter',
  values: [{ place: 'Maastricht', value: 58.6, role: 'waarde' }, { place: 'Nederland', value: 67.7, role: 'waarde' }],
};
const tekort: ChartIndicator = {
  id: 'tekort', label: 'Tekort in het sociaal domein', unit: 'euro-mln', direction: 'lager-beter',
  values: [
    { period: '2019/2020', value: 22.6, role: 'waarde' },
    { period: '2021/2023', value: 12.4, role: 'waarde' },
    { period: '2024', value: 0, role: 'doel' },
  ],
};
const budget: ChartIndicator = {
  id: 'budget', label: 'Budget', unit: 'euro-mln', direction: 'neutraal',
  values: [
    { label: 'Oorspronkelijke claim', value: 1.3, role: 'totaal' },
    { label: 'Toegezegd', value: 0.55, role: 'af' },
    { label: 'Restantclaim', value: 0.75, role: 'totaal' },
    { label: 'Minder gevraagd', value: 0.32, role: 'af' },
    { label: 'Gevraagd budget', value: 0.43, role: 'totaal' },
  ],
};
const mensen: ChartIndicator = {
  id: 'mensen', label: 'Betrokken medewerkers', unit: 'aantal', direction: 'neutraal',
  values: [
    { label: 'Kernteam', value: 12, role: 'waarde' },
    { label: 'Leden van werkgroepen', value: 65, role: 'waarde', qualifier: 'meer dan' },
  ],
};

describe('Dutch number formatting (d3-format, nl-NL)', () => {
  it('uses a decimal comma, a thousands point and keeps the printed precision', () => {
    expect(formatNumber(50.3)).toBe('50,3');
    expect(formatNumber(98270)).toBe('98.270');
    expect(formatNumber(0.55)).toBe('0,55');
    expect(formatNumber(5, 1)).toBe('5,0');
    expect(decimalsOf(777.2)).toBe(1);
    expect(decimalsOf(20)).toBe(0);
  });

  it('writes units the Dutch way, with non-breaking spaces', () => {
    expect(formatValue(50.3, 'procent')).toBe(`50,3${NBSP}%`);
    expect(sp(formatValue(0.43, 'euro-mln'))).toBe('€ 0,43 mln');
    expect(sp(formatValue(22.6, 'euro-mln'))).toBe('€ 22,6 mln');
    expect(formatValue(777.2, 'per-1000-inwoners')).toBe('777,2');
    expect(formatValue(65, 'aantal', { qualifier: 'meer dan' })).toBe('meer dan 65');
    expect(formatValue(null, 'euro-mln')).toMatch(/geen bedrag/);
  });
});

describe('comparison (dot plot)', () => {
  it('sorts rows by the relative gap, largest first', () => {
    expect(comparisonRows([eenzaamheid, participatie, jeugdhulp]).map((r) => r.id)).toEqual(['jeugdhulp', 'participatie', 'eenzaamheid']);
  });

  it('says whether Maastricht is higher and whether that is better, by the indicator’s direction', () => {
    const [jeugd, part] = comparisonRows([jeugdhulp, participatie]);
    expect(jeugd).toMatchObject({ relation: 'hoger', assessment: 'ongunstiger', maastrichtText: `14,9${NBSP}%` });
    expect(part).toMatchObject({ relation: 'lager', assessment: 'ongunstiger' });
  });

  it('places dots on a shared zero-based scale inside the chart', () => {
    const g = comparisonGeometry([eenzaamheid, jeugdhulp]);
    expect(g.width).toBe(CHART_WIDTH);
    expect(g.ticks[0]).toEqual({ x: g.plotLeft, label: `0${NBSP}%` });
    for (const row of g.rows) {
      expect(row.xMaastricht).toBeGreaterThan(g.plotLeft);
      expect(row.xMaastricht).toBeLessThanOrEqual(g.plotRight);
    }
    const e = g.rows.find((r) => r.id === 'eenzaamheid')!;
    expect(e.xMaastricht).toBeGreaterThan(e.xNederland);
    // rows stack downwards and the axis sits below the last row
    expect(g.rows[1]!.y).toBeGreaterThan(g.rows[0]!.y);
    expect(g.axisY).toBeGreaterThan(g.rows[1]!.valuesY);
  });

  it('refuses indicators with different units or without both places', () => {
    expect(() => comparisonRows([eenzaamheid, { ...mensen }])).toThrow(/dezelfde eenheid/);
    expect(() => comparisonRows([{ ...eenzaamheid, values: [eenzaamheid.values[0]!] }])).toThrow(/Maastricht als Nederland/);
  });
});

describe('trend (line)', () => {
  it('draws measured values as a line and the target dashed from the last measured value', () => {
    const g = trendGeometry(tekort);
    expect(g.points.map((p) => [p.period, p.isTarget])).toEqual([['2019/2020', false], ['2021/2023', false], ['2024', true]]);
    const [a, b, target] = g.points;
    expect(g.actualPath).toBe(`M${a!.x},${a!.y}L${b!.x},${b!.y}`);
    expect(g.targetPath).toBe(`M${b!.x},${b!.y}L${target!.x},${target!.y}`);
    expect(target!.y).toBe(g.baselineY); // a target of 0 sits on the baseline
    expect(a!.y).toBeLessThan(b!.y); // 22,6 is drawn higher than 12,4
  });

  it('needs at least two dated values', () => {
    expect(() => trendGeometry(eenzaamheid)).toThrow(/twee waarden met een periode/);
  });
});

describe('waterfall', () => {
  it('keeps a running total: 1,3 − 0,55 = 0,75; 0,75 − 0,32 = 0,43', () => {
    expect(waterfallSteps(budget).map((s) => s.runningTotal)).toEqual([1.3, 0.75, 0.75, 0.43, 0.43]);
    expect(waterfallGeometry(budget).inconsistencies).toEqual([]);
  });

  it('floats deductions from the previous total', () => {
    const g = waterfallGeometry(budget);
    const [claim, toegezegd, restant] = g.steps;
    expect(toegezegd!.x1).toBe(claim!.x1);
    expect(toegezegd!.x0).toBe(restant!.x1);
    expect(sp(toegezegd!.text)).toBe('− € 0,55 mln');
  });

  it('reports totals that do not follow from the steps', () => {
    const wrong = { ...budget, values: budget.values.map((v) => (v.label === 'Restantclaim' ? { ...v, value: 0.8 } : v)) };
    expect(waterfallGeometry(wrong).inconsistencies).toEqual([
      'Restantclaim: 0.8 volgt niet uit de stappen ervoor (0.75)',
      'Gevraagd budget: 0.43 volgt niet uit de stappen ervoor (0.48)',
    ]);
  });
});

describe('bars', () => {
  it('scales bars to the largest value and keeps qualifiers in the label', () => {
    const g = barsGeometry(mensen);
    expect(g.bars[1]!.x1).toBeGreaterThan(g.bars[0]!.x1);
    expect(g.bars[1]!.text).toBe('meer dan 65');
  });
});

describe('titles and text alternatives written from the data', () => {
  it('states the comparison’s finding', () => {
    expect(chartTitle('vergelijking', [eenzaamheid, jeugdhulp, participatie])).toBe(
      'Maastricht ligt op twee van de drie indicatoren hoger dan Nederland; bij arbeidsparticipatiegraad lager',
    );
    expect(chartTitle('vergelijking', [eenzaamheid, jeugdhulp])).toBe('Maastricht ligt op alle twee indicatoren hoger dan Nederland');
    expect(sp(chartTitle('vergelijking', [eenzaamheid]))).toBe('Eenzaamheid: in Maastricht hoger dan in Nederland (50,3 % tegenover 46,6 %)');
  });

  it('states a trend with its target', () => {
    expect(sp(chartTitle('verloop', [tekort]))).toBe(
      'Tekort in het sociaal domein daalde van € 22,6 mln in 2019/2020 naar € 12,4 mln in 2021/2023; het doel voor 2024 is € 0 mln',
    );
  });

  it('states the budget steps and the people involved', () => {
    expect(sp(chartTitle('waterval', [budget]))).toBe('Van € 1,3 mln (oorspronkelijke claim) naar € 0,43 mln (gevraagd budget)');
    expect(chartTitle('staaf', [mensen])).toBe('Betrokken medewerkers: kernteam 12 en leden van werkgroepen meer dan 65');
  });

  it('gives every value in the text alternative', () => {
    const text = sp(chartDescription('verloop', [tekort]));
    expect(text).toContain('2019/2020: € 22,6 mln.');
    expect(text).toContain('2024: € 0 mln (doel).');
    expect(sp(chartDescription('vergelijking', [eenzaamheid]))).toContain('Eenzaamheid: Maastricht 50,3 %, Nederland 46,6 %.');
  });
});

describe('wrapLabel', () => {
  it('wraps long labels at spaces and keeps short ones on one line', async () => {
    const { wrapLabel } = await import('../../src/lib/charts/model');
    expect(wrapLabel('Eenzaamheid')).toEqual(['Eenzaamheid']);
    const lines = wrapLabel('Beroep op zorg en ondersteuning sociaal domein', 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Beroep op zorg en ondersteuning sociaal domein');
  });
});
