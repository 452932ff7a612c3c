/**
 * Heading permalinks (rehype-autolink-headings), so a section can be cited like a paragraph.
 *
 * The pattern of Starlight and similar sites: the heading keeps its own text and id, and a
 * link follows it inside a wrapper, `<div class="heading-wrapper"><h2 id="corona">Corona</h2>
 * <a href="#corona" class="heading-link" aria-label="Link naar kop: Corona">§</a></div>`.
 * The link is outside the heading, so the heading's accessible name, the contents list and
 * search see only the heading's text; the link names the heading it points to. "§" carries no
 * letters or digits, so the completeness test that compares the text with the source is
 * unaffected.
 *
 * Runs after Astro's rehypeHeadingIds (listed before it in src/plugins/markdown.ts), which
 * gives every heading the id the content YAML refers to; the footnotes' own heading (a
 * visually hidden label) gets no link.
 */
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';

export const headingLinkOptions: Options = {
  behavior: 'after',
  test: (el: Element) => el.properties.id !== 'footnote-label',
  // The wrapper's spacing per level is chosen in CSS by the heading it holds (:has), and search
  // knows the link by its class (src/lib/search/indexer/ignored.ts): no attributes for either
  // on every heading of every page (the byte budget, tests/quality/privacy-budgets.test.ts).
  group: () => h('div', { className: ['heading-wrapper'] }),
  properties: (el: Readonly<Element>) => ({
    className: ['heading-link'],
    ariaLabel: `Link naar kop: ${toString(el).trim()}`,
  }),
  content: { type: 'text', value: '§' },
};

export function headingLinks() {
  return rehypeAutolinkHeadings(headingLinkOptions);
}
