/**
 * Pre-compression of the built files, so a server sends them compressed at the best level
 * without compressing on every request (nginx: gzip_static; a Brotli-capable server:
 * brotli_static). Each text file gets a `.gz` (gzip level 9) and a `.br` (Brotli quality 11)
 * beside it, unless the compressed file would not be smaller.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const GZIP_LEVEL = 9;
export const BROTLI_QUALITY = 11;

/** Text files worth compressing. Pagefind's index chunks (.pf_*) are compressed by Pagefind itself. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv|bib)$/;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface CompressStats {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

export async function compressBuffer(raw: Buffer): Promise<{ gz: Buffer; br: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(raw, { level: GZIP_LEVEL }),
    brotliAsync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  ]);
  return { gz, br };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat();
}

/** Writes `<file>.gz` and `<file>.br` for every compressible file under `dir`. */
export async function precompress(dir: string): Promise<CompressStats> {
  const files = (await walk(dir)).filter((f) => COMPRESSIBLE.test(f));
  const stats: CompressStats = { files: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  // A few files at a time: zlib runs in libuv's thread pool.
  const queue = [...files];
  async function worker() {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const raw = await readFile(file);
      const { gz, br } = await compressBuffer(raw);
      stats.files += 1;
      stats.rawBytes += raw.length;
      if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
      if (br.length < raw.length) await writeFile(`${file}.br`, br);
      stats.gzipBytes += Math.min(gz.length, raw.length);
      stats.brotliBytes += Math.min(br.length, raw.length);
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  return stats;
}
