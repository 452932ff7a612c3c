/**
 * Rehype plugin (after glossary-links and paragraph-anchors): a term link in a document shows
 * the term's definition in place, without JavaScript, through the HTML popover attribute.
 *
 * - Each `<a class="term-link" href="…/begrippen/#id">` becomes
 *   `<button class="term-link" popovertarget="begrip-id">` with the same content (the `<abbr>`
 *   of an abbreviation stays), so the term's text is unchanged. No `type="button"`: outside a
 *   form a button submits nothing, and the attribute on 84 buttons and `popover="auto"` on 25
 *   definitions (`popover` alone is the same state) were 0,05 KB of the quick scan page.
 * - Each term's definition appears once per page, whatever the number of uses: after the
 *   text, in `<div id="begrip-id" popover>` with the term, the editorial definition (marked
 *   "redactie"), a link to the full entry and a close button. The popover opens in the top
 *   layer, beside the term where CSS anchor positioning works, centred otherwise; Escape, a
 *   click outside or "Sluiten" closes it, and focus returns to the term.
 * - A button is an atomic inline: a line may break right after it, so a full stop or a closing
 *   quote could start the next line (“Domein Sociaal / .”). A term with punctuation against it
 *   goes into a `<span>` with that punctuation, which CSS keeps on one line (no class: 25 terms
 *   on the quick scan, whose page is at its byte budget).
 * - A browser without popovers (before 2023-2024) shows the definitions as a list after the
 *   text ("Begrippen in deze tekst"), each with its link to the glossary.
 * - The block is `data-furniture` (not the document's text: the completeness test and the
 *   official-text guard leave it out) and `data-pagefind-ignore`; each definition in it is
 *   `data-editorial` with its "uitleg redactie" label.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

export interface PopoverTerm {
  id: string;
  term: string;
  abbreviations: readonly string[];
  /** Editorial definition in plain Dutch. */
  definition: string;
}

export interface GlossaryPopoverOptions {
  terms: readonly PopoverTerm[];
  /** URL of a term's entry, as glossary-links writes it. */
  href: (id: string) => string;
}

export const POPOVER_PREFIX = 'begrip-';

/**
 * The definition's first sentence: what the term is. The rest (context, where the sources use
 * it) is on the glossary page, one link away; it keeps each page's bytes down.
 */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? text;
}

/** Punctuation that closes against the word before it, and that opens against the word after it. */
const CLOSING = /^[.,;:!?)\]’”»…]+/u;
const OPENING = /[([‘“«]+$/u;

/**
 * Puts the element at `index` into a span with the punctuation that touches it on either side
 * (taken from the neighbouring text nodes); returns where it stands afterwards.
 */
export function glueToPunctuation(parent: { children: ElementContent[] }, index: number): number {
  const node = parent.children[index]!;
  const next = parent.children[index + 1];
  const prev = parent.children[index - 1];
  const after = next?.type === 'text' ? CLOSING.exec(next.value)?.[0] : undefined;
  const before = prev?.type === 'text' ? OPENING.exec(prev.value)?.[0] : undefined;
  if (!after && !before) return index;
  const glued: ElementContent[] = [node];
  if (before && prev?.type === 'text') {
    glued.unshift({ type: 'text', value: before });
    prev.value = prev.value.slice(0, -before.length);
  }
  if (after && next?.type === 'text') {
    glued.push({ type: 'text', value: after });
    next.value = next.value.slice(after.length);
  }
  const span = h('span', glued);
  parent.children[index] = span;
  parent.children = parent.children.filter((c) => c.type !== 'text' || c.value !== '');
  return parent.children.indexOf(span);
}

function hasClass(node: Element, name: string): boolean {
  const c = node.properties.className;
  return Array.isArray(c) && c.includes(name);
}

/** The popover with one term's definition. */
export function definitionElement(term: PopoverTerm, href: string): Element {
  const id = `${POPOVER_PREFIX}${term.id}`;
  const name = term.abbreviations.length ? `${term.abbreviations[0]} (${term.term})` : term.term;
  return h('div', { id, popover: '', className: ['term-def'], dataEditorial: '' }, [
    h('p', [
      h('strong', name),
      ': ',
      firstSentence(term.definition),
      // A no-break space: the badge keeps to the definition's last word, never on a line of its own.
      '\u00a0',
      h('span', { className: ['editorial-label'] }, 'uitleg redactie'),
    ]),
    h('p', [
      h('a', { href }, `Meer over ${term.abbreviations[0] ?? term.term} bij Begrippen`),
      ' ',
      // The default action (toggle) hides the popover the button is in: it is only seen when open.
      h('button', { popoverTarget: id }, 'Sluiten'),
    ]),
  ]);
}

export function glossaryPopovers(options: GlossaryPopoverOptions) {
  const byHref = new Map(options.terms.map((t) => [options.href(t.id), t] as const));
  return () =>
    (tree: Root): void => {
      const used: PopoverTerm[] = [];
      visit(tree, 'element', (node, index, parent) => {
        if (node.tagName !== 'a' || !hasClass(node, 'term-link')) return undefined;
        const term = byHref.get(String(node.properties.href));
        if (!term || !parent || index === undefined) return undefined;
        if (!used.includes(term)) used.push(term);
        // The popover names the full term, so an <abbr> inside keeps its meaning without a title.
        const children = (node.children as ElementContent[]).map((c) =>
          c.type === 'element' && c.tagName === 'abbr' ? { ...c, properties: {} } : c,
        );
        const button = h(
          'button',
          { className: ['term-link'], popoverTarget: `${POPOVER_PREFIX}${term.id}` },
          children,
        );
        parent.children[index] = button;
        return [SKIP, glueToPunctuation(parent as { children: ElementContent[] }, index) + 1];
      });
      if (!used.length) return;
      tree.children.push(
        h('div', { className: ['term-defs'], dataFurniture: '', dataPagefindIgnore: '' }, [
          h('p', { className: ['term-defs__title'] }, [
            'Begrippen in deze tekst\u00a0',
            h('span', { className: ['editorial-label'] }, 'uitleg redactie'),
          ]),
          ...used.map((t) => definitionElement(t, options.href(t.id))),
        ]),
      );
    };
}
