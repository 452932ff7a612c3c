/**
 * Privacy and performance budgets on the built files: no e-mail addresses or phone numbers
 * of individuals, no JavaScript on reading pages, reading pages within 25 KB of HTML+CSS as the
 * server sends them (the build's .gz files, see deploy/nginx.conf), and every image and SVG with
 * its dimensions (no layout shift).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFiles, builtPages, DIST, linkedStylesheets, readBuilt } from '../support/site';
import { isScriptPage } from '../support/script-pages';

const TEXT_FILES = builtFiles().filter((f) => /\.(html|csv|json|txt|xml|svg)$/.test(f) && !f.startsWith('pagefind'));
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
// Dutch phone numbers in the forms the letters print them: 043-1234567, 043 - 123 4567, +31 43 …
const PHONE = /(?:\+31|\b0)\s?\d{2,3}\s?-?\s?\d{3}\s?\d{3,4}\b/g;

describe('privacy', () => {
  it.each(TEXT_FILES)('%s has no e-mail addresses or phone numbers', (file) => {
    const text = readFileSync(join(DIST, file), 'utf8');
    expect(text.match(EMAIL) ?? []).toEqual([]);
    expect(text.match(PHONE) ?? []).toEqual([]);
  });

  // The letters' contact blocks name a civil servant with direct phone number and e-mail; the
  // repository keeps its copies of the sources redacted (content/sources/README.md), so neither
  // the site nor a clone can publish them.
  const sources = readdirSync(join(process.cwd(), 'content/sources')).filter((f) => f.endsWith('.txt'));
  it.each(sources)('content/sources/%s keeps no e-mail addresses or phone numbers', (file) => {
    const text = readFileSync(join(process.cwd(), 'content/sources', file), 'utf8');
    expect(text.match(EMAIL) ?? []).toEqual([]);
    expect(text.match(PHONE) ?? []).toEqual([]);
  });

  it('the patterns catch contact details in the forms the letters print them', () => {
    // Made-up details in the layout of the letters' contact blocks (the real ones are redacted in
    // content/sources): a reserved domain and numbers no one has, so the repository holds no one's address.
    const sample =
      'J. Jansen  043 - 000 0001   2021.18717\nj.jansen@gemeente.example  043 - 000 0002\nTelefoonnummer: 043-0000001';
    expect(sample.match(EMAIL)).toEqual(['j.jansen@gemeente.example']);
    expect(sample.match(PHONE)).toHaveLength(3);
    expect('Raadsvoorstel 65-2021, kenmerk 2021.18717, € 430.000'.match(PHONE)).toBeNull();
  });
});

const readingPages = builtPages().filter((p) => !isScriptPage(p));
/** The stylesheets the pages link to (Pagefind's own unused UI files aside). */
const css = [
  ...new Set(
    builtPages().flatMap((p) =>
      [...readBuilt(p).matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!),
    ),
  ),
];

describe('performance budgets', () => {
  it.each(readingPages)('%s ships no JavaScript', (page) => {
    const html = readBuilt(page);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\son[a-z]+="/i); // no inline event handlers
  });

  // The budget is 25 KB (issue 11) of HTML and the stylesheets it links, as the server sends
  // them: the gzip files (level 9) that the build writes beside every text file and nginx sends
  // with gzip_static (deploy/nginx.conf). The largest page is the quick scan (about 24,9 KB: 45
  // paragraph citations, 25 glossary pop-ups, two charts drawn for three widths); see
  // bench/RESULTS.md for what each part costs.
  const served = (file: string) => {
    const path = join(DIST, file.replace(/^\//, ''));
    try {
      return statSync(`${path}.gz`).size;
    } catch {
      return gzipSync(readFileSync(path), { level: 9 }).length;
    }
  };
  const pageFile = (page: string) => (page.endsWith('/') ? `${page}index.html` : page);
  const sizes = readingPages.map((p) => ({
    page: p,
    bytes: served(pageFile(p)) + linkedStylesheets(readBuilt(p)).reduce((sum, href) => sum + served(href), 0),
  }));

  it('keeps every reading page within 25 KB of HTML+CSS as served (gzip)', () => {
    const largest = [...sizes].sort((a, b) => b.bytes - a.bytes)[0]!;
    console.log(
      `grootste leespagina: ${largest.page}, ${(largest.bytes / 1024).toFixed(2)} KB (gzip zoals verstuurd, HTML+CSS)`,
    );
    const over = sizes.filter((s) => s.bytes > 25 * 1024);
    expect(over.map((s) => `${s.page}: ${(s.bytes / 1024).toFixed(2)} KB`)).toEqual([]);
    expect(css.length).toBeGreaterThan(0);
  });

  it.each(builtPages())('%s: every image and SVG has width and height', (page) => {
    const html = readBuilt(page);
    for (const tag of html.match(/<(img|svg)\b[^>]*>/g) ?? []) {
      expect(tag, tag).toMatch(/\swidth="\d/);
      expect(tag, tag).toMatch(/\sheight="\d/);
    }
  });

  it('serves the stylesheet from its own file, fingerprinted', () => {
    expect(css.every((f) => f.startsWith('_astro/'))).toBe(true);
    expect(statSync(join(DIST, css[0]!)).size).toBeGreaterThan(1000);
  });
});
