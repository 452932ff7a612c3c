/**
 * The build leaves out the NL Design System package rules for classes the site never uses
 * (src/integrations/nlds-css.ts), to stay within the byte budget.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { nldsUnusedCss, selectorUsed, usedClasses } from '../../src/integrations/nlds-css';

describe('NL Design System CSS: unused variants left out', () => {
  const used = new Set(['nl-button', 'nl-button--primary']);

  it('keeps a rule whose NLDS classes the site uses, and a rule without NLDS classes', () => {
    expect(selectorUsed('.nl-button:where(.nl-button--primary):hover', used)).toBe(true);
    expect(selectorUsed('.nl-button[hidden]', used)).toBe(true);
    expect(selectorUsed('html:focus-within', used)).toBe(true);
  });

  it('drops the heading rule of a level no page has (h6), not the others', () => {
    expect(selectorUsed('h6', used)).toBe(false);
    expect(selectorUsed('h5', used)).toBe(true);
    expect(selectorUsed('.heading-wrapper > h6', used)).toBe(true);
  });

  it('drops a rule for a variant the site does not use', () => {
    expect(selectorUsed('.nl-button:where(.nl-button--primary).nl-button--negative', used)).toBe(false);
    expect(selectorUsed('.nl-button--icon-only .nl-button__label', used)).toBe(false);
  });

  it('also leaves out the tokens a package rule sets and nothing reads (theme tokens stay)', async () => {
    const postcss = (await import('postcss')).default;
    const pkg = '/x/node_modules/@utrecht/breadcrumb-nav-css/dist/index.css';
    const theme = '/x/src/styles/theme-nlds.css';
    const root = postcss.parse(
      '.utrecht-breadcrumb-nav{--utrecht-link-color:var(--utrecht-breadcrumb-nav-link-color);font-size:var(--utrecht-breadcrumb-nav-font-size)}',
      { from: pkg },
    );
    root.append(
      postcss.parse(
        ':root{--utrecht-breadcrumb-nav-font-size:1rem;--utrecht-breadcrumb-nav-link-color:red;--color-x:1}',
        {
          from: theme,
        },
      ),
    );
    const plugin = nldsUnusedCss(new Set(['utrecht-breadcrumb-nav']));
    plugin.Once(root as never);
    expect(root.toString()).toBe(
      '.utrecht-breadcrumb-nav{font-size:var(--utrecht-breadcrumb-nav-font-size)}:root{--utrecht-breadcrumb-nav-font-size:1rem;--utrecht-breadcrumb-nav-link-color:red;--color-x:1}',
    );
  });

  it('finds the classes on the site markup', () => {
    const site = usedClasses(join(import.meta.dirname, '../../src'));
    expect(site.has('nl-button')).toBe(true);
    expect(site.has('nl-button--primary')).toBe(true);
    expect(site.has('nl-skip-link')).toBe(true);
    expect(site.has('nl-button--negative')).toBe(false);
  });
});
