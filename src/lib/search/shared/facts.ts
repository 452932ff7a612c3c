/**
 * What search needs to know about a page for its filters (document, kind, themes, audiences)
 * and for showing a result (kind, date). Values are the Dutch labels the search page shows.
 * Rendered by src/components/SearchFacts.astro under the keys of ./filters.ts.
 */
import { formatDate } from '../../format.ts';
import type { PartialDate } from '../../../schemas/date.ts';

export interface SearchFacts {
  /** The document's short title (for chapters: the document they belong to). */
  document: string;
  kind: string;
  /** Date as shown: "22 juni 2021", "juni 2021" or "2021". */
  date: string;
  themes: readonly string[];
  audiences: readonly string[];
}

export function searchFacts(input: {
  document: string;
  kind: string;
  date: PartialDate;
  themes: readonly string[];
  audiences: readonly string[];
}): SearchFacts {
  return { ...input, date: formatDate(input.date) };
}
