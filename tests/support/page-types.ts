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
