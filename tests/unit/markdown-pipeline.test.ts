/**
 * The whole Markdown pipeline of the site (src/plugins/markdown.ts) on fixture files:
 * tests/unit/fixtures/markdown/<name>.mdx → <name>.html, plus the heading links and the
 * reading stats on their own.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CitationPage } from '../../src/lib/citation-pages';
import { describe, expect, it } from 'vitest';
import type { GlossaryForms } from '../../src/lib/glossary-forms';
import { headingLinks } from '../../src/plugins/heading-links';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { readingStats, treeText } from '../../src/plugins/reading-stats';
import { render, renderSite } from '../support/markdown';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';

const FIXTURES = join(import.meta.dirname, 'fixtures/markdown');
const terms: GlossaryForms[] = [
  {
    id: 'wmo',
    term: 'Wet maatschappelijke ondersteuning',
    abbreviations: ['Wmo'],
    variants: [],
    definition: 'De wet over hulp van de gemeente. De rest staat op de pagina Begrippen.',
    link: true,
  },
  { id: 'voorveld', term: 'voorveld', abbreviations: [], variants: [], definition: 'Hulp dichtbij.', link: true },
];
/** The page the fixture file becomes, for the paragraph citations. */
const pages = new Map<string, CitationPage>([
  [
    resolve('fixture.mdx'),
    {
      source: {
        key: 'brief',
        title: 'Een brief',
        kind: 'Raadsinformatiebrief',
        date: { iso: '2024-06', precision: 'month', year: 2024, month: 6 },
      },
      url: 'https://www.example.nl/documenten/brief/',
    },
  ],
]);
const href = (id: string) => `/begrippen/#${id}`;

describe('the site pipeline on fixtures', () => {
  it.each(['letter'])('%s.mdx gives the HTML in its .html file', async (name) => {
    const { html } = await renderSite(readFileSync(join(FIXTURES, `${name}.mdx`), 'utf8'), {
      terms,
      href,
      pages,
      mdx: true,
    });
    expect(`${html}\n`).toBe(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'));
  });
});

describe('heading links', () => {
  const html = async (md: string) => (await render(md, { rehypePlugins: [rehypeHeadingIds, headingLinks] })).html;

  it('keeps the heading and its id, and puts a link naming it after it', async () => {
    expect(await html('## (Arbeids)participatie')).toBe(
      '<div class="heading-wrapper"><h2 id="arbeidsparticipatie">(Arbeids)participatie</h2><a class="heading-link" aria-label="Link naar kop: (Arbeids)participatie" href="#arbeidsparticipatie">§</a></div>',
    );
  });

  it('gives the footnotes label no link', async () => {
    const out = await html('Tekst.[^1]\n\n[^1]: Noot.');
    expect(out).toContain('<h2 class="sr-only" id="footnote-label">Voetnoten</h2>');
    expect(out).not.toContain('heading-link');
  });
});

describe('reading stats', () => {
  const tree = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md);

  it('reads the text block by block, without markup or footnote markers', () => {
    expect(
      treeText(
        tree(
          '## Kop\n\nTekst met **nadruk**[^1] en `code`.\n\n- een\n- twee\n\n| a | b |\n|---|---|\n| c | d |\n\n[^1]: Noot',
        ),
      ),
    ).toBe('Kop Tekst met nadruk en code. een twee a b c d Noot');
  });

  it('puts words, minutes and term counts into the frontmatter, also from inside components', async () => {
    const { frontmatter } = await render(
      'De Wmo en de Wmo.\n\n<PullQuote source="niet geteld">Het voorveld</PullQuote>\n',
      {
        mdx: true,
        remarkPlugins: [readingStats({ terms })],
      },
    );
    expect(frontmatter).toEqual({ words: 7, minutes: 1, termCounts: { wmo: 2, voorveld: 1 } });
  });

  it('gives minutes at 200 words a minute', async () => {
    const { frontmatter } = await render(Array.from({ length: 700 }, () => 'woord').join(' '), {
      remarkPlugins: [readingStats({ terms })],
    });
    expect(frontmatter).toMatchObject({ words: 700, minutes: 4 });
  });
});
