import { z } from 'astro/zod';
import type { Ref } from './refs';
import { listOf, oneOf, text } from './messages';
import { entryId, sourceReference } from './builders';
import { keepUnitWithNumber } from '../lib/numbers';

/**
 * Benchmark indicators and other figures from the sources, as typed data. Every record
 * points to the document (and chapter) where the figure stands, with the literal text as
 * printed, so a test can check each number against its source.
 */

/** An editorial note (under a value, an indicator or a chart): a figure keeps its % or mln on its line. */
const editorialNote = () => text('een toelichting').transform(keepUnitWithNumber);

export const UNITS = ['procent', 'procentverandering', 'euro-mln', 'aantal', 'per-1000-inwoners'] as const;
export type Unit = (typeof UNITS)[number];

export const DIRECTIONS = ['hoger-beter', 'lager-beter', 'neutraal'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const PLACES = ['Maastricht', 'Nederland'] as const;
export type Place = (typeof PLACES)[number];

/** How a value relates to the others: a measured value, a target, or a step of a budget. */
export const ROLES = ['waarde', 'doel', 'af', 'totaal'] as const;
export type Role = (typeof ROLES)[number];

export const QUALIFIERS = ['meer dan', 'zo’n', 'ongeveer'] as const;

const number = z.number({
  error: (iss) =>
    iss.input === undefined
      ? 'ontbreekt; verwacht een getal (met een punt als decimaalteken, bijv. 50.3)'
      : `verwacht een getal met een punt als decimaalteken (bijv. 50.3), gekregen: ${JSON.stringify(iss.input)}`,
});

export const valueSchema = z
  .object({
    place: oneOf(PLACES, 'een plaats').optional(),
    label: text('een label').optional(),
    /** Only where the source gives a period: "2020", "2019/2020", "2008-2018". */
    period: z
      .string({ error: 'verwacht een periode als tekst tussen aanhalingstekens, bijv. "2020" of "2019/2020"' })
      .regex(/^\d{4}([/-]\d{4})?$/, { error: 'verwacht een periode zoals "2020", "2019/2020" of "2008-2018"' })
      .optional(),
    /** null: the source names the item but gives no figure (e.g. friction costs). */
    value: number.nullable(),
    role: oneOf(ROLES, 'een rol').default('waarde'),
    qualifier: oneOf(QUALIFIERS, 'een aanduiding').optional(),
    note: editorialNote().optional(),
    /**
     * Words that follow the number and say what it is a share of or compared with, as the source
     * words them ("van de totale kosten van het Uitvoeringsplan", "hoger dan het landelijk
     * gemiddelde"): shown after the figure ("10 % van de totale kosten …"), never as its name.
     * Tables and lists only: a chart does not draw them (src/lib/charts/render.ts refuses them).
     */
    after: text('de woorden na het getal').optional(),
  })
  .strict();
export type IndicatorValue = z.infer<typeof valueSchema>;

export interface IndicatorRefs {
  documents: Ref;
  chapters: Ref;
  themes: Ref;
  indicators?: Ref;
}

export function indicatorSchema(refs: IndicatorRefs) {
  return z
    .object({
      id: entryId(),
      label: text('een naam van de indicator'),
      /** Plain-language explanation (editorial). */
      description: text('een omschrijving').optional(),
      theme: refs.themes,
      unit: oneOf(UNITS, 'een eenheid'),
      direction: oneOf(DIRECTIONS, 'een richting (is hoger beter?)'),
      /** Decimals to show when the source prints more than the number holds (5,0 %). */
      decimals: z.number().int().min(0).max(3).optional(),
      values: listOf(valueSchema, 'waarden').min(1, { error: 'verwacht minstens één waarde' }),
      /** Where the figure stands: the document, chapter and heading anchor, and its text as printed. */
      source: sourceReference(
        refs,
        {
          /** The figures' text exactly as printed in the source file (line breaks aside). */
          quotes: listOf(text('de letterlijke tekst uit de bron'), 'citaten').min(1, {
            error: 'verwacht minstens één citaat uit de bron',
          }),
        },
        { anchorExample: '"5-financien"', missing: 'ontbreekt; verwacht { document, quotes } met de plek in de bron' },
      ),
      externalSource: text('de externe bron die het document noemt').optional(),
      notes: editorialNote().optional(),
    })
    .strict()
    .superRefine((indicator, ctx) => {
      indicator.values.forEach((v, i) => {
        if (v.value === null) return;
        if (indicator.unit === 'procent' && (v.value < 0 || v.value > 100)) {
          ctx.addIssue({
            code: 'custom',
            path: ['values', i, 'value'],
            message: `een percentage ligt tussen 0 en 100, gekregen: ${v.value}`,
          });
        }
        if (
          (indicator.unit === 'aantal' || indicator.unit === 'per-1000-inwoners' || indicator.unit === 'euro-mln') &&
          v.value < 0
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['values', i, 'value'],
            message: `verwacht 0 of meer, gekregen: ${v.value}`,
          });
        }
      });
    });
}
export type Indicator = z.infer<ReturnType<typeof indicatorSchema>>;

/**
 * vergelijking: Maastricht against Nederland; verloop: values over time; waterval: budget steps;
 * staaf: exact values of one unit as bars from zero; kerncijfers: figures written out, not drawn
 * to a common scale (approximate values, or figures that are not comparable).
 */
export const CHART_KINDS = ['vergelijking', 'verloop', 'waterval', 'staaf', 'kerncijfers'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export function chartSchema(refs: { indicators: Ref; documents: Ref }) {
  return z
    .object({
      id: entryId(),
      kind: oneOf(CHART_KINDS, 'een soort grafiek'),
      indicators: listOf(refs.indicators, 'indicatoren').min(1, { error: 'verwacht minstens één indicator' }),
      /** Optional editorial title; by default the title is written from the data. */
      title: text('een titel').optional(),
      /** Editorial explanation shown under the chart. */
      note: editorialNote().optional(),
    })
    .strict();
}
