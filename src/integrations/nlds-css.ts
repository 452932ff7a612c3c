/**
 * The NL Design System component packages (@nl-design-system-candidate/*-css, @utrecht/*-css)
 * ship every variant of a component: a button's positive, negative, pressed and busy states, a
 * table's sticky and numeric cells. The site uses a few of them, and every reading page carries
 * the stylesheet within its byte budget (25 KB, tests/quality/privacy-budgets.test.ts).
 *
 * This PostCSS step drops the package rules whose selectors name an NLDS class that no file in
 * src/ uses. The package CSS itself is imported unchanged (src/styles/nlds.css), so a newer
 * package version comes in with `npm update`, and a municipality's team that adds a variant to
 * the markup gets its rules back on the next build. Class names are therefore written out in
 * full in the markup (no `nl-heading--level-${n}`), which also keeps them greppable.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
const THEME = /src[\\/]styles[\\/]theme-nlds\.css$/;
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

/** Whether a selector only names NLDS classes that the site uses. */
export function selectorUsed(selector: string, used: ReadonlySet<string>): boolean {
  return [...selector.matchAll(CLASS)].every((m) => used.has(m[1] as string));
}

export function nldsUnusedCss(used: ReadonlySet<string>) {
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
      // Then the NLDS custom properties that no remaining var() reads: the tokens a kept rule
      // passes on to a component the site does not use (a breadcrumb's --utrecht-link-…), and
      // theme tokens (theme-nlds.css, imported by nlds.css) of left-out variants. Repeated
      // until nothing changes, since a dropped token may have been the only reader of another.
      for (let changed = true; changed;) {
        changed = false;
        const read = new Set<string>();
        root.walkDecls((d) => {
          for (const m of d.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(m[1] as string);
        });
        root.walkDecls((d) => {
          const file = d.source?.input?.file ?? '';
          if (TOKEN.test(d.prop) && !read.has(d.prop) && (PACKAGE.test(file) || THEME.test(file))) {
            d.remove();
            changed = true;
          }
        });
      }
      root.walkRules((rule) => {
        const file = rule.source?.input?.file ?? '';
        if ((PACKAGE.test(file) || THEME.test(file)) && rule.nodes?.length === 0) rule.remove();
      });
    },
  };
}
