/**
 * Rehype plugin: links the first occurrence of each glossary term per section of a
 * document to its entry on the glossary page.
 *
 * - A section starts at every heading (h1-h6); headings themselves are never touched.
 * - Text that src/plugins/text-roles.ts marks as not linked is left alone: links, code,
 *   existing abbr/dfn, quotes (blockquote, q, PullQuote) and what is not the document's own
 *   running text (letterheads, signatures, editorial notes, the pyramid). A form skipped there
 *   still counts as not yet linked.
 * - An abbreviation becomes `<a href="…#id" class="term-link"><abbr title="full term">Wmo</abbr></a>`;
 *   the title gives mouse users the expansion, and the link itself leads everyone (screen
 *   readers do not reliably announce `title`) to the definition. A term written in full
 *   becomes a plain link. `<dfn>` is kept for the glossary page, where the terms are
 *   defined; in the documents a term is only used, not defined.
 * - Forms are matched as whole words, case as written, longest form first.
 */
import type { Element, Parents, Root, Text } from 'hast';
import { findAndReplace, type RegExpMatchObject } from 'hast-util-find-and-replace';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { formPattern, formsOf, type GlossaryForms } from '../lib/glossary-forms.ts';
import { allows } from './text-roles.ts';

export interface GlossaryLinkOptions {
  terms: readonly GlossaryForms[];
  /** URL of a term's entry, e.g. id => `/begrippen/#${id}`. */
  href: (id: string) => string;
}

const HEADING = /^h[1-6]$/;

export function glossaryLinks(options: GlossaryLinkOptions) {
  const byForm = new Map<string, GlossaryForms>();
  for (const t of options.terms.filter((t) => t.link)) for (const f of formsOf(t)) byForm.set(f, t);
  const pattern = byForm.size ? formPattern([...byForm.keys()]) : undefined;

  function link(form: string, term: GlossaryForms): Element {
    // "Wmo", and variants built on an abbreviation such as "WMO 2015".
    const isAbbreviation = term.term !== form && term.abbreviations.some((a) => form.includes(a));
    return h(
      'a',
      { href: options.href(term.id), className: ['term-link'] },
      isAbbreviation ? h('abbr', { title: term.term }, form) : form,
    );
  }

  return () =>
    (tree: Root): void => {
      if (!pattern) return;
      // The section (counted by headings, in reading order) each text node stands in.
      const sectionOf = new WeakMap<Text, number>();
      let section = 0;
      visit(tree, (node) => {
        if (node.type === 'element' && HEADING.test(node.tagName)) section += 1;
        else if (node.type === 'text') sectionOf.set(node, section);
      });

      let current = -1;
      let seen = new Set<string>();
      findAndReplace(
        tree,
        [
          pattern,
          (form: string, match: RegExpMatchObject) => {
            const term = byForm.get(form);
            // The stack is the text node's ancestors, outermost first, then the text node.
            const ancestors = match.stack.filter((n): n is Parents => n.type !== 'text');
            const text = match.stack.filter((n): n is Text => n.type === 'text')[0];
            if (!term || !text || !allows(ancestors, 'linked')) return false;
            const at = sectionOf.get(text) ?? -1;
            if (at !== current) {
              current = at;
              seen = new Set();
            }
            if (seen.has(term.id)) return false;
            seen.add(term.id);
            return link(form, term);
          },
        ],
        // Only the elements that never hold running text; the rest is decided per match above,
        // because MDX components are not elements here.
        { ignore: ['script', 'style', 'svg', 'math', 'title'] },
      );
    };
}
