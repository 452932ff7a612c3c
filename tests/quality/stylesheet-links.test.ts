/**
 * Every page links its last stylesheet (its own kind's, or the site stylesheet) once more first thing in <body>
 * (src/lib/stylesheets-in-body.ts): Chromium then waits for the stylesheets before it parses the
 * content, so the layout that form autofill forces at DOMContentLoaded is of the styled page,
 * not of the whole page without CSS. All links stay in <head>, where every browser holds the
 * first paint for them. tests/e2e/first-layout.test.ts checks the effect in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/site';

const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

describe.each([...builtPages(), '/404.html'])('%s', (page) => {
  const html = readBuilt(page);
  const [head = '', rest = ''] = html.split('</head>');
  const inHead = head.match(LINK) ?? [];
  const inBody = rest.match(LINK) ?? [];

  it('links the site stylesheet in <head>, before any other', () => {
    expect(inHead[0]).toMatch(/href="\/_astro\/site\.[\w-]+\.css"/);
  });

  it('links its last stylesheet once more, first thing in <body>, and no other there', () => {
    const first = /<body\b[^>]*>((?:<link\b[^>]*>)*)/.exec(rest)?.[1] ?? '';
    const expected = [inHead.at(-1)];
    expect(first.match(LINK) ?? []).toEqual(expected);
    expect(inBody).toEqual(expected);
  });
});
