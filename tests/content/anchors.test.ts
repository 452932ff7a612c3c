/** Paragraph anchors on the built document pages. */
import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from '../support/site';

const documentPages = builtPages().filter((p) => /^\/documenten\/.+\//.test(p));

describe.each(documentPages)('%s', (path) => {
  const html = readBuilt(path);
  const anchors = [...html.matchAll(/<p id="(alinea-(\d+))">([\s\S]*?)<\/p>/g)];

  it('numbers its paragraphs 1, 2, 3… with unique ids', () => {
    const hasText = /class="official-text"/.test(html);
    if (!hasText) return; // the vision's document page lists chapters, its text is on the chapter pages
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.map((a) => Number(a[2]))).toEqual(anchors.map((_, i) => i + 1));
  });

  it('gives each paragraph a real link to itself with a Dutch accessible name', () => {
    for (const [, id, n, body] of anchors) {
      expect(body).toContain(`<a href="#${id}" class="para-link" aria-label="Link naar alinea ${n}" data-alinea="${n}">¶</a>`);
    }
  });
});
