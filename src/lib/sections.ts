/** The site's top-level sections: the page shell marks the current one in the header menu. */
export type SiteSection =
  | 'home'
  | 'documenten'
  | 'cijfers'
  | 'bevindingen'
  | 'begrippen'
  | 'tijdlijn'
  | 'route'
  | 'dossiers'
  | 'over'
  | 'zoeken';
