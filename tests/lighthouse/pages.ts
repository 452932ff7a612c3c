/** One page of each type, measured with Lighthouse. */
export const LIGHTHOUSE_PAGES: Record<string, string> = {
  home: '/',
  'visie-hoofdstuk': '/documenten/sociale-visie-2040/waar-staan-we-nu/',
  document: '/documenten/raadsvoorstel-65-2021/',
  cijfers: '/cijfers/',
  zoeken: '/zoeken/',
  bevindingen: '/bevindingen/',
};
