/**
 * Writes sitemap.xml and robots.txt after the build, from the pages Astro actually built,
 * with the configured site URL and base path (both are configuration; see astro.config.mjs).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';

export function sitemapXml(urls: string[]): string {
  const items = urls.map((u) => `  <url><loc>${u.replace(/&/g, '&amp;')}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** Page URLs for the sitemap: every built page except the 404 page and data files. */
export function pageUrls(pathnames: string[], site: string, base: string): string[] {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return pathnames
    .filter((p) => !/^404\/?$/.test(p) && !/\.[a-z0-9]+$/i.test(p))
    .map((p) => new URL(p.replace(/^\//, ''), root).href)
    .sort();
}

export default function crawlFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'sociaal-domein:crawl-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        if (!site) throw new Error('astro.config.mjs: "site" ontbreekt; nodig voor sitemap.xml en canonieke URL’s');
        const urls = pageUrls(
          pages.map((p) => p.pathname),
          site,
          base,
        );
        const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(urls));
        await writeFile(new URL('robots.txt', dir), robotsTxt(new URL('sitemap.xml', root).href));
      },
    },
  };
}
