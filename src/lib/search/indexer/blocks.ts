/**
 * Spaces between blocks in the indexed copy of a page. Pagefind joins the text of adjacent
 * elements as written, so a table, a list or a chart's data without whitespace between its
 * cells became one word in the index and in excerpts (“visieCijferMaastrichtNederlandBron”).
 * A space before the end of every block-level element and after a line break keeps the words
 * apart. The page people read is not changed.
 */
const BLOCK_END =
  /<\/(?:p|li|td|th|tr|h[1-6]|div|dt|dd|caption|figcaption|figure|table|thead|tbody|ul|ol|dl|section|article|aside|blockquote|header|footer|nav|details|summary|pre|label|legend|option)\s*>/gi;
const LINE_BREAK = /<br\s*\/?>/gi;

export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_END, ' $&').replace(LINE_BREAK, '$& ');
}
