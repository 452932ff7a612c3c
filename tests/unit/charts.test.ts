/**
 * Chart geometry as Observable Plot tests it: fixed fixture data defined here (never the real
 * content, so a content edit changes no snapshot), checks on the computed geometry, and SVG
 * snapshot files per chart kind and layout width (tests/snapshots/charts/).
 */
import { describe, expect, it } from 'vitest';
import { decimalsOf, formatNumber, formatValue, keepUnitWithNumber, NBSP } from '../../src/lib/numbers';
import { comparisonRows, relativeGeometry, pairGeometry } from '../../src/lib/charts/comparison';
import { periodSpan, trendGeometry } from '../../src/lib/charts/trend';
import { waterfallGeometry, waterfallSteps } from '../../src/lib/charts/waterfall';
import { figureItems, figuresGeometry } from '../../src/lib/charts/figures';
import { valueAxis } from '../../src/lib/charts/axis';
import {
  chartScene,
  checkDrawable,
  EXPORT_NOTES_LABEL,
  exportLayout,
  inlineSvgs,
  standaloneSvg,
} from '../../src/lib/charts/render';
import { sceneBody, sceneCollisions, type Scene } from '../../src/lib/charts/scene';
import { chartDescription, chartSubtitle, chartTitle } from '../../src/lib/charts/text';
import {
  boxesOverlap,
  LAYOUTS,
  MIN_CONTAINER,
  TICK_SIZE,
  textBox,
  textWidth,
  wrapLabel,
  type ChartIndicator,
} from '../../src/lib/charts/model';
import type { ChartKind } from '../../src/schemas/indicator';

const sp = (s: string) => s.replaceAll(NBSP, ' ');

// ---- fixtures: invented figures, shaped like the real ones -------------------------------
const indicator = (
  id: string,
  label: string,
  unit: ChartIndicator['unit'],
  direction: ChartIndicator['direction'],
  values: ChartIndicator['values'],
): ChartIndicator => ({ id, label, unit, direction, values });
const pct = (
  id: string,
  label: string,
  m: number,
  n: number,
  direction: ChartIndicator['direction'] = 'lager-beter',
): ChartIndicator =>
  indicator(id, label, 'procent', direction, [
    { place: 'Maastricht', value: m, role: 'waarde' },
    { place: 'Nederland', value: n, role: 'waarde' },
  ]);
const alpha = pct('alpha', 'Alfa-indicator met een vrij lange naam die op een telefoon moet afbreken', 12, 8);
const beta = pct('beta', 'Bèta', 40, 38);
const gamma = pct('gamma', 'Gamma', 50, 60, 'hoger-beter');
const delta = pct('delta', 'Delta', 3.3, 3, 'lager-beter');
const pair = indicator('pair', 'Dingen per 1.000 inwoners', 'per-1000-inwoners', 'neutraal', [
  { place: 'Maastricht', value: 700.5, role: 'waarde' },
  { place: 'Nederland', value: 600, role: 'waarde' },
]);
const trend = indicator('trend', 'Tekort', 'euro-mln', 'lager-beter', [
  { period: '2018/2019', value: 20, role: 'waarde' },
  { period: '2020/2023', value: 10, role: 'waarde' },
  { period: '2024', value: 0, role: 'doel' },
]);
const years = indicator('years', 'Aandeel', 'procent', 'lager-beter', [
  { period: '2015', value: 40, role: 'waarde' },
  { period: '2019', value: 45.5, role: 'waarde' },
]);
const budget = indicator('budget', 'Budget', 'euro-mln', 'neutraal', [
  { label: 'Eerste claim', value: 2, role: 'totaal' },
  { label: 'Al toegezegd', value: 0.8, role: 'af' },
  { label: 'Rest', value: 1.2, role: 'totaal' },
  { label: 'Minder nodig dan gedacht', value: 0.5, role: 'af' },
  { label: 'Gevraagd', value: 0.7, role: 'totaal' },
]);
const people = indicator('people', 'Betrokken mensen', 'aantal', 'neutraal', [
  { label: 'Kleine groep', value: 10, role: 'waarde' },
  { label: 'Werkgroepen', value: 50, role: 'waarde', qualifier: 'meer dan' },
  { label: 'Klankbord', value: 15, role: 'waarde', qualifier: 'zo’n' },
]);

