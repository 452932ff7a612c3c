import { describe, expect, it } from 'vitest';
import { formPattern, formsOf, inTitle, shownForms } from '../../src/lib/glossary-forms';

describe('glossary forms', () => {
  const wmo = { term: 'Wet maatschappelijke ondersteuning', abbreviations: ['Wmo', 'WMO'], variants: ['WMO 2015'] };

  it('lists every form, longest first', () => {
    expect(formsOf(wmo)).toEqual(['Wet maatschappelijke ondersteuning', 'WMO 2015', 'Wmo', 'WMO']);
  });

  it('finds whole words only, case as written', () => {
    const re = formPattern(['Wmo', 'WMO', 'P-wet']);
    expect('de Wmo en de WMO, niet wmo'.match(re)).toEqual(['Wmo', 'WMO']);
    expect('Wmo-consulent'.match(re)).toBeNull();
    expect('P-wetten en de P-wet.'.match(re)).toEqual(['P-wet']);
  });

  it('prefers the longest form', () => {
    expect('de WMO 2015 en'.match(formPattern(formsOf(wmo)))).toEqual(['WMO 2015']);
  });
});

describe('forms shown beside a term in the glossary', () => {
  it('shows a form once, whatever its case, hyphen or space: the first as listed', () => {
    expect(
      shownForms({
        term: 'Wet maatschappelijke ondersteuning',
        abbreviations: ['Wmo', 'WMO'],
        variants: ['Wmo 2015', 'WMO 2015'],
      }),
    ).toEqual({
      abbreviations: ['Wmo'],
      variants: ['Wmo 2015'],
    });
    expect(
      shownForms({ term: 'planning- en controlcyclus', abbreviations: ['P&C-cyclus', 'P&C cyclus'], variants: [] })
        .abbreviations,
    ).toEqual(['P&C-cyclus']);
    expect(
      shownForms({
        term: 'Visitatiecommissie financiële beheersbaarheid sociaal domein',
        abbreviations: [],
        variants: ['Visitatiecommissie', 'visitatiecommissie', 'Visitatierapport', 'visitatierapport'],
      }).variants,
    ).toEqual(['Visitatiecommissie', 'Visitatierapport']);
  });

  it('leaves out a spelling that only repeats the term', () => {
    expect(
      shownForms({
        term: 'positieve gezondheid',
        abbreviations: [],
        variants: ['Positieve gezondheid', 'Positieve Gezondheid'],
      }).variants,
    ).toEqual([]);
    expect(
      shownForms({ term: 'quick scan', abbreviations: [], variants: ['Quick scan', 'quickscan'] }).variants,
    ).toEqual(['quickscan']);
  });

  it('shows a combined abbreviation once, without its parts or their order reversed', () => {
    expect(
      shownForms({
        term: 'maatschappelijke opvang en beschermd wonen',
        abbreviations: ['MO/BW', 'BW/MO', 'MO', 'BW'],
        variants: ['maatschappelijke opvang', 'beschermd wonen'],
      }),
    ).toEqual({ abbreviations: ['MO/BW'], variants: ['maatschappelijke opvang', 'beschermd wonen'] });
  });
});

describe('a term in a document title', () => {
  it('finds the term with the capital a title starts with', () => {
    expect(inTitle(['rondebriefje'], 'Rondebriefje Informatieronde')).toBe(true);
    expect(inTitle(['raadsinformatiebrief', 'RIB'], 'Raadsinformatiebrief: quick scan VNG')).toBe(true);
  });

  it('finds whole words only', () => {
    expect(inTitle(['raadsvoorstel'], 'Aanbiedingsbrief raadsvoorstel budget')).toBe(true);
    expect(inTitle(['voorstel'], 'Aanbiedingsbrief raadsvoorstel budget')).toBe(false);
    expect(inTitle(['OR'], 'Organisatie')).toBe(false);
  });
});
