/** The glossary linking plugin on small Markdown and MDX fixtures. */
import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { glossaryLinks } from '../../src/plugins/glossary-links';
import type { GlossaryForms } from '../../src/lib/glossary-forms';

const terms: GlossaryForms[] = [
  { id: 'wmo', term: 'Wet maatschappelijke ondersteuning', abbreviations: ['Wmo', 'WMO'], variants: ['WMO 2015'], definition: '', link: true },
  { id: 'voorveld', term: 'voorveld', abbreviations: [], variants: ['voorliggend veld'], definition: '', link: true },
  { id: 'sociaal-domein', term: 'sociaal domein', abbreviations: [], variants: [], definition: '', link: false },
];
const plugin = glossaryLinks({ terms, href: (id) => `/begrippen/#${id}` });
const html = (md: string) => markdownToHtml(md, { hastPlugins: [plugin] }).html;
const WMO = '<a href="/begrippen/#wmo" class="term-link"><abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr></a>';

describe('glossary links', () => {
  it('links the first occurrence in a section, with abbr and the full term as title', () => {
    expect(html('De Wmo en de Wmo.')).toBe(`<p>De ${WMO} en de Wmo.</p>\n`);
  });

  it('links a term written in full as a plain link', () => {
    expect(html('Het voorveld helpt.')).toBe('<p>Het <a href="/begrippen/#voorveld" class="term-link">voorveld</a> helpt.</p>\n');
  });

  it('links again after the next heading, but never inside the heading', () => {
    const out = html('## Over de Wmo\n\nDe Wmo.\n\nWeer de Wmo.\n\n## Verder\n\nNog de Wmo.');
    expect(out).toContain('<h2>Over de Wmo</h2>');
    expect(out.match(/class="term-link"/g)).toHaveLength(2);
    expect(out).toContain(`<p>De ${WMO}.</p>`);
    expect(out).toContain('<p>Weer de Wmo.</p>');
    expect(out).toContain(`<p>Nog de ${WMO}.</p>`);
  });

  it('leaves links, quotes, code and existing abbreviations alone', () => {
    const out = html('[de Wmo](https://example.org)\n\n> citaat over de Wmo\n\n`Wmo` en **[Wmo](x)**');
    expect(out).not.toContain('term-link');
    const { code } = mdxToJs('In <q>de Wmo</q> en <abbr title="x">Wmo</abbr> en <a href="y">Wmo</a>.\n', { hastPlugins: [plugin] });
    expect(code).not.toContain('Wet maatschappelijke ondersteuning');
  });

  it('counts a form skipped in a quote as not yet linked', () => {
    expect(html('> de Wmo\n\nDaarna de Wmo.')).toContain(`<p>Daarna de ${WMO}.</p>`);
  });

  it('matches whole words only, case as written, longest form first', () => {
    expect(html('Wmo-consulent en wmo')).not.toContain('term-link');
    expect(html('de WMO 2015 regelt')).toContain('<abbr title="Wet maatschappelijke ondersteuning">WMO 2015</abbr>');
  });

  it('links each term once per section, several terms in one text', () => {
    const out = html('De Wmo en het voorliggend veld en de WMO.');
    expect(out.match(/class="term-link"/g)).toHaveLength(2);
    expect(out).toContain('<a href="/begrippen/#voorveld" class="term-link">voorliggend veld</a>');
  });

  it('does not link terms that are marked link: false', () => {
    expect(html('Het sociaal domein.')).not.toContain('term-link');
  });

  it('leaves MDX PullQuote and Letterhead content alone but links inside other components', () => {
    const { code } = mdxToJs('<PullQuote>de Wmo</PullQuote>\n\n<Letterhead>de Wmo</Letterhead>\n\n<Decision>\n\nDe Wmo besluit.\n\n</Decision>\n', { hastPlugins: [plugin] });
    expect(code.match(/title: "Wet maatschappelijke ondersteuning"/g)).toHaveLength(1);
    expect(code).toContain('_jsx(PullQuote, { children: "de Wmo" })');
  });
});
