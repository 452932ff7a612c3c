/**
 * Repeats each built page's last stylesheet link at the start of <body>, where Chromium waits for
 * it and for the stylesheets of <head> before it parses the page further
 * (src/lib/stylesheets-in-body.ts says why). Runs first of the build:done hooks
 * (astro.config.mjs), so the search index and the pre-compressed copies are made from the final
 * HTML. The dev server serves Astro's HTML as it is.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repeatPageStylesheet } from '../lib/stylesheets-in-body.ts';

export default function stylesheetsInBody(): AstroIntegration {
  return {
    name: 'sociaal-domein:stylesheets-in-body',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true }))
          .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
          .map((f) => join(root, f));
        let changed = 0;
        for (const file of pages) {
          const html = await readFile(file, 'utf8');
          const out = repeatPageStylesheet(html);
          if (out !== html) {
            await writeFile(file, out);
            changed++;
          }
        }
        logger.info(`laatste stylesheet herhaald aan het begin van <body> in ${changed} van ${pages.length} pagina's`);
      },
    },
  };
}
