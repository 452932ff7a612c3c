/**
 * Leaves out of the indexed copy of a page what Pagefind ignores anyway: elements marked
 * data-pagefind-ignore (glossary definitions in place, quotes of other pages, the contents list)
 * and a paragraph's citation (`<small class="para-cite">`, without the attribute to save bytes
 * on every numbered paragraph, src/lib/paragraphs.ts). Pagefind keeps the words of ignored
 * elements out of the index, but it still writes the text of every element with an id into
 * the page's fragment (its anchors), ignored parts
 * included, so each paragraph's citation stood in the fragment a second time. The fragments
 * are what a search downloads for every result; without these parts they are smaller.
 *
 * An ignored element that holds filters or metadata (data-pagefind-filter, -meta: the hidden
 * facts block) stays: Pagefind reads those from ignored elements too. A footnote's way back to
 * its reference (remark-gfm's “↩” link), a paragraph's “¶” link and a heading's “§” link go too
 * (both known by their class, to save the attribute on every one): they are navigation,
 * and stood in excerpts (“plaatsgevonden ↩ Onderzoek …”, “Hoenderkamp, ¶ Inleiding Op …”); so
 * does the hidden “¶” of a paragraph number in a source link (“Inleiding, ¶alinea 4” becomes
 * “Inleiding, alinea 4”, what a screen reader says) and a status's hidden symbol. The
 * “Officiële tekst” heading stays: it begins the section that holds a document's own text, which
 * is how results tell that text from the editorial summary before it. Of a chart only its
 * title, notes, source and table stay: its drawings (three sizes of one SVG), their hidden text
 * description and the download line made excerpts of tick labels and file types (“46,6% Beroep op
 * … 21,2% 20%”, “Download: CSV · JSON · SVG · PNG”), and the table holds the same figures.
 * The soft hyphens in long words of table row labels (src/lib/hyphenate.ts) go as well: Pagefind
 * would index "onderwijs\u00adachterstand" as a word nobody types.
 * The page people read is not changed.
 */
import { PARA_CITE_CLASS } from '../../paragraphs.ts';
import { TAG, VOID } from './vocabulary.ts';
import { withoutSoftHyphens } from '../../hyphenate.ts';

const PARA_CITE = new RegExp(`^\\s+class="${PARA_CITE_CLASS}"\\s*$`);
const KEEP = /\sdata-pagefind-(?:filter|meta)\b/;
const FOOTNOTE_BACKREF = /<a\b[^>]*\sdata-footnote-backref\b[^>]*>[\s\S]*?<\/a>/g;
/** A paragraph's link to itself (src/plugins/paragraph-anchors.ts): “¶”, its number shown by CSS. */
const PARA_LINK = /<a\b[^>]*\sclass="para-link"[^>]*>¶<\/a>/g;
/** A heading's link to itself (src/plugins/heading-links.ts): “§” after the heading. */
const HEADING_LINK = /<a\b[^>]*\sclass="heading-link"[^>]*>§<\/a>/g;
/**
 * A sign hidden from screen readers: the ¶ of a paragraph number (src/components/layers/
 * ParagraphNumber.astro), a status's symbol (StatusLabel.astro: “●Duidelijke voortgang” stood in
 * excerpts). A span of text only, so nothing with words of its own goes with it.
 */
const HIDDEN_SIGN = /<span(?: class="[^"]*")? aria-hidden="true">[^<]*<\/span>/g;
/** A chart's drawings, its hidden description, its download line and its table's “open” label. */
const CHART_PARTS =
  /<svg\b[^>]*\sclass="chart__svg[\s\S]*?<\/svg>|<p class="chart__(?:alt|download)"[^>]*>[\s\S]*?<\/p>|<summary>Tabel met de cijfers<\/summary>/g;

export function dropIgnored(page: string): string {
  const html = withoutSoftHyphens(page)
    .replace(FOOTNOTE_BACKREF, '')
    .replace(PARA_LINK, '')
    .replace(HEADING_LINK, '')
    .replace(HIDDEN_SIGN, '')
    .replace(CHART_PARTS, '');
  const stack: Array<{ name: string; start: number; ignore: boolean }> = [];
  // [start, end) ranges of ignored elements, outermost only.
  const drop: Array<[number, number]> = [];
  let open = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[3]?.toLowerCase();
    if (!name) continue; // comment, script, style
    if (m[2] === '/') {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at === -1) continue;
      for (const e of stack.splice(at).reverse()) {
        if (!e.ignore) continue;
        open--;
        const end = m.index + m[0].length;
        if (open === 0 && !KEEP.test(html.slice(e.start, end))) drop.push([e.start, end]);
      }
      continue;
    }
    const attrs = m[4] ?? '';
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    const ignore = /\sdata-pagefind-ignore\b/.test(attrs) || (name === 'small' && PARA_CITE.test(attrs));
    if (ignore) open++;
    stack.push({ name, start: m.index, ignore });
  }
  let out = '';
  let last = 0;
  for (const [start, end] of drop) {
    out += html.slice(last, start);
    last = end;
  }
  return out + html.slice(last);
}
