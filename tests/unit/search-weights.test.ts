import { describe, expect, it } from 'vitest';
import { weightHeadings } from '../../src/lib/search/indexer/weights';

describe('weightHeadings', () => {
  it('scales the headings inside a weighted main landmark by its factor', () => {
    const html =
      '<body><main id="m" data-pagefind-body data-pagefind-weight="0.5"><h1>Toegang</h1><h2 id="a">Status</h2><p>tekst</p></main></body>';
    expect(weightHeadings(html)).toBe(
      '<body><main id="m" data-pagefind-body data-pagefind-weight="0.5"><h1 data-pagefind-weight="3.5">Toegang</h1><h2 id="a" data-pagefind-weight="3">Status</h2><p>tekst</p></main></body>',
    );
  });

  it('leaves headings outside main and headings with their own weight alone', () => {
    const html =
      '<header><h2>Menu</h2></header><main data-pagefind-weight="0.5"><h3 data-pagefind-weight="9">Eigen</h3></main><footer><h2>Voet</h2></footer>';
    expect(weightHeadings(html)).toBe(html);
  });

  it('does not touch pages whose main has no weight', () => {
    const html = '<main id="hoofdinhoud"><article data-pagefind-body><h1>Visie</h1></article></main>';
    expect(weightHeadings(html)).toBe(html);
  });
});

describe('spaces between blocks in the indexed copy', () => {
  it('keeps table cells and list items apart as words', async () => {
    const { spaceBlocks } = await import('../../src/lib/search/indexer/blocks');
    const html = '<table><tr><th>Cijfer</th><th>Maastricht</th></tr></table><ul><li>een</li><li>twee<br>drie</li></ul>';
    const text = spaceBlocks(html).replace(/<[^>]+>/g, '');
    expect(text.split(/\s+/).filter(Boolean)).toEqual([
      'Cijfer',
      '·',
      'Maastricht',
      '·',
      'een',
      '·',
      'twee',
      'drie',
      '·',
    ]);
  });

  it('puts a middle dot after a heading or cell that ends without a stop, outside the element', async () => {
    const { spaceBlocks } = await import('../../src/lib/search/indexer/blocks');
    expect(spaceBlocks('<h2>Inkoop Wmo</h2><p>In 2023 heeft.</p>')).toBe(
      '<h2>Inkoop Wmo </h2> · <p>In 2023 heeft. </p>',
    );
    expect(spaceBlocks('<li>Een zin.</li><li>Vraag?</li>')).toBe('<li>Een zin. </li><li>Vraag? </li>');
    expect(spaceBlocks('<td>46,6%</td>')).toBe('<td>46,6% </td> · ');
  });
});
