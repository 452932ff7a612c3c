import { describe, expect, it } from 'vitest';
import { comparableText, locateQuote, pageText, visibleText } from '../../src/lib/paragraphs';

const para = (n: number, text: string) =>
  `<p id="alinea-${n}">${text} <a href="#alinea-${n}" class="para-link" aria-label="Link naar alinea ${n}" data-alinea="${n}">¶</a></p>`;

const html = [
  '<div class="letterhead"><dl><dt>Datum</dt><dd>30 april 2024</dd></dl></div>',
  para(1, 'Geachte heer, dit is de inleiding.'),
  '<h2 id="visie">Visie</h2>',
  para(
    2,
    'In 2021 is geconstateerd dat de gemeente niet één <a href="/begrippen/#visie" class="term-link">integrale visie</a> heeft.',
  ),
  para(
    3,
    'De sturing blijft echter versnipperd.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref>1</a></sup> Dat is een opgave.',
  ),
  '<h3 id="toegang">Toegang</h3>',
  '<ul><li>De gemeente is nu makkelijk bereikbaar; hetzelfde nummer voor alle gemeentelijke vragen.</li></ul>',
  para(4, 'Een slot &amp; een einde.'),
].join('\n');

describe('pageText', () => {
  const page = pageText(html, { id: 'officiele-tekst', title: 'Officiële tekst' });

  it('reads the numbered paragraphs with their section, without the ¶ link and footnote markers', () => {
    expect(page.paragraphs.map((p) => [p.n, p.section])).toEqual([
      [1, 'officiele-tekst'],
      [2, 'visie'],
      [3, 'visie'],
      [4, 'toegang'],
    ]);
    expect(page.paragraphs[2]!.text).toBe('De sturing blijft echter versnipperd. Dat is een opgave.');
    expect(page.paragraphs[3]!.text).toBe('Een slot & een einde.');
  });

  it('splits the text into sections at every heading with an id', () => {
    expect(page.sections.map((s) => [s.id, s.title])).toEqual([
      ['officiele-tekst', 'Officiële tekst'],
      ['visie', 'Visie'],
      ['toegang', 'Toegang'],
    ]);
  });
});

describe('locateQuote', () => {
  const page = pageText(html, { id: 'officiele-tekst', title: 'Officiële tekst' });

  it('finds the paragraph that holds the quote, whatever the quotes, dashes and line breaks', () => {
    expect(locateQuote(page, 'in 2021 is geconstateerd dat de gemeente\nniet één integrale visie heeft')).toMatchObject(
      { kind: 'paragraph', anchor: 'alinea-2', n: 2, section: 'visie' },
    );
    expect(locateQuote(page, 'De sturing blijft echter versnipperd. Dat is een opgave.')).toMatchObject({ n: 3 });
  });

  it('falls back to the section for a list item, and to the page start for the letterhead', () => {
    expect(locateQuote(page, 'De gemeente is nu makkelijk bereikbaar')).toEqual({
      kind: 'section',
      anchor: 'toegang',
      sectionTitle: 'Toegang',
    });
    expect(locateQuote(page, '30 april 2024')).toMatchObject({ kind: 'section', anchor: 'officiele-tekst' });
  });

  it('links a passage over two paragraphs to their section', () => {
    expect(locateQuote(page, 'integrale visie heeft. De sturing blijft')).toMatchObject({
      kind: 'section',
      anchor: 'visie',
    });
  });

  it('returns nothing for a quote that is not on the page, or has no letters', () => {
    expect(locateQuote(page, 'Deze zin staat er niet.')).toBeUndefined();
    expect(locateQuote(page, '…')).toBeUndefined();
  });
});

describe('text helpers', () => {
  it('compares letters and digits only', () => {
    expect(comparableText('‘Van vangnet – naar trampoline’, 2040!')).toBe('vanvangnetnaartrampoline2040');
    expect(visibleText('<abbr title="Wet">Wmo</abbr>&nbsp;2015')).toBe('Wmo 2015');
  });
});
