/** The glossary linking plugin (rehype) on small Markdown and MDX fixtures: input → HTML. */
import { describe, expect, it } from 'vitest';
import { glossaryLinks } from '../../src/plugins/glossary-links';
import type { GlossaryForms } from '../../src/lib/glossary-forms';
import { render } from '../support/markdown';

const terms: GlossaryForms[] = [
  {
    id: 'wmo',
    term: 'Wet maatschappelijke ondersteuning',
    abbreviations: ['Wmo', 'WMO'],
    variants: ['WMO 2015'],
    definition: '',
    link: true,
  },
  { id: 'voorveld', term: 'voorveld', abbreviations: [], variants: ['voorliggend veld'], definition: '', link: true },
  { id: 'sociaal-domein', term: 'sociaal domein', abbreviations: [], variants: [], definition: '', link: false },
];
const plugin = glossaryLinks({ terms, href: (id) => `/begrippen/#${id}` });
const html = async (md: string) => (await render(md, { rehypePlugins: [plugin] })).html;
const mdx = async (src: string) => (await render(src, { mdx: true, rehypePlugins: [plugin] })).html;
const WMO =
  '<a href="/begrippen/#wmo" class="term-link"><abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr></a>';

describe('glossary links', () => {
  it('links the first occurrence in a section, with abbr and the full term as title', async () => {
    expect(await html('De Wmo en de Wmo.')).toBe(`<p>De ${WMO} en de Wmo.</p>`);
  });

  it('links a term written in full as a plain link', async () => {
    expect(await html('Het voorveld helpt.')).toBe(
      '<p>Het <a href="/begrippen/#voorveld" class="term-link">voorveld</a> helpt.</p>',
    );
  });

  it('links again after the next heading, but never inside the heading', async () => {
    expect(await html('## Over de Wmo\n\nDe Wmo.\n\nWeer de Wmo.\n\n## Verder\n\nNog de Wmo.')).toBe(
      `<h2>Over de Wmo</h2>\n<p>De ${WMO}.</p>\n<p>Weer de Wmo.</p>\n<h2>Verder</h2>\n<p>Nog de ${WMO}.</p>`,
    );
  });

  it('leaves links, quotes, code and existing abbreviations alone', async () => {
    const out = await html('[de Wmo](https://example.org)\n\n> citaat over de Wmo\n\n`Wmo` en **[Wmo](x)**');
    expect(out).not.toContain('term-link');
    expect(await mdx('In <q>de Wmo</q> en <abbr title="x">Wmo</abbr> en <a href="y">Wmo</a>.\n')).toBe(
      '<p>In <q>de Wmo</q> en <abbr title="x">Wmo</abbr> en <a href="y">Wmo</a>.</p>',
    );
  });

  it('counts a form skipped in a quote as not yet linked', async () => {
    expect(await html('> de Wmo\n\nDaarna de Wmo.')).toBe(
      `<blockquote>\n<p>de Wmo</p>\n</blockquote>\n<p>Daarna de ${WMO}.</p>`,
    );
  });

  it('matches whole words only, case as written, longest form first', async () => {
    expect(await html('Wmo-consulent en wmo')).toBe('<p>Wmo-consulent en wmo</p>');
    expect(await html('de WMO 2015 regelt')).toBe(
      '<p>de <a href="/begrippen/#wmo" class="term-link"><abbr title="Wet maatschappelijke ondersteuning">WMO 2015</abbr></a> regelt</p>',
    );
  });

  it('links each term once per section, several terms in one text', async () => {
    expect(await html('De Wmo en het voorliggend veld en de WMO.')).toBe(
      `<p>De ${WMO} en het <a href="/begrippen/#voorveld" class="term-link">voorliggend veld</a> en de WMO.</p>`,
    );
  });

  it('does not link terms that are marked link: false', async () => {
    expect(await html('Het sociaal domein.')).toBe('<p>Het sociaal domein.</p>');
  });

  it('leaves components whose role is not running text alone, links inside the council decision', async () => {
    expect(
      await mdx(
        '<PullQuote>de Wmo</PullQuote>\n\n<Letterhead>de Wmo</Letterhead>\n\n<EditorialNote>de Wmo</EditorialNote>\n\n<Decision>\n\nDe Wmo besluit.\n\n</Decision>\n',
      ),
    ).toBe(
      `<PullQuote>de Wmo</PullQuote>\n<Letterhead>de Wmo</Letterhead>\n<EditorialNote>de Wmo</EditorialNote>\n<Decision><p>De ${WMO} besluit.</p></Decision>`,
    );
  });

  it('follows a data-text-role attribute on plain HTML', async () => {
    expect(await mdx('<div data-text-role="editorial">de Wmo</div>\n\nDe Wmo.\n')).toBe(
      `<div data-text-role="editorial">de Wmo</div>\n<p>De ${WMO}.</p>`,
    );
  });

  it('links in footnotes, which stand in a section of their own', async () => {
    const out = await html('De Wmo.[^1]\n\n[^1]: Over de Wmo.');
    expect(out.match(/class="term-link"/g)).toHaveLength(2);
  });
});
