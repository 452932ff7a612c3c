/** Soft hyphens in long words of table row labels: src/lib/hyphenate.ts and src/plugins/table-hyphens.ts. */
import { describe, expect, it } from 'vitest';
import { MIN_LENGTH, softHyphens, withoutSoftHyphens } from '../../src/lib/hyphenate';
import { tableHyphens } from '../../src/plugins/table-hyphens';
import { render } from '../support/markdown';

const shown = (s: string) => s.replaceAll('\u00ad', '-');

describe('softHyphens', () => {
  it('breaks long Dutch words at their syllables, as the Dutch hyphenation patterns do', () => {
    expect(shown(softHyphens('Kinderen met risico op onderwijsachterstand'))).toBe(
      'Kinderen met risico op on-der-wijs-ach-ter-stand',
    );
    expect(shown(softHyphens('Arbeidsparticipatiegraad'))).toBe('Ar-beids-par-ti-ci-pa-tie-graad');
    expect(shown(softHyphens('Kinderen in een bijstandsgezin'))).toBe('Kinderen in een bij-stands-ge-zin');
  });

  it(`leaves words under ${MIN_LENGTH} letters, numbers and periods alone`, () => {
    for (const text of ['Jeugdhulp', 'Beroep op de wijkzorg', 'Visitatie 2021', '2019/2020', '€ 22,6 mln'])
      expect(softHyphens(text)).toBe(text);
  });

  it('changes nothing but the soft hyphens', () => {
    const text = 'Beroep op zorg en ondersteuning sociaal domein; wijkverpleging (Wmo-voorzieningen)';
    expect(withoutSoftHyphens(softHyphens(text))).toBe(text);
  });
});

describe('the table-hyphens plugin', () => {
  const mdx = async (src: string) => (await render(src, { mdx: true, rehypePlugins: [tableHyphens] })).html;

  it('hyphenates row labels of a table written as HTML in MDX, not its column headers or cells', async () => {
    const out = await mdx(
      [
        '<table>',
        '  <thead><tr><th scope="col">Arbeidsparticipatiegraad</th><th scope="col">Maastricht</th></tr></thead>',
        '  <tbody><tr><th scope="row">Arbeidsparticipatiegraad</th><td>onderwijsachterstand</td></tr></tbody>',
        '</table>',
      ].join('\n'),
    );
    expect(shown(out)).toContain('<th scope="col">Arbeidsparticipatiegraad</th>');
    expect(shown(out)).toContain('<th scope="row">Ar-beids-par-ti-ci-pa-tie-graad</th>');
    expect(shown(out)).toContain('<td>onderwijsachterstand</td>');
  });

  it('leaves paragraphs alone', async () => {
    const out = await mdx('De arbeidsparticipatiegraad is laag.');
    expect(out).not.toContain('\u00ad');
  });
});
