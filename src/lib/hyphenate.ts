/**
 * Break points for long Dutch words in narrow table cells.
 *
 * A row label such as "Kinderen met risico op onderwijsachterstand" sits beside two columns of
 * figures; on a 360 px phone it has about 135 px, less than its longest word. Without break
 * points Chromium broke it anywhere ("onderwijsachte|rstand"). CSS `hyphens: auto` would break it
 * well, but only where the browser has a Dutch dictionary (this Chromium has none, many phones
 * do), and it opens that dictionary in the first layout of every such page. So the build puts
 * soft hyphens (U+00AD, invisible unless the line breaks there) into long words, at the points
 * of the Dutch TeX hyphenation patterns (the `hyphen` package): "on-der-wijs-ach-ter-stand".
 *
 * Only words of MIN_LENGTH letters or more get them: at 320 px a row label beside a narrow
 * column has about 110 px, where a bold word of eleven letters ("bevindingen") no longer fits;
 * shorter words do, and every soft hyphen is two bytes of the page.
 */
// A CommonJS package without an exports map: Node's ESM loader needs the file, and takes its default.
import hyphen from 'hyphen/nl/index.js';

export const SOFT_HYPHEN = '\u00ad';
export const MIN_LENGTH = 11;

/** The text with soft hyphens at the Dutch break points of its words of MIN_LENGTH letters or more. */
export function softHyphens(text: string): string {
  return hyphen.hyphenateSync(text, { minWordLength: MIN_LENGTH });
}

/** The text without soft hyphens: for search, citations and comparisons with the sources. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
