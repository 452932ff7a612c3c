/**
 * Every page links its stylesheets at the start of <body> (src/lib/stylesheets-in-body.ts):
 * Chromium then waits for them before it parses the page further, so the layout that form
 * autofill forces at DOMContentLoaded is of the styled page, not of the whole page without CSS.
 * tests/e2e/first-layout.test.ts checks that in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/site';

const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

describe.each([...builtPages(), '/404.html'])('%s', (page) => {
  const html = readBuilt(page);
  const [head = '', rest = ''] = html.split('</head>');

  it('links no stylesheet in <head>', () => {
    expect(head.match(LINK) ?? []).toEqual([]);
  });

  it('links its stylesheets first thing in <body>, before any content', () => {
    const body = /<body\b[^>]*>((?:<link\b[^>]*>)*)/.exec(rest);
    expect(body, 'een <body>-begintag').not.toBeNull();
    const first = body![1]!.match(LINK) ?? [];
    expect(first.length, 'stylesheets direct na <body>').toBeGreaterThan(0);
    expect(rest.match(LINK)).toEqual(first);
  });
});
