import { describe, expect, it } from 'vitest';
import { formPattern, formsOf } from '../../src/lib/glossary-forms';

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
