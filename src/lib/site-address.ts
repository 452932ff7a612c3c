/**
 * The site's public address. The build always has a `site` (Astro needs one for canonical
 * links), but when SITE_URL is not set it is this placeholder, and nothing meant for readers
 * (printed running footers, citations) may show it: "not configured" means SITE_URL was unset
 * or empty when the site was built (see README, Publishing).
 */
export const PLACEHOLDER_SITE = 'https://sociaaldomein.example.nl';

/** The configured site URL, or undefined when the build runs on the placeholder. */
export function publicSite(site: URL | undefined): URL | undefined {
  if (!site) return undefined;
  return new URL(site.href).origin === new URL(PLACEHOLDER_SITE).origin ? undefined : site;
}

/** The absolute, readable address of a path on the configured site, or undefined. */
export function publicAddress(path: string, site: URL | undefined): string | undefined {
  const s = publicSite(site);
  return s ? decodeURI(new URL(path, s).href) : undefined;
}
