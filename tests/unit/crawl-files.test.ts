/**
 * sitemap.xml and robots.txt: a sitemap needs absolute URLs, so it exists only for a
 * configured site (SITE_URL); without one robots.txt names no sitemap and nothing carries
 * the placeholder domain.
 */
import { describe, expect, it } from 'vitest';
import { crawlFiles } from '../../src/integrations/crawl-files';
import { PLACEHOLDER_SITE } from '../../src/lib/site-address';

const PAGES = ['', 'documenten/', 'begrippen/', '404', 'cijfers/data/alle-indicatoren.csv'];

describe('crawl files', () => {
  it('give no sitemap and a robots.txt without a Sitemap line when the site is not configured', () => {
    for (const site of [undefined, PLACEHOLDER_SITE, `${PLACEHOLDER_SITE}/`]) {
      const files = crawlFiles(PAGES, site, '/');
      expect(files.sitemap, String(site)).toBeUndefined();
      expect(files.robots).toBe('User-agent: *\nAllow: /\n');
      expect(files.robots).not.toMatch(/sitemap|example/i);
    }
  });

  it('give absolute URLs on the configured site and base path', () => {
    const files = crawlFiles(PAGES, 'https://www.example.org', '/sociaal-domein/');
    expect(files.robots).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://www.example.org/sociaal-domein/sitemap.xml\n',
    );
    const locs = [...(files.sitemap ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://www.example.org/sociaal-domein/',
      'https://www.example.org/sociaal-domein/begrippen/',
      'https://www.example.org/sociaal-domein/documenten/',
    ]);
    expect(files.sitemap).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org/,
    );
    expect(files.sitemap).not.toContain('sociaaldomein.example.nl');
  });

  it('give root URLs without a base path', () => {
    const files = crawlFiles(['', 'bevindingen/'], 'https://gemeente.example.com', '/');
    expect(files.sitemap).toContain('<loc>https://gemeente.example.com/bevindingen/</loc>');
    expect(files.robots).toContain('Sitemap: https://gemeente.example.com/sitemap.xml');
  });
});
