// @ts-check
import { defineConfig } from 'astro/config';
import { PLACEHOLDER_SITE } from './src/lib/site-address.ts';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import crawlFiles from './src/integrations/crawl-files.ts';
import searchIndex from './src/integrations/search-index.ts';
import precompressFiles from './src/integrations/precompress.ts';
import stylesheetsInBody from './src/integrations/stylesheets-in-body.ts';
import { markdownPlugins } from './src/plugins/markdown.ts';
import { loadGlossary } from './src/lib/glossary-file.ts';
import { loadCitationPages } from './src/lib/citation-pages.ts';
import { nldsUnusedCss, tokensRead, usedClasses } from './src/integrations/nlds-css.ts';
import { cssChunk, layerOrder, layerOrderFirst } from './src/integrations/css-chunks.ts';

/**
 * Where the site is published. Municipal sites often live under a sub-path, so both the
 * origin and the base path are configuration (SITE_URL, BASE_PATH).
 */
// Unset or empty SITE_URL means "not configured": the build then runs on a placeholder that
// readers never see (src/lib/site-address.ts: no printed address, no address in citations).
const site = process.env.SITE_URL || PLACEHOLDER_SITE;
const base = process.env.BASE_PATH ?? '/';

/**
 * The glossary, read here because Markdown plugins run outside Astro's content layer. One
 * loader (src/lib/glossary-file.ts) reads and validates it for the plugins, search and tests.
 */
const CONTENT = process.env.CONTENT_DIR ?? './content';
const glossary = loadGlossary(CONTENT);
const glossaryHref = (/** @type {string} */ id) => `${base.replace(/\/$/, '')}/begrippen/#${id}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // No inline styles or scripts, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The site stylesheet on every page (one request, cached across pages) and a stylesheet per
  // kind of page (src/integrations/css-chunks.ts), each opening with the layer order.
  // The NL Design System packages' rules for variants the site does not use are left out
  // (src/integrations/nlds-css.ts), to keep every reading page within its byte budget.
  vite: {
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: true,
      rollupOptions: { output: { manualChunks: cssChunk } },
    },
    plugins: [layerOrderFirst(layerOrder('.'))],
    css: { postcss: { plugins: [nldsUnusedCss(usedClasses('./src'), tokensRead('./src', './node_modules'))] } },
  },
  // Two content files that end up with the same slug are an error, not a silent overwrite.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // Astro runs the build:done hooks in this order: a page's last stylesheet is linked once more at
  // the start of <body> first (src/integrations/stylesheets-in-body.ts), the search index is written after the pages
  // (src/integrations/search-index.ts), and pre-compression (.gz, .br) comes last and covers dist/pagefind.
  integrations: [mdx(), stylesheetsInBody(), crawlFiles(), searchIndex({ contentDir: CONTENT }), precompressFiles()],
  markdown: {
    // remark and rehype (src/plugins/markdown.ts): glossary links, paragraph anchors, heading
    // links, the source's footnote numbers and reading times. MDX inherits this processor.
    processor: unified({
      // Keep the sources' own punctuation: no automatic curly quotes or dashes.
      smartypants: false,
      gfm: true,
      // Each paragraph's citation needs its page: title, kind, date and address (src/lib/citation-pages.ts).
      ...markdownPlugins({
        terms: glossary,
        href: glossaryHref,
        pages: loadCitationPages(CONTENT, process.env.SITE_URL || undefined, base),
      }),
    }),
  },
  // Test fixtures build into their own folders so they never touch the real site or its cache.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  ...(process.env.CACHE_DIR ? { cacheDir: process.env.CACHE_DIR } : {}),
});
