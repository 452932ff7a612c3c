/**
 * What a finding's page says beyond its quotes, worked out from the finding's data: pure, so
 * unit tests cover it without a build (tests/unit/finding-page.test.ts).
 */
import { FINDING_STATUS_LABELS } from './labels';
import type { FindingStatus } from '../schemas/finding';

export interface Assessment2024 {
  /** The line under Status that introduces the sentence the label rests on. */
  statusIntro: string;
  /** The sentence before the quotes, when the sentence under Status is one of the 2024 quotes. */
  intro?: string;
  /**
   * The 2024 quotes to show in the section "Het oordeel in 2024": all but the one that already
   * stands under Status. None: the page has no such section.
   */
  quotes: string[];
}

/**
 * The 2024 judgement on a finding's page. The sentence a status label rests on is mostly one of the
 * 2024 quotes; it stands under Status, once, introduced as the judgement of 2024, and the section
 * "Het oordeel in 2024" holds the other quotes. Without others the page has no such section: it
 * held only the words "Het oordeel staat in de zin onder Status, hierboven."
 */
export function assessment2024(f: { assessment2024: readonly string[]; justification: string }): Assessment2024 {
  const quotes = f.assessment2024.filter((q) => q !== f.justification);
  if (quotes.length === f.assessment2024.length)
    return { statusIntro: 'De redactie baseert dit label op deze zin uit de brief:', quotes };
  return {
    statusIntro: 'Het oordeel van de brief in 2024, waarop de redactie dit label baseert:',
    ...(quotes.length > 0 ? { intro: 'Naast de zin onder Status, hierboven, zegt de brief:' } : {}),
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
