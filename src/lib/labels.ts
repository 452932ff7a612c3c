/**
 * How the site names the values of its fixed vocabularies. The schemas in src/schemas/ hold only
 * the value lists; the words readers see live here. Units are named in lib/numbers.ts, beside
 * the number formatting that uses them.
 */
import type { Audience, DocumentKind } from '../schemas/vocabulary';
import type { EventKind } from '../schemas/event';
import type { FindingArea, FindingStatus } from '../schemas/finding';

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  visie: 'Visie',
  aanbiedingsbrief: 'Aanbiedingsbrief',
  raadsvoorstel: 'Raadsvoorstel',
  rondebriefje: 'Rondebriefje',
  raadsinformatiebrief: 'Raadsinformatiebrief',
  quickscan: 'Quick scan',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  inwoners: 'Inwoners',
  raadsleden: 'Raadsleden',
  medewerkers: 'Medewerkers',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  besluit: 'Besluit',
  sessie: 'Sessie',
  rapport: 'Rapport of plan',
  organisatie: 'Organisatie',
  mijlpaal: 'Mijlpaal',
  ambitie: 'Ambitie',
};

/**
 * The letter's own four parts, as the letter names them. The letter never writes out MO/BW: pages
 * show the glossary's term with it (areaName in src/lib/findings.ts).
 */
export const FINDING_AREA_LABELS: Record<FindingArea, string> = {
  algemeen: 'Algemeen/sociaal domein breed',
  financien: 'Financiën',
  inkoop: 'Inkoop/aanbesteding Wmo en Jeugd',
  'mo-bw': 'MO/BW',
};

/** The editorial status scale, from most to least progress. */
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  'duidelijke-voortgang': 'Duidelijke voortgang',
  deels: 'Deels',
  'geen-oordeel': 'Geen oordeel mogelijk',
  'nog-een-opgave': 'Nog een opgave',
};
