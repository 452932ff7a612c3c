/**
 * Spaces between blocks in the indexed copy of a page. Pagefind joins the text of adjacent
 * elements as written, so a table, a list or a chart's data without whitespace between its
 * cells became one word in the index and in excerpts (“visieCijferMaastrichtNederlandBron”).
 * A space before the end of every block-level element and after a line break keeps the words
 * apart. The page people read is not changed.
 *
 * A heading, a table cell, a list item or a caption that ends without a full stop also gets a
 * middle dot after it: in an excerpt a heading ran on into its first sentence and a table's
 * cells into each other (“Inkoop/aanbesteding Wmo en jeugd In 2023 heeft…”, “46,6% Beroep op
 * zorg en ondersteuning 21,2%”). The dot stands after the element, so a section's title, which
 * Pagefind takes from the heading, does not carry it.
 */
import { BLOCK_SEPARATOR } from '../shared/text.ts';

const BLOCK_END =
  /<\/(?:p|li|td|th|tr|h[1-6]|div|dt|dd|caption|figcaption|figure|table|thead|tbody|ul|ol|dl|section|article|aside|blockquote|header|footer|nav|details|summary|pre|label|legend|option)\s*>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;
/** A run-in block's end, with the last character of its text when that is not markup. */
const RUN_IN_END = /([^>\s]?)(\s*)(<\/(?:h[1-6]|th|td|dt|li|caption|figcaption|summary)\s*>)/gi;
/** A final character that already ends a phrase. */
const CLOSED = /[.!?:;,·]/;

export function spaceBlocks(html: string): string {
  return html
    .replace(RUN_IN_END, (_, last: string, space: string, end: string) =>
      CLOSED.test(last) ? `${last}${space}${end}` : `${last}${space}${end} ${BLOCK_SEPARATOR} `,
    )
    .replace(BLOCK_END, ' $&')
    .replace(LINE_BREAK, '$& ');
}
