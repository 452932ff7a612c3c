/**
 * Rehype plugin: footnotes keep the number the source gives them. remark-rehype numbers
 * footnote references 1, 2, 3… per page in the order they are first referenced; the MDX writes
 * each footnote with the source's own number as its label (`[^4]`), so this plugin shows that
 * label instead: on the reference (`<sup><a …>4</a></sup>`), on the list item (`<li value="4">`,
 * so the list's marker says 4 too) and in the back link's accessible name ("Terug naar
 * verwijzing 4"). A label that is not a number keeps the running number.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The footnote ids remark-rehype writes (with its default clobber prefix). */
const REF = /^#user-content-fn-(\d+)$/;
const ITEM = /^user-content-fn-(\d+)$/;
const BACK = /^#user-content-fnref-(\d+)(?:-(\d+))?$/;

function attr(el: Element, name: string): string {
  const v = el.properties[name];
  return typeof v === 'string' ? v : '';
}

export function footnoteNumbers() {
  return (tree: Root): void => {
    visit(tree, 'element', (el) => {
      if (el.tagName === 'a' && el.properties.dataFootnoteRef !== undefined) {
        const label = REF.exec(attr(el, 'href'))?.[1];
        if (label) el.children = [{ type: 'text', value: String(Number(label)) }];
      } else if (el.tagName === 'li') {
        const label = ITEM.exec(attr(el, 'id'))?.[1];
        if (label) el.properties.value = String(Number(label));
      } else if (el.tagName === 'a' && el.properties.dataFootnoteBackref !== undefined) {
        const m = BACK.exec(attr(el, 'href'));
        if (m?.[1]) el.properties.ariaLabel = `Terug naar verwijzing ${Number(m[1])}${m[2] ? `-${m[2]}` : ''}`;
      }
    });
  };
}
