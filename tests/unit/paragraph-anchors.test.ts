/** The paragraph anchor plugin (rehype) on small Markdown and MDX fixtures: input → HTML. */
import { describe, expect, it } from 'vitest';
import { paragraphAnchors } from '../../src/plugins/paragraph-anchors';
import { render } from '../support/markdown';

const html = async (md: string) => (await render(md, { rehypePlugins: [paragraphAnchors] })).html;
const mdx = async (src: string) => (await render(src, { mdx: true, rehypePlugins: [paragraphAnchors] })).html;
const link = (n: number) =>
  `<a href="#alinea-${n}" class="para-link" aria-label="Link naar alinea ${n}" data-alinea="${n}">¶</a>`;

describe('paragraph anchors', () => {
  it('numbers paragraphs in reading order with an id and a real link to itself', async () => {
    expect(await html('Een.\n\n## Kop\n\nTwee.')).toBe(
      `<p id="alinea-1">Een.${link(1)}</p>\n<h2>Kop</h2>\n<p id="alinea-2">Twee.${link(2)}</p>`,
    );
  });

  it('skips list items, tables and quotes, so their paragraphs do not shift the numbers', async () => {
    const out = await html('Een.\n\n- punt\n\n  met alinea\n\n> citaat\n\n| a |\n|---|\n| b |\n\nTwee.');
    expect(out.match(/para-link/g)).toHaveLength(2);
    expect(out).toContain('<li>\n<p>punt</p>\n<p>met alinea</p>\n</li>');
    expect(out).toContain('<blockquote>\n<p>citaat</p>\n</blockquote>');
    expect(out.endsWith(`<p id="alinea-2">Twee.${link(2)}</p>`)).toBe(true);
  });

  it('skips footnotes', async () => {
    const out = await html('Een.[^1]\n\n[^1]: Noot.');
    expect(out.match(/para-link/g)).toHaveLength(1);
  });

  it('numbers paragraphs inside the council decision but not in editorial notes, pull quotes, letterheads or signatures', async () => {
    expect(
      await mdx(
        'Een.\n\n<EditorialNote>\n\nNoot.\n\n</EditorialNote>\n\n<PullQuote>Citaat</PullQuote>\n\n<Letterhead>\n\nDatum\n\n</Letterhead>\n\n<Signatures>\n\nNaam\n\n</Signatures>\n\n<Decision>\n\nBesluit.\n\n</Decision>\n',
      ),
    ).toBe(
      `<p id="alinea-1">Een.${link(1)}</p>\n<EditorialNote><p>Noot.</p></EditorialNote>\n<PullQuote>Citaat</PullQuote>\n<Letterhead><p>Datum</p></Letterhead>\n<Signatures><p>Naam</p></Signatures>\n<Decision><p id="alinea-2">Besluit.${link(2)}</p></Decision>`,
    );
  });

  it('gives the same numbers on every build (stable)', async () => {
    const md = 'Een.\n\nTwee.\n\nDrie.';
    expect(await html(md)).toBe(await html(md));
  });
});
