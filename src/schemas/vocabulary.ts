/**
 * Fixed vocabularies that several collections share (document kinds, audiences). A vocabulary
 * of one collection stands beside its schema (event kinds in event.ts, finding statuses in
 * finding.ts, units in indicator.ts).
 */

export const DOCUMENT_KINDS = [
  'visie',
  'aanbiedingsbrief',
  'raadsvoorstel',
  'rondebriefje',
  'raadsinformatiebrief',
  'quickscan',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const AUDIENCES = ['inwoners', 'raadsleden', 'medewerkers'] as const;
export type Audience = (typeof AUDIENCES)[number];
