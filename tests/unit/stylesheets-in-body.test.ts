import { describe, expect, it } from 'vitest';
import { stylesheetsToBody } from '../../src/lib/stylesheets-in-body';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>T</title>${head}</head><body class="x">${body}</body></html>`;

describe('stylesheetsToBody', () => {
  it('moves the stylesheet links, in order, to just after the <body> start tag', () => {
    const html = page(
      '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/site.a.css"><link rel="stylesheet" href="/_astro/page.b.css">',
      '<a class="skip" href="#main">Naar de inhoud</a><main id="main"></main>',
    );
    expect(stylesheetsToBody(html)).toBe(
      page(
        '<link rel="icon" href="/favicon.svg">',
        '<link rel="stylesheet" href="/_astro/site.a.css"><link rel="stylesheet" href="/_astro/page.b.css"><a class="skip" href="#main">Naar de inhoud</a><main id="main"></main>',
      ),
    );
  });

  it('leaves a page without stylesheet links in its head as it is', () => {
    const html = page('<link rel="icon" href="/favicon.svg">', '<p>Tekst</p>');
    expect(stylesheetsToBody(html)).toBe(html);
    const done = stylesheetsToBody(page('<link rel="stylesheet" href="/s.css">', '<p>Tekst</p>'));
    expect(stylesheetsToBody(done)).toBe(done);
  });

  it('does not move a stylesheet link that is already in the body', () => {
    const html = page('', '<p>Tekst</p><link rel="stylesheet" href="/laat.css">');
    expect(stylesheetsToBody(html)).toBe(html);
  });

  it('says so when a page has stylesheets in its head but no body start tag', () => {
    expect(() => stylesheetsToBody('<html><head><link rel="stylesheet" href="/s.css"></head><p>x</p></html>')).toThrow(
      /zonder <body>-begintag/,
    );
  });
});
