import { builtPages } from './site.ts';

/** One page of each type: used by the keyboard tests, Lighthouse and the site benchmark. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  documenten: '/documenten/',
  document: '/documenten/raadsvoorstel-65-2021/',
  'visie-hoofdstuk': '/documenten/sociale-visie-2040/waar-staan-we-nu/',
  cijfers: '/cijfers/',
  over: '/over/',
  zoeken: '/zoeken/',
  bevindingen: '/bevindingen/',
};

/**
 * The page type of a path, from its place in the URL tree: a top-level page is its own type
 * ("/over/"), deeper pages share the type of their depth under their section (every
 * "/documenten/<id>/" is one type, every "/documenten/<id>/<chapter>/" another). A new route
 * gets its type without a list to keep up to date.
 */
export function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length <= 1) return path;
  return `/${segments[0]}/${'*/'.repeat(segments.length - 1)}`;
}

/** The first page of every page type, in URL order. */
export function firstOfEachType(pages: readonly string[] = builtPages()): string[] {
  const firstOfType = new Map<string, string>();
  for (const p of pages) if (!firstOfType.has(pageType(p))) firstOfType.set(pageType(p), p);
  return [...firstOfType.values()];
}
