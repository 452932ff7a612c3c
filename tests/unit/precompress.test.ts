import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { COMPRESSIBLE, compressBuffer } from '../../src/lib/precompress';

describe('pre-compression', () => {
  it('compresses text files, not images or Pagefind’s already compressed chunks', () => {
    for (const f of [
      'index.html',
      '_astro/site.css',
      'pagefind/pagefind.js',
      'cijfers/data/x.csv',
      'a.bib',
      'sitemap.xml',
    ])
      expect(COMPRESSIBLE.test(f), f).toBe(true);
    for (const f of [
      'cijfers/x.png',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/x.pf_fragment',
      'a.html.gz',
      'a.html.br',
    ])
      expect(COMPRESSIBLE.test(f), f).toBe(false);
  });

  it('gives gzip at level 9 and Brotli, both smaller than gzip’s default and both reversible', async () => {
    const raw = Buffer.from('<p>Van vangnet naar trampoline: de Sociale Visie 2040 van Maastricht.</p>\n'.repeat(200));
    const { gz, br } = await compressBuffer(raw);
    expect(gunzipSync(gz).equals(raw)).toBe(true);
    expect(brotliDecompressSync(br).equals(raw)).toBe(true);
    expect(gz[8]).toBe(2); // XFL: best compression
    expect(gz.length).toBeLessThanOrEqual(gzipSync(raw).length);
    expect(br.length).toBeLessThan(gz.length);
  });
});
