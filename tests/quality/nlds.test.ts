/**
 * The page furniture is built from NL Design System components (issue 11), so a municipality's
 * team recognises the classes and re-themes the site through the components' design tokens
 * (src/styles/theme-nlds.css). These tests read the built pages: the classes are on the
 * markup, the packages' rules are in the stylesheet, and the stylesheets keep the layer order.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, linkedStylesheets, readBuilt } from '../support/site';

const LAYER_ORDER = '@layer tokens, base, layout, components, utilities, print;';
const stylesheets = (html: string) => linkedStylesheets(html).map((href) => href.replace(/^\//, ''));
const readCss = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('NL Design System components on the furniture', () => {
  const home = readBuilt('/');
  const search = readBuilt('/zoeken/');

  it('the skip link is the NLDS skip link', () => {
    expect(home).toMatch(
      /<a class="nl-skip-link nl-skip-link--visible-on-focus" href="#hoofdinhoud">Naar de inhoud<\/a>/,
    );
  });

  it('the header search and the search page use the same NLDS button', () => {
    const header = /<form class="site-search"[\s\S]*?<\/form>/.exec(home)?.[0] ?? '';
    const form = /<form class="search-form"[\s\S]*?<\/form>/.exec(search)?.[0] ?? '';
    const buttonClass = (html: string) => /<button class="([^"]+)" type="submit"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(buttonClass(header)).toEqual(expect.arrayContaining(['nl-button', 'nl-button--primary']));
    expect(buttonClass(form)).toEqual(expect.arrayContaining(['nl-button', 'nl-button--primary']));
  });

  it('the breadcrumb is the NLDS breadcrumb, its links NLDS links', () => {
    const doc = readBuilt('/documenten/quickscan-vng-2024/');
    const nav = /<nav class="([^"]*)" aria-label="Kruimelpad">([\s\S]*?)<\/nav>/.exec(doc);
    expect(nav?.[1]).toContain('utrecht-breadcrumb-nav');
    expect(nav?.[2]).toContain('<ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">');
    expect(nav?.[2]).toMatch(/<a class="utrecht-breadcrumb-nav__link nl-link" href="\/">Home<\/a>/);
    expect(nav?.[2]).toMatch(
      /class="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page"/,
    );
  });

  it('the footer links are an NLDS link list', () => {
    const footer = /<footer[\s\S]*?<\/footer>/.exec(home)?.[0] ?? '';
    expect(footer).toContain('<ul class="utrecht-link-list utrecht-link-list--html-ul site-footer__links">');
    const links = footer.match(/<a [^>]*>/g) ?? [];
    expect(links.length).toBeGreaterThan(3);
    for (const a of links) expect(a).toContain('class="utrecht-link-list__link nl-link"');
  });

  it('the search page’s fields are the NLDS text box, select and form label', () => {
    const form = /<form class="search-form"[\s\S]*?<\/form>/.exec(search)?.[0] ?? '';
    expect(form).toMatch(/<input class="utrecht-textbox utrecht-textbox--html-input search-form__input"/);
    expect(form).toMatch(/<label class="utrecht-form-label search-form__label" for="zoekterm">/);
    const selects = search.match(/<select [^>]*>/g) ?? [];
    expect(selects.length).toBeGreaterThan(0);
    for (const tag of selects) expect(tag).toContain('class="utrecht-select utrecht-select--html-select"');
  });

  it('headings and paragraphs are the NLDS heading and paragraph (html variants), sized by the site tokens', () => {
    const css = stylesheets(home).map(readCss).join('\n');
    const base = /@layer base\{([\s\S]*?)\}@layer /.exec(css)?.[1] ?? '';
    for (const n of [1, 2, 3, 4, 5]) {
      expect(base).toContain(`h${n}{break-after:avoid;`);
      expect(base).toContain(`font-size:var(--nl-heading-level-${n}-font-size,revert)`);
    }
    // No page has an h6, so its rule is left out (UNUSED_ELEMENTS, src/integrations/nlds-css.ts).
    expect(base).not.toContain('h6{');
    const withH6 = builtPages().filter((p) => /<h6[\s>]/.test(readBuilt(p)));
    expect(withH6, 'pagina met een h6: haal h6 uit UNUSED_ELEMENTS in src/integrations/nlds-css.ts').toEqual([]);
    expect(base).toMatch(/(^|\})p\{color:var\(--nl-paragraph-color,inherit\)/);
    // The site's type scale reaches them through the tokens (theme-nlds.css), not rules of its own.
    expect(css).toContain('--nl-heading-level-1-font-size:var(--font-size-h1)');
    expect(css).toContain('--nl-heading-level-2-font-size:var(--font-size-h2)');
    expect(css).toContain('--nl-heading-level-3-font-size:var(--font-size-h3)');
    expect(css).toContain('--nl-paragraph-margin-block-end:var(--space-4)');
    expect(base).not.toMatch(/(^|\})h[1-4](,h[1-4])*\{[^}]*font-size:var\(--font-size/);
  });

  it('the button takes its colours from the site tokens, not from hard-coded values', () => {
    const css = stylesheets(home).map(readCss).join('\n');
    expect(css).toMatch(
      /\.nl-button:where\(\.nl-button--primary\)\{[^}]*background-color:var\(--nl-button-primary-background-color\)/,
    );
    expect(css).toMatch(/--nl-button-primary-background-color:var\(--color-accent\)/);
    expect(css).not.toMatch(/#8a0015[^;]*;[^}]*\}[^{]*\.(site-search|search-form)__button/);
    expect(css).not.toMatch(/\.(site-search|search-form)__button\{[^}]*#b3001b/);
  });
});

describe('stylesheets', () => {
  it.each(builtPages())('%s: every stylesheet opens with the layer order, the site stylesheet first', (page) => {
    const files = stylesheets(readBuilt(page));
    expect(files.length).toBeGreaterThan(0);
    expect(files[0]).toMatch(/^_astro\/site\./);
    for (const f of files) expect(readCss(f).startsWith(LAYER_ORDER), f).toBe(true);
  });

  // The split must not lose a rule: a class that some stylesheet styles is styled by one that the page links.
  const allCss = [...new Set(builtPages().flatMap((p) => stylesheets(readBuilt(p))))].map((f) => readCss(f));
  const styled = (css: string, c: string) => new RegExp(`\\.${c.replace(/[-]/g, '\\-')}(?![\\w-])`).test(css);
  it.each(builtPages())('%s: links a stylesheet for every class on it that the site styles', (page) => {
    const html = readBuilt(page);
    const linked = stylesheets(html).map(readCss).join('\n');
    const classes = new Set([...html.matchAll(/\sclass="([^"]+)"/g)].flatMap((m) => (m[1] as string).split(/\s+/)));
    const missing = [...classes].filter((c) => c && allCss.some((css) => styled(css, c)) && !styled(linked, c));
    expect(missing).toEqual([]);
  });

  it('reading pages do not carry the search page’s rules', () => {
    const css = stylesheets(readBuilt('/documenten/quickscan-vng-2024/')).map(readCss).join('\n');
    expect(css).not.toContain('.search-result');
    expect(stylesheets(readBuilt('/zoeken/')).map(readCss).join('\n')).toContain('.search-result');
  });
});
