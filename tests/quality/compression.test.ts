/**
 * The build pre-compresses every text file (src/integrations/precompress.ts): a `.gz` at gzip
 * level 9 and a `.br` at Brotli quality 11 beside it, each the same bytes once decompressed.
 * nginx serves the `.gz` with gzip_static (tests/e2e/nginx.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { builtFiles, DIST } from '../support/site';
import { COMPRESSIBLE } from '../../src/lib/precompress';

const files = builtFiles().filter((f) => COMPRESSIBLE.test(f));

describe('pre-compressed files', () => {
  it('covers the pages, the stylesheet, the search script and the search index’s own files', () => {
    expect(files).toContain('index.html');
    expect(files.some((f) => f.startsWith('_astro/') && f.endsWith('.css'))).toBe(true);
    expect(files.some((f) => f.startsWith('pagefind/') && f.endsWith('.js'))).toBe(true);
  });

  it.each(files)('%s has a .gz (level 9) and a .br that decompress to it', (file) => {
    const raw = readFileSync(join(DIST, file));
    const gz = join(DIST, `${file}.gz`);
    const br = join(DIST, `${file}.br`);
    // A tiny file may not get smaller; then it is left uncompressed.
    if (raw.length >= 200) {
      expect(existsSync(gz), `${file}.gz`).toBe(true);
      expect(existsSync(br), `${file}.br`).toBe(true);
    }
    if (existsSync(gz)) {
      const data = readFileSync(gz);
      // Byte 8 of a gzip header (XFL) is 2 when the compressor used its slowest, best level.
      expect(data[8], 'gzip XFL: level 9').toBe(2);
      expect(gunzipSync(data).equals(raw)).toBe(true);
    }
    if (existsSync(br)) expect(brotliDecompressSync(readFileSync(br)).equals(raw)).toBe(true);
  });
});
