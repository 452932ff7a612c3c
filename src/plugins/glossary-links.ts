/**
 * Sätteri HAST plugin: links the first occurrence of each glossary term per section of a
 * document to its entry on the glossary page.
 *
 * - A section starts at every heading (h1-h6); headings themselves are never touched.
 * - Text inside links, quotes (blockquote, q, the PullQuote component), code, existing
 *   abbr/dfn and the structured components (letterheads, signatures, the pyramid) is left
 *   alone.
 * - An abbreviation becomes `<a class="term-link" href="…#id"><abbr title="full term">Wmo</abbr></a>`;
 *   the title gives mouse users the expansion, and the link itself leads everyone (screen
 *   readers do not reliably announce `title`) to the definition. A term written in full
 *   becomes a plain link. `<dfn>` is kept for the glossary page, where the terms are
 *   defined; in the documents a term is only used, not defined.
 * - Forms are matched as whole words, case as written, longest form first.
 */
import { defineHastPlugin } from 'satteri';
import { formPattern, formsOf, type GlossaryForms } from '../lib/glossary-forms';

export interface GlossaryLinkOptions {
  terms: readonly GlossaryForms[];
  /** URL of a term's entry, e.g. id => `/begrippen/#${id}`. */
  href: (id: string) => string;
}

/** Elements whose text is never linked. */
const SKIP_ELEMENTS = new Set(['a', 'blockquote', 'q', 'code', 'pre', 'kbd', 'abbr', 'dfn', 'script', 'style', 'svg', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** MDX components whose content is never linked. */
const SKIP_COMPONENTS = new Set(['PullQuote', 'Letterhead', 'Signatures', 'Signatory', 'NeedsPyramid', 'EditorialNote']);
const HEADING = /^h[1-6]$/;

interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  children?: AnyNode[];
}

export function glossaryLinks(options: GlossaryLinkOptions) {
  const linked = options.terms.filter((t) => t.link);
  const byForm = new Map<string, GlossaryForms>();
  for (const t of linked) for (const f of formsOf(t)) byForm.set(f, t);
  const pattern = byForm.size ? formPattern([...byForm.keys()]) : undefined;

  function replacement(form: string, term: GlossaryForms): AnyNode {
    // "Wmo", and variants built on an abbreviation such as "WMO 2015".
    const isAbbreviation = term.term !== form && term.abbreviations.some((a) => form.includes(a));
    const inner: AnyNode = isAbbreviation
      ? { type: 'element', tagName: 'abbr', properties: { title: term.term }, children: [{ type: 'text', value: form }] } as AnyNode
      : { type: 'text', value: form };
    return {
      type: 'element',
      tagName: 'a',
      properties: { href: options.href(term.id), className: ['term-link'] },
      children: [inner],
    } as AnyNode;
  }

  return defineHastPlugin({
    name: 'glossary-links',
    before(root, ctx) {
      if (!pattern) return;
      let seen = new Set<string>();
      const walk = (node: AnyNode): void => {
        if (node.type === 'element' && HEADING.test(node.tagName ?? '')) {
          seen = new Set();
          return;
        }
        if (node.type === 'element' && SKIP_ELEMENTS.has(node.tagName ?? '')) return;
        if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (SKIP_COMPONENTS.has(node.name ?? '') || SKIP_ELEMENTS.has(node.name ?? ''))) return;
        if (node.type === 'text') {
          const value = node.value ?? '';
          const parts: AnyNode[] = [];
          let last = 0;
          for (const match of value.matchAll(pattern)) {
            const term = byForm.get(match[0])!;
            if (seen.has(term.id)) continue;
            seen.add(term.id);
            if (match.index! > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
            parts.push(replacement(match[0], term));
            last = match.index! + match[0].length;
          }
          if (parts.length) {
            if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            ctx.replaceNode(node as any, parts as any);
          }
          return;
        }
        for (const child of node.children ?? []) walk(child);
      };
      walk(root as unknown as AnyNode);
    },
  });
}