const FIXTURES: Array<[string, ChartKind, ChartIndicator[]]> = [
  ['relatief', 'vergelijking', [alpha, beta, gamma, delta]],
  ['paar', 'vergelijking', [pair]],
  ['verloop', 'verloop', [trend]],
  ['jaren', 'verloop', [years]],
  ['waterval', 'waterval', [budget]],
  ['kerncijfers', 'kerncijfers', [people]],
];

/** The smallest rendered size of any text when the layout is shown in its narrowest container. */
function smallestRenderedText(scene: Scene, layout: (typeof LAYOUTS)[number]): number {
  const narrowest = Math.max(layout.minContainer, MIN_CONTAINER);
  return Math.min(...scene.texts.map((t) => t.size)) * (narrowest / layout.width);
}

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
    expect(formatValue(777.2, 'per-1000-inwoners')).toBe('777,2');
    expect(formatValue(65, 'aantal', { qualifier: 'meer dan' })).toBe('meer dan 65');
    expect(formatValue(null, 'euro-mln')).toMatch(/geen bedrag/);
  });
});

describe('value axes', () => {
  it('labels ticks the Dutch way, with as many decimals as the step needs', () => {
    const a = valueAxis([0, 1.3], [0, 300], 'euro-mln', 5);
    expect(a.ticks.map((t) => sp(t.label))).toEqual([
      '€ 0 mln',
      '€ 0,2 mln',
      '€ 0,4 mln',
      '€ 0,6 mln',
      '€ 0,8 mln',
      '€ 1,0 mln',
      '€ 1,2 mln',
      '€ 1,4 mln',
    ]);
    const s = valueAxis([-13, 50], [0, 300], 'procent', 4, { signed: true });
    expect(s.ticks.map((t) => sp(t.label))).toEqual(['−20 %', '0 %', '+20 %', '+40 %', '+60 %']);
  });

  it('drops ticks on the same scale until their labels stand apart', () => {
    const w = (l: string) => textWidth(l, TICK_SIZE);
    const a = valueAxis([0, 1.3], [0, 200], 'euro-mln', 6, { labelWidth: w });
    expect(a.scale.domain()).toEqual([0, 1.4]);
    for (let i = 1; i < a.ticks.length; i++) {
      expect(a.ticks[i]!.at - a.ticks[i - 1]!.at).toBeGreaterThanOrEqual(
        (w(a.ticks[i]!.label) + w(a.ticks[i - 1]!.label)) / 2 + 10,
      );
    }
    expect(a.ticks.length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(FIXTURES)('%s (%s) at every layout width', (_name, kind, indicators) => {
  it.each(LAYOUTS.map((l) => [l.name, l] as const))(
    'layout %s: no text overlaps another, sits on a data mark or leaves the chart',
    (_l, layout) => {
      const scene = chartScene(kind, indicators, layout.width);
      expect(scene.width).toBe(layout.width);
      expect(sceneCollisions(scene)).toEqual([]);
    },
  );

  it.each(LAYOUTS.map((l) => [l.name, l] as const))(
    'layout %s: no text renders below 12 px in the narrowest container it is shown in',
    (_l, layout) => {
      expect(smallestRenderedText(chartScene(kind, indicators, layout.width), layout)).toBeGreaterThanOrEqual(12);
    },
  );

  it('has at least two value ticks on every quantitative axis (not for written-out figures)', () => {
    const scene = chartScene(kind, indicators, LAYOUTS[0].width);
    const ticks = scene.texts.filter((t) => t.className.includes('chart__tick--value'));
    if (kind === 'kerncijfers') expect(ticks).toEqual([]);
    else expect(ticks.length).toBeGreaterThanOrEqual(2);
  });
});

describe('comparison: each gap at its own magnitude', () => {
  it('sorts by the size of the relative gap, whatever its sign', () => {
    const rows = comparisonRows([alpha, beta, gamma, delta]);
    expect(rows.map((r) => [r.id, r.relative])).toEqual([
      ['alpha', 50],
      ['gamma', -17],
      ['delta', 10],
      ['beta', 5],
    ]);
    expect(rows.map((r) => sp(r.relativeText))).toEqual(['50 % hoger', '17 % lager', '10 % hoger', '5 % hoger']);
  });

  it('judges each gap by the indicator’s direction', () => {
    const [a, g] = comparisonRows([alpha, gamma]);
    expect(a).toMatchObject({ relation: 'hoger', assessment: 'ongunstiger' });
    expect(g).toMatchObject({ relation: 'lager', assessment: 'ongunstiger' });
    expect(comparisonRows([pct('x', 'X', 5, 4, 'hoger-beter')])[0]).toMatchObject({ assessment: 'gunstiger' });
  });

  it('draws bars from the zero line (the national level), right for higher, left for lower', () => {
    const g = relativeGeometry([alpha, gamma], 640);
    const [a, c] = g.rows;
    expect(a!.x0).toBe(g.zeroX);
    expect(a!.x1).toBeGreaterThan(g.zeroX);
    expect(c!.x1).toBe(g.zeroX);
    expect(c!.x0).toBeLessThan(g.zeroX);
    // a gap twice as large is a bar twice as long
    const twice = relativeGeometry([pct('a', 'A', 12, 10), pct('b', 'B', 14, 10)], 640);
    const len = (i: number) => twice.rows[i]!.x1 - twice.rows[i]!.x0;
    expect(len(0) / len(1)).toBeCloseTo(2, 1);
  });

  it('has a legend entry for every colour it uses and for the reference line', () => {
    const g = relativeGeometry([alpha, pct('x', 'X', 5, 4, 'hoger-beter')], 480);
    const legend = g.texts.filter((t) => t.className === 'chart__legend').map((t) => t.lines.join(' '));
    expect(legend).toEqual(['ongunstiger dan Nederland', 'gunstiger dan Nederland', '0 = gelijk aan Nederland']);
    const colours = new Set(g.marks.filter((m) => m.data).map((m) => m.className));
    expect([...colours].sort()).toEqual(['bar-gunstiger', 'bar-ongunstiger']);
  });

  it('draws a single pair as two bars from zero', () => {
    const g = pairGeometry(pair, 480);
    expect(g.bars.map((b) => [b.label, b.x0])).toEqual([
      ['Maastricht', g.plotLeft],
      ['Nederland', g.plotLeft],
    ]);
    expect(g.ticks[0]!.value).toBe(0);
  });

  it('refuses indicators with different units or without both places', () => {
    expect(() => comparisonRows([alpha, pair])).toThrow(/dezelfde eenheid/);
    expect(() => comparisonRows([{ ...alpha, values: [alpha.values[0]!] }])).toThrow(/Maastricht als Nederland/);
  });
});

describe('trend: periods by their real length', () => {
  it('reads a period as the years it covers', () => {
    expect(periodSpan('2016')).toEqual([2016, 2017]);
    expect(periodSpan('2019/2020')).toEqual([2019, 2021]);
    expect(periodSpan('2021/2023')).toEqual([2021, 2024]);
    expect(() => periodSpan('2023/2021')).toThrow(/eindigt voor/);
  });

  it('draws each period as a span as long as its years, the value at its middle', () => {
    const g = trendGeometry(trend, 640);
    const [a, b, t] = g.points;
    const perYear = (a!.x1 - a!.x0 + 4) / 2;
    expect(b!.x1 - b!.x0 + 4).toBeCloseTo(4 * perYear, 0);
    expect(t!.x1 - t!.x0 + 4).toBeCloseTo(perYear, 0);
    expect(b!.x).toBeCloseTo((b!.x0 + b!.x1) / 2, 0);
    expect(t!.isTarget).toBe(true);
    expect(t!.y).toBe(g.baselineY); // a target of 0 sits on the zero line
    expect(a!.y).toBeLessThan(b!.y);
  });

  it('starts the value axis at zero and labels every year of a short range', () => {
    const g = trendGeometry(years, 640);
    expect(g.ticks[0]).toMatchObject({ value: 0 });
    expect(g.years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(g.years.every((y) => y.labelled)).toBe(true);
  });

  it('writes the periods, the target’s too, as one row of time labels where the years are too narrow', () => {
    // Six years in the small layout: a year axis would write 2019, 2021, 2023 and leave the target's 2024 bare.
    const sixYears = {
      ...trend,
      values: trend.values.map((v, i) => ({ ...v, period: ['2019/2020', '2021/2023', '2024'][i] })),
    };
    const g = trendGeometry(sixYears, 320);
    const time = g.texts.filter((t) => t.className.includes('chart__tick--time'));
    expect(g.periodsOnly).toBe(true);
    expect(time.map((t) => t.lines[0])).toEqual(['2019/2020', '2021/2023', '2024']);
    expect(time.map((t) => t.x)).toEqual(g.points.map((p) => p.x));
    expect(g.texts.some((t) => t.className === 'chart__period')).toBe(false);
    expect(sceneCollisions(g)).toEqual([]);
    // Where every year fits, years and the periods beneath them as before.
    const wide = trendGeometry(sixYears, 690);
    expect(wide.periodsOnly).toBe(false);
    expect(wide.years.every((y) => y.labelled)).toBe(true);
    expect(wide.texts.filter((t) => t.className === 'chart__period').map((t) => t.lines[0])).toEqual([
      '2019/2020',
      '2021/2023',
    ]);
  });

  it('labels every other year counted back from the last where the periods would not stand apart either', () => {
    const yearly = indicator(
      'yearly',
      'Aandeel',
      'procent',
      'lager-beter',
      Array.from({ length: 9 }, (_, i) => ({ period: String(2016 + i), value: 10 + i, role: 'waarde' as const })),
    );
    const g = trendGeometry(yearly, 320);
    expect(g.periodsOnly).toBe(false);
    expect(g.years.filter((y) => y.labelled).map((y) => y.year)).toEqual([2016, 2018, 2020, 2022, 2024]);
    const even = trendGeometry({ ...yearly, values: yearly.values.slice(1) }, 320);
    expect(even.years.filter((y) => y.labelled).map((y) => y.year)).toEqual([2018, 2020, 2022, 2024]);
  });

  it('draws the target dashed from the last measured value', () => {
    const g = trendGeometry(trend, 480);
    const target = g.marks.find((m) => m.type === 'path' && m.className.includes('target'));
    const [, b, t] = g.points;
    expect(target).toMatchObject({ d: `M${b!.x},${b!.y}L${t!.x},${t!.y}` });
  });

  it('needs at least two dated values', () => {
    expect(() => trendGeometry(alpha)).toThrow(/twee waarden met een periode/);
  });
});

describe('waterfall', () => {
  it('keeps a running total', () => {
    expect(waterfallSteps(budget).map((s) => s.runningTotal)).toEqual([2, 1.2, 1.2, 0.7, 0.7]);
    expect(waterfallGeometry(budget).inconsistencies).toEqual([]);
  });

  it('starts totals at zero and floats deductions from the previous total, with their sign', () => {
    const g = waterfallGeometry(budget, 480);
    const [claim, af, rest] = g.steps;
    expect(claim!.x0).toBe(g.plotLeft);
    expect(af!.x1).toBe(claim!.x1);
    expect(af!.x0).toBe(rest!.x1);
    expect(sp(af!.text)).toBe('− € 0,8 mln');
  });

  it('reports totals that do not follow from the steps', () => {
    const wrong = { ...budget, values: budget.values.map((v) => (v.label === 'Rest' ? { ...v, value: 1.3 } : v)) };
    expect(waterfallGeometry(wrong).inconsistencies).toEqual([
      'Rest: 1.3 volgt niet uit de stappen ervoor (1.2)',
      'Gevraagd: 0.7 volgt niet uit de stappen ervoor (0.8)',
    ]);
  });
});

describe('honest data', () => {
  it('writes approximate figures as the source words them, without bars', () => {
    const g = figuresGeometry(people, 320);
    expect(g.texts.filter((t) => t.className === 'chart__figure').map((t) => t.lines[0])).toEqual([
      '10',
      'meer dan 50',
      'zo’n 15',
    ]);
    expect(g.marks.filter((m) => m.type === 'rect')).toEqual([]);
  });

  it('says what a figure is, and its period once: an en dash in the title counts as the data’s hyphen', () => {
    const growth = indicator('groei', 'Ouderen in Maastricht, 2008–2018', 'procentverandering', 'neutraal', [
      { label: 'Groei van het percentage ouderen van 65–80 jaar', period: '2008-2018', value: 17, role: 'waarde' },
    ]);
    expect(figureItems(growth)).toEqual([
      { label: 'Groei van het percentage ouderen van 65–80 jaar', text: '17\u00a0%' },
    ]);
  });

  it('refuses approximate values in a drawn scale, and two units in one chart', () => {
    expect(() => checkDrawable('staaf', [people], 'x')).toThrow(/benaderde waarde.*kerncijfers/);
    expect(() => checkDrawable('vergelijking', [alpha, pair], 'x')).toThrow(/één eenheid/);
    expect(() => checkDrawable('kerncijfers', [people], 'x')).not.toThrow();
  });

  it('refuses words after a number, which a chart would not show (“10 %” of what?)', () => {
    const share = { ...people, values: [{ value: 10, role: 'waarde' as const, after: 'van de totale kosten' }] };
    expect(() => checkDrawable('kerncijfers', [share], 'x')).toThrow(/woorden na het getal/);
    expect(() => checkDrawable('staaf', [share], 'x')).toThrow(/woorden na het getal/);
  });
});

describe('titles and text alternatives written from the data', () => {
  it('states the comparison’s finding and which way is better', () => {
    expect(sp(chartTitle('vergelijking', [alpha, gamma, delta]))).toBe(
      'Maastricht scoort op alle drie indicatoren ongunstiger dan Nederland, het meest bij alfa-indicator met een vrij lange naam die op een telefoon moet afbreken (12 % tegenover 8 %)',
    );
    expect(chartSubtitle('vergelijking', [alpha, gamma, delta])).toBe(
      'Bij twee ligt het cijfer hoger, waar lager beter is; bij gamma ligt het cijfer lager, waar hoger beter is. Gesorteerd op de grootte van het verschil.',
    );
    expect(chartTitle('vergelijking', [alpha, pct('x', 'X', 5, 4, 'hoger-beter')])).toBe(
      'Maastricht scoort van de twee indicatoren op één ongunstiger en op één gunstiger dan Nederland',
    );
    expect(sp(chartTitle('vergelijking', [pair]))).toBe(
      'Dingen per 1.000 inwoners: in Maastricht hoger dan in Nederland (700,5 tegenover 600)',
    );
  });

  it('states a trend with its target, the steps of a budget and written-out figures', () => {
    expect(sp(chartTitle('verloop', [trend]))).toBe(
      'Tekort daalde van € 20 mln in 2018/2019 naar € 10 mln in 2020/2023; het doel voor 2024 is € 0 mln',
    );
    expect(sp(chartTitle('waterval', [budget]))).toBe('Budget: van € 2 mln (eerste claim) naar € 0,7 mln (gevraagd)');
    expect(chartTitle('kerncijfers', [people])).toBe(
      'Betrokken mensen: 10 (kleine groep), meer dan 50 (werkgroepen) en zo’n 15 (klankbord)',
    );
  });

  it('gives every value in the text alternative', () => {
    expect(sp(chartDescription('verloop', [trend]))).toContain('2024: € 0 mln (doel).');
    const d = sp(chartDescription('vergelijking', [alpha, gamma]));
    expect(d).toContain('Gamma: Maastricht 50 %, Nederland 60 %, 17 % lager (hoger is beter).');
    expect(sp(chartDescription('kerncijfers', [people]))).toContain('Werkgroepen: meer dan 50.');
  });
});

describe('wrapLabel', () => {
  it('wraps long labels at spaces and keeps short ones on one line', () => {
    expect(wrapLabel('Eenzaamheid', 300)).toEqual(['Eenzaamheid']);
    const lines = wrapLabel('Beroep op zorg en ondersteuning sociaal domein', 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Beroep op zorg en ondersteuning sociaal domein');
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(200);
  });

  it('keeps a figure with its unit and never starts or ends a line with the separator "·"', () => {
    // At 360 px the comparison's detail line ended "Nederland 10,6 % ·", and a figure could lose its unit.
    const detail = 'Maastricht 14,9\u00a0%, Nederland 10,6\u00a0% · lager is beter';
    for (let width = 60; width <= 420; width += 2) {
      const lines = wrapLabel(detail, width, 14);
      for (const l of lines) {
        expect(l, `${width}: ${lines.join(' | ')}`).not.toMatch(/^·|·$/);
        expect(l, `${width}: ${lines.join(' | ')}`).not.toMatch(/^%|\d$/);
      }
      expect(lines.join(' ').replace(/ · /, ' ')).toBe(detail.replace(/ · /, ' '));
    }
  });
});

describe('SVG output', () => {
  it('draws one SVG per layout, each an image named and described by the figure', () => {
    const svgs = inlineSvgs('vergelijking', [alpha, beta], { title: 't', description: 'd' });
    expect(svgs.map((s) => [s.layout, s.width])).toEqual(LAYOUTS.map((l) => [l.name, l.width]));
    for (const s of svgs)
      expect(s.svg).toMatch(
        /^<svg class="chart__svg chart__svg--(s|m|l)" role="img" aria-labelledby="t" aria-describedby="d"/,
      );
  });

  it('makes a standalone SVG with title, source and address drawn in and its styles embedded', () => {
    const svg = standaloneSvg('verloop', [trend], {
      title: 'Titel & zo',
      unit: 'Eenheid: miljoen euro',
      source: 'Bron: X',
      address: 'https://example.nl/cijfers/trend/',
      description: 'Beschrijving',
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Titel &amp; zo</title>');
    expect(svg).toContain('<style>');
    expect(svg).toContain('https://example.nl/cijfers/trend/');
  });

  it('leaves the address out of a download when the site has none configured', () => {
    const svg = standaloneSvg('verloop', [trend], {
      title: 'Titel',
      unit: 'Eenheid',
      source: 'Bron: X. Grafiek: Y',
      address: undefined,
      description: 'Beschrijving',
    });
    expect(svg).toContain('>Bron: X. Grafiek: Y</text>');
    expect(svg).not.toContain(' · ');
  });

  describe('notes in a download', () => {
    const notes = [
      'De bron telt in het tweede jaar een bredere groep mee, inclusief onderwijs, sport en ouderenbeleid. De twee aantallen zijn daardoor niet zonder meer te vergelijken.',
      'Een tweede noot.',
    ];
    const text = {
      title: 'Titel',
      unit: 'Eenheid: aantal',
      source: 'Bron: X. Grafiek: Y',
      address: 'https://example.nl/a/',
    };
    const withNotes = exportLayout('kerncijfers', [people], { ...text, notes });
    const without = exportLayout('kerncijfers', [people], text);

    it('draws every note, the first labelled as the editors’ words, and no note when there is none', () => {
      const svg = standaloneSvg('kerncijfers', [people], { ...text, notes, description: 'd' });
      const drawn = withNotes.texts.filter((t) => t.className === 'chart__note').map((t) => t.lines.join(' '));
      expect(drawn).toEqual([`${EXPORT_NOTES_LABEL} ${notes[0]}`, notes[1]]);
      expect(svg).toContain('zonder meer te vergelijken.</tspan>');
      expect(svg).toContain('>Een tweede noot.</text>');
      expect(without.texts.some((t) => t.className === 'chart__note')).toBe(false);
    });

    it('wraps the notes within the width, between the chart and the source line, and grows the image', () => {
      const boxes = withNotes.texts.map((t) => ({ className: t.className, b: textBox(t) }));
      for (const { b } of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(withNotes.margin);
        expect(b.x1).toBeLessThanOrEqual(withNotes.width - withNotes.margin);
        expect(b.y1).toBeLessThanOrEqual(withNotes.height - withNotes.margin + 1);
      }
      expect(withNotes.texts.find((t) => t.className === 'chart__note')!.lines.length).toBeGreaterThan(1);
      boxes.forEach(({ className, b }, i) => {
        for (const other of boxes.slice(i + 1))
          expect(boxesOverlap(b, other.b), `${className}/${other.className}`).toBe(false);
      });
      const chartBottom = withNotes.chartTop + withNotes.scene.height;
      const noteBoxes = boxes.filter((x) => x.className === 'chart__note').map((x) => x.b);
      const source = boxes.find((x) => x.className === 'chart__footer')!.b;
      for (const b of noteBoxes) {
        expect(b.y0).toBeGreaterThan(chartBottom);
        expect(b.y1).toBeLessThan(source.y0);
      }
      const noteLines = withNotes.texts.filter((t) => t.className === 'chart__note').flatMap((t) => t.lines).length;
      expect(withNotes.height - without.height).toBeGreaterThanOrEqual(noteLines * 19);
    });
  });

  describe.each(FIXTURES)('%s (%s) matches its snapshot files', (name, kind, indicators) => {
    it.each(LAYOUTS.map((l) => [l.name, l.width] as const))('layout %s', async (layout, width) => {
      const scene = chartScene(kind, indicators, width);
      const svg = `<svg viewBox="0 0 ${scene.width} ${scene.height}">\n${sceneBody(scene)}\n</svg>\n`;
      await expect(svg).toMatchFileSnapshot(`../snapshots/charts/${name}-${layout}.svg`);
    });
  });
});

describe('keepUnitWithNumber', () => {
  it('keeps a figure and its %, mln or € on one line in editorial text, and leaves other spaces', () => {
    expect(keepUnitWithNumber('(58,6 % tegenover 67,7 %).')).toBe(`(58,6${NBSP}% tegenover 67,7${NBSP}%).`);
    expect(keepUnitWithNumber('nog maar € 0,43 mln over')).toBe(`nog maar €${NBSP}0,43${NBSP}mln over`);
    expect(keepUnitWithNumber('om € 430.000 en de €')).toBe(`om €${NBSP}430.000 en de €`);
    expect(keepUnitWithNumber('in 2020 mlnx en 3 procent')).toBe('in 2020 mlnx en 3 procent');
  });
});
