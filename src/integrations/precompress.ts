/**
 * Pre-compresses the built site after everything else is written (astro.config.mjs lists it
 * last, after the search index, so dist/pagefind/ is compressed too): every text file gets a
 * `.gz` (gzip level 9) and a `.br` (Brotli quality 11) beside it, which nginx serves with
 * `gzip_static on` (deploy/nginx.conf). The levels are logged with the sizes.
 * PRECOMPRESS=off leaves the step out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { BROTLI_QUALITY, GZIP_LEVEL, precompress } from '../lib/precompress.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1).replace('.', ',')} KB`;

export default function precompressFiles(): AstroIntegration {
  return {
    name: 'sociaal-domein:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PRECOMPRESS === 'off') {
          logger.info('Voorcomprimeren overgeslagen (PRECOMPRESS=off)');
          return;
        }
        const start = performance.now();
        const s = await precompress(fileURLToPath(dir));
        const ms = Math.round(performance.now() - start);
        logger.info(
          `${s.files} bestanden voorgecomprimeerd in ${ms} ms: ${kb(s.rawBytes)} → gzip (niveau ${GZIP_LEVEL}) ${kb(s.gzipBytes)}, Brotli (kwaliteit ${BROTLI_QUALITY}) ${kb(s.brotliBytes)}`,
        );
      },
    },
  };
}
