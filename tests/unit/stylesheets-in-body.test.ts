import { describe, expect, it } from 'vitest';
import { repeatPageStylesheet } from '../../src/lib/stylesheets-in-body';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>T</title>${head}</head><body class="x">${body}</body></html>`;
const SITE = '<link rel="stylesheet" href="/_astro/site.a.css">';
const OWN = '<link rel="stylesheet" href="/_astro/tijdlijn.b.css">';
const CONTENT = '<a class="skip" href="#main">Naar de inhoud</a><main id="main"></main>';

describe('repeatPageStylesheet', () => {
  it("links the page's last stylesheet (its own) once more just after the <body> start tag", () => {
    const html = page(`<link rel="icon" href="/favicon.svg">${SITE}${OWN}`, CONTENT);
    expect(repeatPageStylesheet(html)).toBe(page(`<link rel="icon" href="/favicon.svg">${SITE}${OWN}`, OWN + CONTENT));
  });

  it('repeats the site stylesheet on a page that links no other', () => {
    expect(repeatPageStylesheet(page(SITE, CONTENT))).toBe(page(SITE, SITE + CONTENT));
  });

  it('leaves a page without stylesheets as it is', () => {
    const html = page('<link rel="icon" href="/favicon.svg">', CONTENT);
    expect(repeatPageStylesheet(html)).toBe(html);
  });

  it('does it once: a page that has it already comes back unchanged', () => {
    const done = repeatPageStylesheet(page(SITE + OWN, CONTENT));
    expect(repeatPageStylesheet(done)).toBe(done);
  });

  it('says so when a page has stylesheets in its head but no body start tag', () => {
    expect(() => repeatPageStylesheet(`<html><head>${SITE}${OWN}</head><p>x</p></html>`)).toThrow(
      /zonder <body>-begintag/,
    );
  });
});
