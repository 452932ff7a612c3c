import { describe, expect, it } from 'vitest';
import { comparable, coverage, htmlText, sourceSentences } from '../support/completeness';
import { stripFurniture } from '../../src/lib/paragraphs';

describe('completeness normalisation', () => {
  it('ignores repaired extraction damage: line breaks, hyphenation, bullets, furniture', () => {
    const source =
      'Dit is een zin die over twee regels\nloopt en opga-\nven noemt.\n\n\tÒ Een opsommingsteken dat in de bron een glyph was gebleven.\n\nR\na\n4\n';
    const site =
      '<p>Dit is een zin die over twee regels loopt en opgaven noemt.</p><ul><li>Een opsommingsteken dat in de bron een glyph was gebleven.</li></ul>';
    expect(coverage(source, htmlText(site))).toMatchObject({ checked: 2, found: 2, missing: [] });
  });

  it('notices a changed, a missing or a reordered word', () => {
    const source = 'De raad stelt een budget van vierhonderddertigduizend euro beschikbaar.';
    expect(coverage(source, 'De raad stelt een budget van vierhonderdduizend euro beschikbaar.').found).toBe(0);
    expect(coverage(source, 'De raad stelt een budget van euro beschikbaar.').found).toBe(0);
    expect(coverage(source, 'De raad stelt beschikbaar een budget van vierhonderddertigduizend euro.').found).toBe(0);
  });

  it('skips sentences shorter than eight words', () => {
    expect(coverage('Hoogachtend, Anita Bastiaans.', '')).toMatchObject({ checked: 0, ratio: 1 });
  });

  it('splits at sentence ends but not inside abbreviations followed by lower case', () => {
    expect(sourceSentences('Eerste zin. Tweede zin m.n. hier. Derde')).toEqual([
      'Eerste zin.',
      'Tweede zin m.n. hier.',
      'Derde',
    ]);
  });

  it('decodes entities and compares letters and digits only', () => {
    expect(htmlText('Jong &amp; oud&#8217;s&nbsp;stad')).toBe('Jong & oud’s stad');
    expect(comparable('€ 0,43 mln. — “Tolerantie”')).toBe('043mlntolerantie');
  });
});

describe('footnote markers', () => {
  it('drops markers glued to words in the source and footnote references on the site', () => {
    const source = 'Dit is een gemeenschappelijke opgave, zoals het rapport Veerkracht laat zien2.';
    const site = htmlText(
      '<p>Dit is een gemeenschappelijke opgave, zoals het rapport Veerkracht laat zien<sup><a href="#fn-1" data-footnote-ref="true">1</a></sup>.</p>',
    );
    expect(coverage(source, site).found).toBe(1);
  });

  it('keeps numbers that are not footnote markers', () => {
    expect(sourceSentences('Het budget is € 430.000 en het tekort 22,6 miljoen in 2019/2020.')[0]).toContain('430.000');
  });

  it('leaves out what the site adds to the text (data-furniture, paragraph citations), and still notices a changed word', () => {
    const source =
      'De gemeente is nu makkelijk bereikbaar met hetzelfde nummer voor alle vragen.\n\nDe toegang is verbeterd voor inwoners van de hele stad.';
    const cite =
      '<small class="para-cite"><b>Citeer deze alinea:</b> <span>Quick scan (quick scan, 30 april 2024), alinea 1.</span></small>';
    const defs =
      '<div class="term-defs" data-furniture><div id="begrip-kcc" popover><p><strong>KCC</strong>: klantcontactcentrum <span>redactie</span></p></div></div>';
    const site = `<p id="alinea-1">De gemeente is nu makkelijk bereikbaar met hetzelfde nummer voor alle vragen.${cite}</p>${defs}<p>De toegang is verbeterd voor inwoners van de hele stad.</p>`;
    expect(htmlText(site)).not.toMatch(/Citeer|klantcontactcentrum/);
    expect(coverage(source, htmlText(site))).toMatchObject({ found: 2 });
    const drift = site.replace('hetzelfde nummer', 'een nummer');
    expect(coverage(source, htmlText(drift)).missing).toEqual([
      'De gemeente is nu makkelijk bereikbaar met hetzelfde nummer voor alle vragen.',
    ]);
    expect(stripFurniture('<p>a <small data-furniture>b <small>c</small> d</small> e</p>').replace(/\s+/g, ' ')).toBe(
      '<p>a e</p>',
    );
  });
});
