/**
 * Moves each built page's stylesheet links from <head> to the start of <body>, where Chromium
 * waits for them before it parses the page further (src/lib/stylesheets-in-body.ts says why).
 * Runs first of the build:done hooks (astro.config.mjs), so the search index and the
 * pre-compressed copies are made from the final HTML. The dev server keeps Astro's <head> links.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stylesheetsToBody } from '../lib/stylesheets-in-body.ts';

export default function stylesheetsInBody(): AstroIntegration {
  return {
    name: 'sociaal-domein:stylesheets-in-body',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true }))
          .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
          .map((f) => join(root, f));
        let moved = 0;
        for (const file of pages) {
          const html = await readFile(file, 'utf8');
          const out = stylesheetsToBody(html);
          if (out !== html) {
            await writeFile(file, out);
            moved++;
          }
        }
        logger.info(`stylesheets aan het begin van <body> gezet in ${moved} van ${pages.length} pagina's`);
      },
    },
  };
}
