/**
 * The message for each class of bad input, straight from the schemas with safeParse: the
 * field path and what was expected, as the build prints them. Only one build per kind of
 * failure stays in tests/build/content-errors.test.ts (it proves that the build fails and
 * names the file); every other class is pinned here, where it takes milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { documentSchema } from '../../src/schemas/document';
import { indicatorSchema } from '../../src/schemas/indicator';
import { findingSchema } from '../../src/schemas/finding';
import { passageSchema } from '../../src/schemas/passage';
import { eventSchema } from '../../src/schemas/event';
import { routeStepSchema } from '../../src/schemas/route';

/** Stand-ins for astro:content's reference(): same input, same output shape. */
const ref = (collection: string) => z.string().transform((id) => ({ id, collection }));
const refs = {
  documents: ref('documents'),
  chapters: ref('chapters'),
  themes: ref('themes'),
  trajectories: ref('trajectories'),
  indicators: ref('indicators'),
  findings: ref('findings'),
  events: ref('events'),
};

function messages(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}): string[] {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** A copy of `entry` without `key`. */
function without<T extends object>(entry: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...entry };
  delete copy[key];
  return copy;
}

// The valid entries of the build fixture (tests/fixtures/content), as the file loaders hand them over.
const document = {
  title: 'Document B',
  kind: 'raadsvoorstel',
  date: '2021-07-21',
  issuer: 'College',
  status: 'Besloten',
  sourceFile: 'doc-b.txt',
  audiences: ['raadsleden'],
  themes: ['financien'],
  order: 2,
  summary: 'Kort.',
};
const indicator = {
  id: 'voorbeeld',
  label: 'Voorbeeldindicator',
  theme: 'financien',
  unit: 'procent',
  direction: 'lager-beter',
  values: [
    { place: 'Maastricht', value: 50.3 },
    { place: 'Nederland', value: 46.6 },
  ],
  source: { document: 'doc-a', chapter: 'doc-a/hoofdstuk-1', quotes: ['50,3%'] },
};
const finding = {
  id: 'voorbeeld',
  title: 'Voorbeeldbevinding',
  area: 'algemeen',
  order: 1,
  source: { document: 'doc-b', section: 'inleiding' },
  finding2021: ['In 2021 ging het zo.'],
  assessment2024: ['In 2024 gaat het beter.'],
  status: 'deels',
  justification: 'In 2024 gaat het beter.',
  vision: [{ chapter: 'doc-a/hoofdstuk-1' }],
  indicators: ['voorbeeld'],
  themes: ['financien'],
};
const passage = {
  id: 'voorbeeld',
  kind: 'dilemma',
  order: 1,
  title: 'Voorbeelddilemma',
  source: { document: 'doc-b', section: 'kop' },
  quotes: ['Tekst van document B.'],
};
const event = {
  id: 'voorbeeld',
  title: 'Voorbeeldbesluit',
  date: '2021-07-21',
  kind: 'besluit',
  source: { document: 'doc-b', quote: 'Tekst van document B.' },
};
const step = {
  id: 'voorbeeld',
  order: 1,
  title: 'Voorbeeldstap',
  why: 'Om de bouwtests te laten slagen.',
  document: 'doc-a',
};

const schemas = {
  document: documentSchema(refs),
  indicator: indicatorSchema(refs),
  finding: findingSchema(refs),
  passage: passageSchema(refs),
  event: eventSchema(refs),
  step: routeStepSchema(refs),
};

describe('the fixture entries are valid (so every failure below comes from its one change)', () => {
  it.each([
    ['document', schemas.document, document],
    ['indicator', schemas.indicator, indicator],
    ['finding', schemas.finding, finding],
    ['passage', schemas.passage, passage],
    ['event', schemas.event, event],
    ['route step', schemas.step, step],
  ] as const)('%s', (_name, schema, entry) => {
    expect(messages(schema.safeParse(entry))).toEqual([]);
  });
});

