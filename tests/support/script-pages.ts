/**
 * The pages that may ship JavaScript, each with its reason. Every other page is a reading
 * page and ships none (checked in tests/e2e/pages-a/-b.test.ts and tests/quality).
 */
export const SCRIPT_PAGES: ReadonlyArray<{ path: string; reason: string }> = [
  {
    path: '/zoeken/',
    reason: 'zoeken draait Pagefind in de browser; zonder JavaScript zegt de pagina dat en verwijst naar de documenten',
  },
];

export const isScriptPage = (path: string) => SCRIPT_PAGES.some((p) => p.path === path);
