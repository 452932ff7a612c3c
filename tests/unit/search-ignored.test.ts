import { describe, expect, it } from 'vitest';
import { dropIgnored } from '../../src/lib/search/indexer/ignored';

describe('ignored parts left out of the indexed copy', () => {
  it('drops an ignored element with everything inside it, nested tags of the same name included', () => {
    const html =
      '<p id="alinea-1">Tekst <a href="#alinea-1">¶</a><small data-pagefind-ignore><span>Citeer <small>klein</small> deze</span></small> na.</p>';
    expect(dropIgnored(html)).toBe('<p id="alinea-1">Tekst <a href="#alinea-1">¶</a> na.</p>');
  });

  it("drops a paragraph's citation, which has no ignore attribute of its own, and no other small text", () => {
    const html =
      '<p id="alinea-2">Tekst <small>klein</small> <a href="#alinea-2">¶</a><small class="para-cite"><b>Citeer deze alinea:</b> <span>Brief, alinea 2.</span></small></p>';
    expect(dropIgnored(html)).toBe('<p id="alinea-2">Tekst <small>klein</small> <a href="#alinea-2">¶</a></p>');
    const other = '<p>Tekst <small class="para-cite-uitleg">blijft</small></p>';
    expect(dropIgnored(other)).toBe(other);
  });

  it('keeps an ignored element that holds filters or metadata, and leaves the rest alone', () => {
    const facts = '<div hidden data-pagefind-ignore><span data-pagefind-filter="document">Visie</span></div>';
    const html = `<main data-pagefind-body><h1>Titel</h1>${facts}<br><img src="x.png" alt="x"><p>Rest</p></main>`;
    expect(dropIgnored(html)).toBe(html);
  });

  it('drops an ignored element around another ignored element once', () => {
    const html = '<div>a<details data-pagefind-ignore><summary data-pagefind-ignore>b</summary>c</details>d</div>';
    expect(dropIgnored(html)).toBe('<div>ad</div>');
  });

  it("drops a paragraph's ¶ link, which stood in the excerpts", () => {
    const html =
      '<p id="alinea-3">Geachte heer Hoenderkamp, <a href="#alinea-3" class="para-link" aria-label="Link naar alinea 3" data-alinea="3">¶</a></p><h2 id="inleiding">Inleiding</h2>';
    expect(dropIgnored(html)).toBe('<p id="alinea-3">Geachte heer Hoenderkamp, </p><h2 id="inleiding">Inleiding</h2>');
    const source =
      '<p>Bron: <a href="/d/#alinea-4">Visie, <span class="paragraph-number"><span aria-hidden="true">¶</span><span class="visually-hidden">alinea</span> 4</span></a></p>';
    expect(dropIgnored(source)).toBe(
      '<p>Bron: <a href="/d/#alinea-4">Visie, <span class="paragraph-number"><span class="visually-hidden">alinea</span> 4</span></a></p>',
    );
  });

  it("drops a heading's § link, known by its class", () => {
    const html =
      '<div class="heading-wrapper"><h2 id="inleiding">Inleiding</h2><a class="heading-link" aria-label="Link naar kop: Inleiding" href="#inleiding">§</a></div>';
    expect(dropIgnored(html)).toBe('<div class="heading-wrapper"><h2 id="inleiding">Inleiding</h2></div>');
  });

  it('takes the soft hyphens out of long words in table row labels, so the word is indexed whole', () => {
    const html =
      '<tr><th scope="row">Kinderen met risico op onder\u00adwijs\u00adachter\u00adstand</th><td>18 %</td></tr>';
    expect(dropIgnored(html)).toBe(
      '<tr><th scope="row">Kinderen met risico op onderwijsachterstand</th><td>18 %</td></tr>',
    );
  });

  it('drops the way back from a footnote to its reference', () => {
    const html =
      '<li id="user-content-fn-4"><p>Bron: CBS. <a href="#user-content-fnref-4" data-footnote-backref aria-label="Terug naar verwijzing 4" class="data-footnote-backref">↩</a></p></li>';
    expect(dropIgnored(html)).toBe('<li id="user-content-fn-4"><p>Bron: CBS. </p></li>');
  });

  it("drops a status's hidden symbol, not hidden text with markup", () => {
    const status =
      '<span class="status status--deels"><span class="status__symbol" aria-hidden="true">◐</span><span class="status__text">Deels</span></span>';
    expect(dropIgnored(status)).toBe(
      '<span class="status status--deels"><span class="status__text">Deels</span></span>',
    );
    const words = '<p><span aria-hidden="true">zichtbaar <b>vet</b></span></p>';
    expect(dropIgnored(words)).toBe(words);
  });

  it("drops a chart's drawings, hidden description and download line; keeps its title and table", () => {
    const figure =
      '<figure class="chart"><figcaption><span class="chart__title">Banen per 1.000 inwoners</span></figcaption>' +
      '<div class="chart__plot"><svg class="chart__svg chart__svg--s" role="img" viewBox="0 0 320 90"><text class="chart__tick">0</text><text>777,2</text></svg>' +
      '<svg class="chart__svg chart__svg--l" role="img" viewBox="0 0 690 90"><text>777,2</text></svg></div>' +
      '<p class="chart__alt" id="g-desc" hidden>Staafdiagram. Maastricht: 777,2.</p>' +
      '<details class="chart__data"><summary>Tabel met de cijfers</summary><table><tr><th>Maastricht</th><td>777,2</td></tr></table></details>' +
      '<p class="chart__download"><a href="/cijfers/banen/">Over deze grafiek</a><br>Download: <a href="/cijfers/data/banen.csv">CSV</a></p></figure>';
    expect(dropIgnored(figure)).toBe(
      '<figure class="chart"><figcaption><span class="chart__title">Banen per 1.000 inwoners</span></figcaption>' +
        '<div class="chart__plot"></div>' +
        '<details class="chart__data"><table><tr><th>Maastricht</th><td>777,2</td></tr></table></details></figure>',
    );
    const icon = '<p><svg class="logo" viewBox="0 0 32 32"><text>M</text></svg> tekst</p>';
    expect(dropIgnored(icon)).toBe(icon);
  });
});
