/** The paragraph citations and the glossary popovers on small inputs (the whole pipeline: markdown-pipeline.test.ts). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitationPage } from '../../src/lib/citation-pages';
import type { GlossaryForms } from '../../src/lib/glossary-forms';
import { glossaryLinks } from '../../src/plugins/glossary-links';
import { firstSentence, glossaryPopovers, glueToPunctuation } from '../../src/plugins/glossary-popovers';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { paragraphAnchors } from '../../src/plugins/paragraph-anchors';
import { paragraphCitations } from '../../src/plugins/paragraph-citations';
import { render } from '../support/markdown';

const page: CitationPage = {
  source: {
    key: 'brief',
    title: 'Een brief',
    kind: 'Quick scan',
    date: { iso: '2024-04-30', precision: 'day', year: 2024, month: 4, day: 30 },
  },
  url: 'https://www.example.nl/documenten/brief/',
};

describe('paragraph citations', () => {
  const html = async (md: string, pages = new Map([[resolve('fixture.md'), page]])) =>
    (await render(md, { rehypePlugins: [paragraphAnchors, paragraphCitations({ pages })] })).html;

  it('gives each numbered paragraph its citation with the nearest heading, its number and address', async () => {
    const out = await html('Aanhef.\n\n## Toegang\n\n### Wat er is gedaan\n\nDe tekst.\n\n- een punt');
    expect(out).toContain(
      'Een brief (quick scan, 30 april 2024), alinea 1. https://www.example.nl/documenten/brief/#alinea-1',
    );
    expect(out).toContain(
      'Een brief (quick scan, 30 april 2024), paragraaf ‘Wat er is gedaan’, alinea 2. https://www.example.nl/documenten/brief/#alinea-2',
    );
    expect(out.match(/class="para-cite"/g)).toHaveLength(2);
    // Known by its class: no data-furniture or data-pagefind-ignore on 45 paragraphs (bytes).
    expect(out).toContain('<small class="para-cite"><b>Citeer deze alinea:</b>');
  });

  it('leaves files that are no document or chapter alone', async () => {
    expect(await html('Tekst.', new Map())).not.toContain('para-cite');
  });
});

describe('glossary popovers', () => {
  const terms: GlossaryForms[] = [
    {
      id: 'wmo',
      term: 'Wet maatschappelijke ondersteuning',
      abbreviations: ['Wmo'],
      variants: [],
      definition: 'De wet over hulp. Meer uitleg.',
      link: true,
    },
    {
      id: 'kcc',
      term: 'Klant Contact Centrum',
      abbreviations: ['KCC'],
      variants: [],
      definition: 'Het centrale punt.',
      link: true,
    },
  ];
  const href = (id: string) => `/begrippen/#${id}`;
  const html = async (md: string) =>
    (await render(md, { rehypePlugins: [glossaryLinks({ terms, href }), glossaryPopovers({ terms, href })] })).html;

  it('turns term links into popover buttons and writes each definition once, however often the term is used', async () => {
    const out = await html('De Wmo.\n\n## Twee\n\nWeer de Wmo en het KCC.');
    expect(out.match(/popovertarget="begrip-wmo"/g)).toHaveLength(3); // two uses and the Sluiten button
    expect(out.match(/<div id="begrip-wmo" popover=""/g)).toHaveLength(1);
    expect(out).toContain('<button class="term-link" popovertarget="begrip-wmo"><abbr>Wmo</abbr></button>');
    expect(out).toContain('<strong>Wmo (Wet maatschappelijke ondersteuning)</strong>: De wet over hulp.\u00a0');
    expect(out).not.toContain('Meer uitleg');
    expect(out).toContain('<a href="/begrippen/#kcc">Meer over KCC bij Begrippen</a>');
    expect(out).not.toContain('<a href="/begrippen/#wmo" class="term-link"');
  });

  it('adds nothing to a text without terms', async () => {
    expect(await html('Geen begrippen hier.')).not.toContain('term-defs');
  });

  it('keeps the first sentence of a definition', () => {
    expect(firstSentence('Een snelle toets. Zo noemt de VNG het.')).toBe('Een snelle toets.');
    expect(firstSentence('Hulp, bijv. thuis.')).toBe('Hulp, bijv. thuis.');
  });
});

describe('a term and the punctuation against it', () => {
  const term = () => h('button', { className: ['term-link'] }, 'spiegelsessies');
  it('go into one span, with an opening quote before and the closing signs after', () => {
    const parent = {
      children: [
        { type: 'text', value: 'de zogenoemde ‘' },
        term(),
        { type: 'text', value: '’). Verder' },
      ] as ElementContent[],
    };
    expect(glueToPunctuation(parent, 1)).toBe(1);
    expect(toHtml(parent.children)).toBe(
      'de zogenoemde <span>‘<button class="term-link">spiegelsessies</button>’).</span> Verder',
    );
  });

  it('leave a term alone that has a space on both sides, and drop the text nodes they empty', () => {
    const alone = {
      children: [{ type: 'text', value: 'de ' }, term(), { type: 'text', value: ' en' }] as ElementContent[],
    };
    expect(glueToPunctuation(alone, 1)).toBe(1);
    expect(toHtml(alone.children)).toBe('de <button class="term-link">spiegelsessies</button> en');
    const whole = {
      children: [{ type: 'text', value: '(' }, term(), { type: 'text', value: ')' }] as ElementContent[],
    };
    expect(glueToPunctuation(whole, 1)).toBe(0);
    expect(toHtml(whole.children)).toBe('<span>(<button class="term-link">spiegelsessies</button>)</span>');
  });
});
