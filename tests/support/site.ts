/** Facts about the built site that several tests need. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ ontbreekt: bouw de site eerst (npm test doet dat zelf: npm run build && vitest run)');
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every built HTML page as a URL path ("/documenten/"), the 404 page excluded. */
export function builtPages(): string[] {
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.endsWith(`${sep}404.html`))
    .map((f) => `/${relative(DIST, f).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

export function readBuilt(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}

export function builtFiles(): string[] {
  return walk(DIST).map((f) => relative(DIST, f).split(sep).join('/'));
}

/**
 * The stylesheets a page links, in order, each once (a page links its last one a second time in
 * <body>, src/lib/stylesheets-in-body.ts; the browser fetches it once): their hrefs, "/_astro/…".
 */
export function linkedStylesheets(html: string): string[] {
  return [...new Set([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!))];
}
