/**
 * Writes sitemap.xml and robots.txt after the build, from the pages Astro actually built,
 * with the configured site URL and base path (both are configuration; see astro.config.mjs).
 *
 * A sitemap needs absolute URLs, and the only honest absolute URLs are those of a configured
 * site: when SITE_URL is unset the build runs on a placeholder origin (src/lib/site-address.ts),
 * and then there is no sitemap.xml and robots.txt has no Sitemap line.
 */
import type { AstroIntegration } from 'astro';
import { rm, writeFile } from 'node:fs/promises';
import { publicSite } from '../lib/site-address.ts';

export function sitemapXml(urls: string[]): string {
  const items = urls.map((u) => `  <url><loc>${u.replace(/&/g, '&amp;')}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</urlset>\n`;
}

/** robots.txt; it names the sitemap only when there is one (a configured site). */
export function robotsTxt(sitemapUrl?: string): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}

/** Page URLs for the sitemap: every built page except the 404 page and data files. */
export function pageUrls(pathnames: string[], site: string, base: string): string[] {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return pathnames
    .filter((p) => !/^404\/?$/.test(p) && !/\.[a-z0-9]+$/i.test(p))
    .map((p) => new URL(p.replace(/^\//, ''), root).href)
    .sort();
}

/**
 * The crawl files for a build: `sitemap` is undefined when the site is not configured
 * (`site` undefined or the placeholder origin), and robots.txt then names no sitemap.
 */
export function crawlFiles(
  pathnames: string[],
  site: string | undefined,
  base: string,
): { robots: string; sitemap?: string } {
  const configured = publicSite(site ? new URL(site) : undefined);
  if (!configured) return { robots: robotsTxt() };
  const root = new URL(base.endsWith('/') ? base : `${base}/`, configured);
  return {
    robots: robotsTxt(new URL('sitemap.xml', root).href),
    sitemap: sitemapXml(pageUrls(pathnames, configured.href, base)),
  };
}

export default function crawlFilesIntegration(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'sociaal-domein:crawl-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site || undefined;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const files = crawlFiles(
          pages.map((p) => p.pathname),
          site,
          base,
        );
        await writeFile(new URL('robots.txt', dir), files.robots);
        if (files.sitemap) await writeFile(new URL('sitemap.xml', dir), files.sitemap);
        else {
          await rm(new URL('sitemap.xml', dir), { force: true });
          logger.info(
            'SITE_URL is niet gezet: geen sitemap.xml (die vraagt absolute adressen), robots.txt zonder Sitemap-regel',
          );
        }
      },
    },
  };
}
