/** The paragraph anchor plugin on small Markdown and MDX fixtures. */
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { paragraphAnchors } from '../../src/plugins/paragraph-anchors';

const html = (md: string) => markdownToHtml(md, { hastPlugins: [paragraphAnchors()] }).html;
const link = (n: number) => `<a href="#alinea-${n}" class="para-link" aria-label="Link naar alinea ${n}" data-alinea="${n}">¶</a>`;

describe('paragraph anchors', () => {
  it('numbers paragraphs in reading order with an id and a real link to itself', () => {
    expect(html('Een.\n\n## Kop\n\nTwee.')).toBe(`<p id="alinea-1">Een. ${link(1)}</p>\n<h2>Kop</h2>\n<p id="alinea-2">Twee. ${link(2)}</p>\n`);
  });

  it('skips list items, tables and quotes, so their paragraphs do not shift the numbers', () => {
    const out = html('Een.\n\n- punt\n\n  met alinea\n\n> citaat\n\n| a |\n|---|\n| b |\n\nTwee.');
    expect(out.match(/para-link/g)).toHaveLength(2);
    expect(out).toContain(`<p id="alinea-2">Twee. ${link(2)}</p>`);
  });

  it('numbers paragraphs inside the council decision but not in editorial notes or pull quotes', () => {
    const { code } = mdxToJs('Een.\n\n<EditorialNote>\n\nNoot.\n\n</EditorialNote>\n\n<PullQuote>Citaat</PullQuote>\n\n<Decision>\n\nBesluit.\n\n</Decision>\n');
    expect(code).not.toContain('alinea'); // without the plugin nothing happens
    const withPlugin = mdxToJs('Een.\n\n<EditorialNote>\n\nNoot.\n\n</EditorialNote>\n\n<PullQuote>Citaat</PullQuote>\n\n<Decision>\n\nBesluit.\n\n</Decision>\n', { hastPlugins: [paragraphAnchors()] }).code;
    expect(withPlugin.match(/id: "alinea-\d+"/g)).toEqual(['id: "alinea-1"', 'id: "alinea-2"']);
    expect(withPlugin).toContain('"aria-label": "Link naar alinea 2"');
  });

  it('gives the same numbers on every build (stable)', () => {
    const md = 'Een.\n\nTwee.\n\nDrie.';
    expect(html(md)).toBe(html(md));
  });
});
