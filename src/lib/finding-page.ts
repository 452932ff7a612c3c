/**
 * What a finding's page says beyond its quotes, worked out from the finding's data: pure, so
 * unit tests cover it without a build (tests/unit/finding-page.test.ts).
 */
import { FINDING_STATUS_LABELS } from './labels';
import type { FindingStatus } from '../schemas/finding';

export interface Assessment2024 {
  /** The sentence before the quotes, when the sentence under Status is one of the 2024 quotes. */
  intro?: string;
  /** The 2024 quotes to show in the section: all but the one that already stands under Status. */
  quotes: string[];
}

/**
 * The section "Het oordeel in 2024". The sentence a status label rests on is mostly one of the
 * 2024 quotes; it stands under Status, once, and the section points to it instead of quoting it
 * again.
 */
export function assessment2024(f: { assessment2024: readonly string[]; justification: string }): Assessment2024 {
  const quotes = f.assessment2024.filter((q) => q !== f.justification);
  if (quotes.length === f.assessment2024.length) return { quotes };
  return {
    intro:
      quotes.length > 0
        ? 'Naast de zin onder Status, hierboven, zegt de brief:'
        : 'Het oordeel staat in de zin onder Status, hierboven.',
    quotes,
  };
}

/**
 * The text a search result shows for a finding page. The page's quotes are left out of the index
 * (the quick scan itself is the result for its sentences), so the text before its first heading
 * is its title alone; the result shows the label, marked as the editors', and the sentence it
 * rests on instead.
 */
export function findingSearchExcerpt(f: { status: FindingStatus; justification: string }): string {
  return `Oordeel van de redactie: ${FINDING_STATUS_LABELS[f.status]}. Uit de brief: “${f.justification}”`;
}
