/**
 * The NL Design System component packages (@nl-design-system-candidate/*-css, @utrecht/*-css)
 * ship every variant of a component: a button's positive, negative, pressed and busy states, a
 * table's sticky and numeric cells. The site uses a few of them, and every reading page carries
 * the stylesheet within its byte budget (25 KB, tests/quality/privacy-budgets.test.ts).
 *
 * This PostCSS step drops the package rules whose selectors name an NLDS class that no file in
 * src/ uses, and the custom properties package rules set that nothing reads. The package CSS itself is imported unchanged (src/styles/nlds.css), so a newer
 * package version comes in with `npm update`, and a municipality's team that adds a variant to
 * the markup gets its rules back on the next build. Class names are therefore written out in
 * full in the markup (no `nl-heading--level-${n}`), which also keeps them greppable.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A PostCSS plugin, typed structurally so this file needs no PostCSS types of its own. */
interface Node {
  type: string;
  parent?: Container;
  remove(): void;
  source?: { input?: { file?: string } };
}
interface Container extends Node {
  nodes?: Node[];
  walkRules(cb: (rule: Rule) => void): void;
  walkAtRules(cb: (rule: Container) => void): void;
  walkDecls(cb: (decl: Declaration) => void): void;
}
interface Rule extends Node {
  selectors: string[];
  nodes?: Node[];
}
interface Declaration extends Node {
  prop: string;
  value: string;
}

const PACKAGE = /node_modules[\\/]@(?:nl-design-system-candidate|utrecht)[\\/]/;
const VAR = /var\(\s*(--[\w-]+)/g;
const TOKEN = /^--_?(?:nl|utrecht)-/;
const CLASS = /\.((?:nl|utrecht)-[a-z0-9]+(?:[-_]+[a-z0-9]+)*)/g;
const USE = /\b((?:nl|utrecht)-[a-z0-9]+(?:[-_]+[a-z0-9]+)*)/g;

/** Every nl-* and utrecht-* word in the site's markup and scripts. */
export function usedClasses(dir: string): Set<string> {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(astro|ts|mdx|md)$/.test(e.name)) {
        for (const m of readFileSync(p, 'utf8').matchAll(USE)) out.add(m[1] as string);
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * Elements no page has, whose rules in the packages' html variants are left out too: the
 * heading package styles h1 to h6, and no document or template has an h6 (the documents' deepest
 * heading is an h5; tests/quality/nlds.test.ts fails on a page with an h6, which would then get
 * the browser's style). Its 62 bytes (gzip) paid for the near-screen rule on the documents.
 */
export const UNUSED_ELEMENTS: ReadonlySet<string> = new Set(['h6']);

/** Whether a selector only names NLDS classes that the site uses, and no element it never has. */
export function selectorUsed(selector: string, used: ReadonlySet<string>): boolean {
  if (UNUSED_ELEMENTS.has(selector.trim())) return false;
  return [...selector.matchAll(CLASS)].every((m) => used.has(m[1] as string));
}

/**
 * The custom properties that the site's stylesheets (every .css file in src/) and the NLDS package files
 * they import read with var(). Vite runs PostCSS on each stylesheet on its own, so a token that
 * the search page's select reads must not be dropped from the site stylesheet.
 */
export function tokensRead(dir: string, nodeModules: string): Set<string> {
  const out = new Set<string>();
  const read = (file: string) => {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(VAR)) out.add(m[1] as string);
    return text;
  };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.css')) {
        for (const m of read(p).matchAll(/@import\s+'(@(?:nl-design-system-candidate|utrecht)\/[^/']+)\/([^']+)'/g)) {
          const [pkg, rest] = [m[1] as string, m[2] as string];
          // The candidate packages export "./*.css" from dist/; Utrecht's name dist/ themselves.
          const file = [join(nodeModules, pkg, rest), join(nodeModules, pkg, 'dist', rest)].find((f) => existsSync(f));
          if (!file) throw new Error(`${p}: ${pkg}/${rest} niet gevonden in node_modules`);
          read(file);
        }
      }
    }
  };
  walk(dir);
  return out;
}

export function nldsUnusedCss(used: ReadonlySet<string>, readTokens: ReadonlySet<string> = new Set()) {
  return {
    postcssPlugin: 'sociaal-domein:nlds-unused-css',
    Once(root: Container) {
      root.walkRules((rule) => {
        if (!PACKAGE.test(rule.source?.input?.file ?? '')) return;
        const keep = rule.selectors.filter((s) => selectorUsed(s, used));
        if (keep.length === 0) rule.remove();
        else if (keep.length < rule.selectors.length) rule.selectors = keep;
      });
      // At-rules (a forced-colors media query) that only held dropped rules.
      root.walkAtRules((at) => {
        if (PACKAGE.test(at.source?.input?.file ?? '') && at.nodes && at.nodes.length === 0) at.remove();
      });
      // Then the NLDS custom properties that a package rule sets and no var() reads, here or in
      // any stylesheet of the site or package it imports (the breadcrumb's --utrecht-link-…
      // hand-offs to a link component the site does not use). Repeated until nothing changes,
      // since a dropped declaration may have been the only reader of another.
      for (let changed = true; changed;) {
        changed = false;
        const read = new Set(readTokens);
        root.walkDecls((d) => {
          for (const m of d.value.matchAll(VAR)) read.add(m[1] as string);
        });
        root.walkDecls((d) => {
          if (TOKEN.test(d.prop) && !read.has(d.prop) && PACKAGE.test(d.source?.input?.file ?? '')) {
            d.remove();
            changed = true;
          }
        });
      }
      root.walkRules((rule) => {
        if (PACKAGE.test(rule.source?.input?.file ?? '') && rule.nodes?.length === 0) rule.remove();
      });
    },
  };
}
