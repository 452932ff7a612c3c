/**
 * Sätteri HAST plugin: gives every paragraph of a document page a stable anchor and a
 * visible "link to this paragraph", so a council member can cite a passage exactly.
 *
 * - Paragraphs are the `<p>` elements of the document's own text, numbered 1, 2, 3… in
 *   reading order per page (a chapter page counts on its own). The anchor is `alinea-<n>`.
 *   The texts are fixed transcriptions, so the numbers only change if a paragraph is added
 *   or removed before it; the numbering is then still the reading order.
 * - Not numbered: paragraphs in list items and tables (part of a list, not a paragraph of
 *   their own), in quotes set apart (PullQuote), in letterheads, signatures and editorial
 *   notes (not the document's text).
 * - The link comes after the paragraph's text: `<a class="para-link" href="#alinea-3"
 *   aria-label="Link naar alinea 3" data-alinea="3">¶</a>`. The number is shown by CSS
 *   (attr(data-alinea)), always, also in print, so the visible text holds no extra digits
 *   (the completeness test compares letters and digits) and screen readers hear the label.
 */
import { defineHastPlugin } from 'satteri';

const SKIP_ELEMENTS = new Set(['li', 'table', 'blockquote', 'figure', 'aside', 'nav', 'section']);
const SKIP_COMPONENTS = new Set(['PullQuote', 'Letterhead', 'Signatures', 'Signatory', 'EditorialNote', 'NeedsPyramid', 'DataTable']);

interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  children?: AnyNode[];
}

export const PARAGRAPH_PREFIX = 'alinea-';

export function paragraphAnchors() {
  return defineHastPlugin({
    name: 'paragraph-anchors',
    before(root, ctx) {
      let n = 0;
      const walk = (node: AnyNode): void => {
        if (node.type === 'element' && SKIP_ELEMENTS.has(node.tagName ?? '')) return;
        if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && SKIP_COMPONENTS.has(node.name ?? '')) return;
        if (node.type === 'element' && node.tagName === 'p') {
          n += 1;
          const id = `${PARAGRAPH_PREFIX}${n}`;
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          ctx.setProperty(node as any, 'id', id);
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          ctx.appendChild(node as any, [
            { type: 'text', value: ' ' },
            {
              type: 'element',
              tagName: 'a',
              properties: { href: `#${id}`, className: ['para-link'], ariaLabel: `Link naar alinea ${n}`, dataAlinea: String(n) },
              children: [{ type: 'text', value: '¶' }],
            },
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          ] as any);
          return;
        }
        for (const child of node.children ?? []) walk(child);
      };
      walk(root as unknown as AnyNode);
    },
  });
}
