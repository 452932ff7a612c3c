/**
 * The filter and metadata keys an element or a page sets with `data-pagefind-filter` and
 * `data-pagefind-meta`, read one way for the index step's checks (build.ts) and its additions
 * (augment.ts). A key either brings its value (`soort:Visie`, or an attribute: `image[src]`) or
 * takes the element's text as its value (`thema`). Several metadata keys are comma-separated.
 */
export interface SearchKey {
  kind: 'filter' | 'meta';
  key: string;
  /** Pagefind reads the element's text as the value. */
  readsText: boolean;
}

export function searchKeys(html: string): SearchKey[] {
  return [...html.matchAll(/\sdata-pagefind-(filter|meta)="([^"]*)"/g)].flatMap((m) => {
    const kind = m[1] as SearchKey['kind'];
    return (kind === 'meta' ? m[2]!.split(',') : [m[2]!])
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => ({ kind, key: part.split(/[:[]/)[0]!.trim(), readsText: !/[:[]/.test(part) }));
  });
}
