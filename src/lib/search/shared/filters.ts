/**
 * The search filters and result metadata: the one list of their keys. The pages write them
 * (src/components/SearchFacts.astro, from `SearchFacts`), the index step checks that every page
 * uses only these keys, and the search page reads and offers them (URL parameters, Pagefind's
 * filter object, the filter controls). A key is also the URL parameter: `?soort=Visie`.
 */

/** Pagefind filter keys (`data-pagefind-filter`), by the fact of a page they hold. */
export const FILTERS = {
  document: 'document',
  kind: 'soort',
  themes: 'thema',
  audiences: 'voor',
} as const;

export type FilterKey = (typeof FILTERS)[keyof typeof FILTERS];

/** The filters in the order the search page offers them. */
export const FILTER_KEYS: readonly FilterKey[] = [FILTERS.document, FILTERS.kind, FILTERS.themes, FILTERS.audiences];

/** How the search page names each filter and its “no choice” option. */
export const FILTER_LABELS: Readonly<Record<FilterKey, { label: string; all: string }>> = {
  document: { label: 'Document', all: 'Alle documenten' },
  soort: { label: 'Soort document', all: 'Alle soorten' },
  thema: { label: 'Thema', all: 'Alle thema’s' },
  voor: { label: 'Voor wie', all: 'Iedereen' },
};

/** Pagefind metadata keys (`data-pagefind-meta`) that a result shows. */
export const META = {
  document: 'document',
  kind: 'soort',
  date: 'datum',
  /** Glossary records: the definition and every form of the term ("KCC|Klant Contact Centrum|…"). */
  definition: 'uitleg',
  forms: 'vormen',
  /** A page's own text for its result, where its best section holds nothing but its heading (a finding page). */
  excerpt: 'uittreksel',
} as const;

/** The kind of page (META.kind) of a glossary term's own search record. */
export const GLOSSARY_KIND = 'Begrip';

/** The glossary's place on the site: its entries are indexed one record per term. */
export const GLOSSARY_PATH = '/begrippen/';

export type MetaKey = (typeof META)[keyof typeof META];

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}
