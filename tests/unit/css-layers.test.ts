/**
 * The CSS architecture (issue 11): the layer order is declared once, in src/styles/layers.css,
 * and every other stylesheet in src/ puts each of its rules inside one of those layers. An
 * unlayered rule would beat every layer whatever its specificity, so it is an error here.
 * The NL Design System packages' CSS comes in through `@import '…' layer(components);` (their
 * files are not ours to wrap), which puts it inside a declared layer too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const LAYERS = ['tokens', 'base', 'layout', 'components', 'utilities', 'print'];
const DECLARATION = `@layer ${LAYERS.join(', ')};`;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return cssFiles(p);
    return e.name.endsWith('.css') ? [p] : [];
  });
}

/** The top-level statements and blocks of a stylesheet, comments removed. */
function topLevel(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    } else if (c === ';' && depth === 0) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

describe('CSS in cascade layers', () => {
  const files = cssFiles(join(ROOT, 'src'));

  it('declares the layer order once, in src/styles/layers.css', () => {
    const declarations = files.filter((f) => topLevel(readFileSync(f, 'utf8')).some((s) => /^@layer [^{]*;$/.test(s)));
    expect(declarations.map((f) => relative(ROOT, f))).toEqual(['src/styles/layers.css']);
    expect(topLevel(readFileSync(join(ROOT, 'src/styles/layers.css'), 'utf8'))).toEqual([DECLARATION]);
  });

  it('puts every rule of every other stylesheet inside a declared layer', () => {
    const problems: string[] = [];
    for (const f of files) {
      if (f.endsWith('layers.css')) continue;
      for (const block of topLevel(readFileSync(f, 'utf8'))) {
        const layer =
          /^@layer\s+([a-z-]+)\s*\{/.exec(block)?.[1] ??
          /^@import\s+'[^']+'\s+layer\(([a-z-]+)\);$/.exec(block)?.[1] ??
          // The NLDS themes (their own rules in @layer tokens) come in through nlds.css and search.css.
          (/^@import '(\.\/|\.\.\/)theme-nlds(-forms)?\.css';$/.test(block) ? 'tokens' : undefined);
        if (!layer || !LAYERS.includes(layer)) {
          problems.push(
            `${relative(ROOT, f)}: "${block.slice(0, 60).replace(/\s+/g, ' ')}…" staat niet in een van de lagen ${LAYERS.join(', ')}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('imports the NL Design System packages into the components layer, element styles into base', () => {
    const imports = files.flatMap((f) =>
      topLevel(readFileSync(f, 'utf8'))
        .filter((s) => s.startsWith('@import') && !/theme-nlds(-forms)?\.css';$/.test(s))
        .map((s) => ({ file: relative(ROOT, f), s })),
    );
    expect(imports.length).toBeGreaterThan(0);
    for (const { file, s } of imports) {
      // The html variants style elements without classes (headings, paragraphs): the base layer.
      const layer = /\/html\//.test(s) ? 'base' : 'components';
      expect(s, file).toMatch(
        new RegExp(`^@import '@(nl-design-system-candidate|utrecht)/[a-z-]+-css/[^']+\\.css' layer\\(${layer}\\);$`),
      );
    }
    expect(imports.filter(({ s }) => s.includes('layer(base)')).length).toBe(2);
  });

  it('loads the layer order before any other stylesheet (Base.astro)', () => {
    const base = readFileSync(join(ROOT, 'src/layouts/Base.astro'), 'utf8');
    const imports = [...base.matchAll(/^import '([^']+\.css)';$/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('../styles/layers.css');
  });
});
