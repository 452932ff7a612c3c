/**
 * The site's stylesheets. Every page links the site stylesheet (layer order, tokens, the NL
 * Design System components, the page furniture, document typography); the rules of one kind
 * of page go into a second stylesheet that only the pages of that kind link. So a reading page
 * carries neither the search page's rules nor those of other page types (the byte budget of
 * 25 KB, tests/quality/privacy-budgets.test.ts), and the site stylesheet stays one cached file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_CSS: readonly (readonly [RegExp, string])[] = [
  [/src\/styles\/pages\/search\.css/, 'zoeken'],
  [/src\/styles\/pages\/timeline\.css/, 'tijdlijn'],
  [/src\/styles\/pages\/glossary\.css/, 'begrippen'],
  [/src\/styles\/pages\/route\.css/, 'route'],
  [/src\/styles\/pages\/dossier\.css/, 'dossier'],
  [/src\/styles\/pages\/findings\.css/, 'bevindingen'],
  // The overview pages' lists (cards, tags, filter links), the editorial layers' components
  // (findings, status labels, quotes from the sources) and the home page: not on the documents.
  [/src\/styles\/overview\.css|src\/components\/layers\/|src\/styles\/pages\/home\.css/, 'overzicht'],
  // Components that only the vision's chapters use (imported by the chapter page).
  [/src\/components\/mdx\/(NeedsPyramid|PullQuote|DataTable)\.css/, 'hoofdstuk'],
  // The figures overview (its themes): not on the documents either.
  [/src\/styles\/pages\/figures\.css/, 'cijfers'],
];

/** Rollup's manualChunks: the stylesheet a CSS module goes into (undefined for scripts). */
export function cssChunk(id: string): string | undefined {
  if (!/\.css($|\?)|[?&]lang\.css/.test(id)) return undefined;
  return PAGE_CSS.find(([re]) => re.test(id))?.[1] ?? 'site';
}

/** The layer order statement of src/styles/layers.css. */
export function layerOrder(root: string): string {
  const text = readFileSync(join(root, 'src/styles/layers.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const m = /@layer [^;{]+;/.exec(text);
  if (!m) throw new Error('src/styles/layers.css: de volgorde van de lagen (@layer …;) ontbreekt');
  return m[0];
}

/**
 * Puts the layer order at the top of every stylesheet. A page links the site stylesheet and
 * maybe a page stylesheet, in an order Astro chooses; whichever the browser reads first must
 * declare the order, or the first `@layer components {…}` would fix a wrong one. The statement
 * is the same everywhere, so repeating it changes nothing.
 */
export function layerOrderFirst(order: string) {
  return {
    name: 'sociaal-domein:layer-order-first',
    generateBundle(_: unknown, bundle: Record<string, { type: string; fileName: string; source?: unknown }>) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css') || typeof file.source !== 'string') continue;
        if (!file.source.startsWith(order)) file.source = order + file.source;
      }
    },
  };
}