describe('documents', () => {
  it('a missing field: names the field and what it expects', () => {
    expect(messages(schemas.document.safeParse(without(document, 'status')))).toEqual([
      'status: verwacht een status (tekst), gekregen: niets (het veld ontbreekt)',
    ]);
  });

  it('a field of the wrong type', () => {
    expect(messages(schemas.document.safeParse({ ...document, order: 'twee' }))).toEqual([
      'order: verwacht een volgnummer (een getal), gekregen: "twee"',
    ]);
  });

  it('an unknown value of a fixed list: lists the allowed ones', () => {
    const [message] = messages(schemas.document.safeParse({ ...document, kind: 'notitie' }));
    expect(message).toMatch(/^kind: verwacht een documentsoort: een van "visie", .*"quickscan"; gekregen: "notitie"$/);
  });

  it('an impossible quoted date', () => {
    expect(messages(schemas.document.safeParse({ ...document, date: '2021-02-30' }))).toEqual([
      'date: "2021-02-30" bestaat niet: 2021-02 heeft 28 dagen',
    ]);
  });

  it('an unquoted date, which YAML has already turned into another date', () => {
    // YAML reads `date: 2025-13-45` as a timestamp and rolls it over to 14 February 2026.
    const [message] = messages(schemas.document.safeParse({ ...document, date: new Date(Date.UTC(2025, 12, 45)) }));
    expect(message).toMatch(
      /^date: datum staat zonder aanhalingstekens; YAML heeft die al omgezet \(naar 2026-02-14\)/,
    );
  });
});

describe('indicators', () => {
  it('a value that is not a number: names row and field', () => {
    const values = [{ place: 'Maastricht', value: '50,3' }, indicator.values[1]];
    expect(messages(schemas.indicator.safeParse({ ...indicator, values }))).toEqual([
      'values.0.value: verwacht een getal met een punt als decimaalteken (bijv. 50.3), gekregen: "50,3"',
    ]);
  });

  it('a percentage outside 0-100', () => {
    const values = [indicator.values[0], { place: 'Nederland', value: 146.6 }];
    expect(messages(schemas.indicator.safeParse({ ...indicator, values }))).toEqual([
      'values.1.value: een percentage ligt tussen 0 en 100, gekregen: 146.6',
    ]);
  });

  it('a missing source', () => {
    expect(messages(schemas.indicator.safeParse(without(indicator, 'source')))).toEqual([
      'source: ontbreekt; verwacht { document, quotes } met de plek in de bron',
    ]);
  });
});

describe('findings and passages', () => {
  it('an unknown status: lists the scale', () => {
    expect(messages(schemas.finding.safeParse({ ...finding, status: 'prima' }))).toEqual([
      'status: verwacht een status: een van "duidelijke-voortgang", "deels", "geen-oordeel", "nog-een-opgave"; gekregen: "prima"',
    ]);
  });

  it('a missing justifying sentence', () => {
    expect(messages(schemas.finding.safeParse(without(finding, 'justification')))).toEqual([
      'justification: verwacht de zin uit de brief die de status onderbouwt (tekst), gekregen: niets (het veld ontbreekt)',
    ]);
  });

  it('a passage of an unknown kind', () => {
    expect(messages(schemas.passage.safeParse({ ...passage, kind: 'mening' }))).toEqual([
      'kind: verwacht een soort passage: een van "dilemma", "slotoordeel", "aanbod"; gekregen: "mening"',
    ]);
  });
});

describe('events', () => {
  it('an undated event: says what a date looks like', () => {
    const [message] = messages(schemas.event.safeParse(without(event, 'date')));
    expect(message).toMatch(/^date: ontbreekt; verwacht een datum als tekst tussen aanhalingstekens/);
  });

  it('an impossible quarter', () => {
    expect(messages(schemas.event.safeParse({ ...event, date: '2024-Q5' }))).toEqual([
      'date: "2024-Q5" heeft kwartaal 5; een kwartaal is Q1, Q2, Q3 of Q4',
    ]);
  });
});

describe('route', () => {
  it('a step with two targets', () => {
    const [message] = messages(schemas.step.safeParse({ ...step, chapter: 'doc-a/hoofdstuk-1' }));
    expect(message).toContain('verwacht precies één doel: document, chapter of page; gekregen: 2');
  });
});

describe('shared pieces (src/schemas/builders.ts)', () => {
  it('an id with capitals or spaces', () => {
    expect(messages(schemas.event.safeParse({ ...event, id: 'Voorbeeld 1' }))).toEqual([
      'id: verwacht een id van kleine letters, cijfers en streepjes',
    ]);
  });

  it('a heading anchor that no heading has, with the example where the schema gives one', () => {
    const source = { ...indicator.source, section: 'Financiën!' };
    expect(messages(schemas.indicator.safeParse({ ...indicator, source }))).toEqual([
      'source.section: verwacht het anker van een kop, bijv. "5-financien"',
    ]);
  });

  it('a source reference with a key it does not know names the keys it expects', () => {
    const source = { ...event.source, page: 3 };
    expect(messages(schemas.event.safeParse({ ...event, source }))).toEqual([
      'source: verwacht { document, chapter, section, quote }',
    ]);
  });
});
