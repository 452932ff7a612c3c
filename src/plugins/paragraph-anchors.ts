/**
 * Rehype plugin: gives every paragraph of a document page a stable anchor and a visible
 * "link to this paragraph", so a council member can cite a passage exactly.
 *
 * - Paragraphs are the `<p>` elements of the document's own text, numbered 1, 2, 3… in
 *   reading order per page (a chapter page counts on its own). The anchor is `alinea-<n>`.
 *   The texts are fixed transcriptions, so the numbers only change if a paragraph is added
 *   or removed before it; the numbering is then still the reading order.
 * - Not numbered: what src/plugins/text-roles.ts says is not the document's running text
 *   (list items, tables, quotes set apart, letterheads, signatures, editorial notes, figures,
 *   footnotes).
 * - The link comes right after the paragraph's text: `<a href="#alinea-3" class="para-link"
 *   aria-label="Link naar alinea 3" data-alinea="3">¶</a>`. The number is shown by CSS
 *   (attr(data-alinea)), always, also in print, so the visible text holds no extra digits
 *   (the completeness test compares letters and digits) and screen readers hear the label.
 *
 * Other plugins can add to a numbered paragraph after this one: it carries its number as
 * `data.alinea` (hast node data, not rendered).
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { policyOf } from './text-roles.ts';

export const PARAGRAPH_PREFIX = 'alinea-';

declare module 'hast' {
  interface ElementData {
    /** The paragraph's number on its page, set by the paragraph-anchors plugin. */
    alinea?: number;
  }
}

/** The self-link after paragraph n. */
export function paragraphLink(n: number): Element {
  return h(
    'a',
    {
      href: `#${PARAGRAPH_PREFIX}${n}`,
      className: ['para-link'],
      ariaLabel: `Link naar alinea ${n}`,
      dataAlinea: String(n),
    },
    '¶',
  );
}

export function paragraphAnchors() {
  return (tree: Root): void => {
    let n = 0;
    visit(tree, (node) => {
      if (node.type === 'root') return;
      if (!policyOf(node).numbered) return SKIP;
      if (node.type === 'element' && node.tagName === 'p') {
        n += 1;
        node.properties.id = `${PARAGRAPH_PREFIX}${n}`;
        node.data = { ...node.data, alinea: n };
        // No space before the link: its left margin (prose.css) keeps it apart, and the last word
        // and "¶ n" cannot be split over two lines (a "¶ 10" alone on a line, 1280 and 360 px).
        node.children.push(paragraphLink(n));
        return SKIP;
      }
      return undefined;
    });
  };
}
