/**
 * Rehype plugin (after paragraph-anchors): puts a ready citation in every numbered paragraph,
 * shown only when the paragraph is the page's target (`…/#alinea-3`, CSS `:target`), so a
 * paragraph link opens with its citation beside it, without JavaScript.
 *
 * The citation is plain, selectable text: document title and kind, date, issuer, chapter,
 * section (the nearest heading before the paragraph), "alinea n" and the permanent address
 * (src/lib/citation.ts, the same wording as the page citation). It is site furniture, not
 * the document's text, and out of the search index, like elements marked `data-furniture` and
 * `data-pagefind-ignore`; it carries neither attribute but is known by its element and class
 * (PARA_CITE in src/lib/paragraphs.ts, read by the completeness test, the official-text guard
 * and the search indexer): the two attributes on 45 paragraphs were 0,14 KB of the quick scan
 * page (issue 11). The words repeat from paragraph to paragraph, which compression takes care of.
 */
import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationText } from '../lib/citation.ts';
import { PARA_CITE_CLASS } from '../lib/paragraphs.ts';
import type { CitationPage } from '../lib/citation-pages.ts';
import { PARAGRAPH_PREFIX } from './paragraph-anchors.ts';

export interface ParagraphCitationOptions {
  /** The page a Markdown file becomes, by absolute file path; other files get no citations. */
  pages: ReadonlyMap<string, CitationPage>;
}

const HEADING = /^h[1-6]$/;

/**
 * The hidden citation inside paragraph n: a bold label and the text (styled through
 * `.para-cite > b` and `.para-cite > span`). No classes of their own: the citation's repeated
 * part from one paragraph to the next then stays within one gzip match (at most 258 bytes),
 * 0.08 KB less on the quick scan page (issue 11).
 */
export function citationElement(text: string): Element {
  return h('small', { className: [PARA_CITE_CLASS] }, [h('b', 'Citeer deze alinea:'), ' ', h('span', text)]);
}

export function paragraphCitations(options: ParagraphCitationOptions) {
  return () =>
    (tree: Root, file: VFile): void => {
      const page = file.path ? options.pages.get(resolve(file.path)) : undefined;
      if (!page) return;
      let section: string | undefined;
      visit(tree, 'element', (node) => {
        if (HEADING.test(node.tagName)) {
          section = toString(node).replace(/\s+/g, ' ').trim() || undefined;
          return SKIP;
        }
        const n = node.data?.alinea;
        if (n === undefined) return undefined;
        const url = `${page.url}#${PARAGRAPH_PREFIX}${n}`;
        node.children.push(
          // Without the issuer (on the page citation), to keep the per-paragraph bytes down.
          citationElement(
            citationText({ ...page.source, issuer: undefined, ...(section ? { section } : {}), paragraph: n, url }),
          ),
        );
        return SKIP;
      });
    };
}
