/** Glossary pages: where each term is used, and links to terms. */
import { chapterPath, chapterLabel, documentPath, documentLabel, type Library, type GlossaryEntry } from './content';
import { mdxToPlainText } from './mdx-text';
import { formPattern, formsOf } from './glossary-forms';

export interface Usage {
  href: string;
  text: string;
  count: number;
}

/** The documents and chapters whose text uses the term in one of its forms. */
export function usagesOf(lib: Library, entry: GlossaryEntry): Usage[] {
  const pattern = formPattern(formsOf(entry.data));
  const pages = [
    ...lib.documents.map((d) => ({ body: d.body, href: documentPath(d.id), text: documentLabel(d) })),
    ...lib.chapters.map((c) => {
      const doc = lib.documentById(c.data.document.id, `hoofdstuk "${c.id}"`);
      return { body: c.body, href: chapterPath(c), text: `${documentLabel(doc)}: ${chapterLabel(c)}` };
    }),
  ];
  return pages
    .map((p) => ({ href: p.href, text: p.text, count: (mdxToPlainText(p.body ?? '').match(pattern) ?? []).length }))
    .filter((u) => u.count > 0);
}

/** First letter for the alphabetical index (A-Z; anything else under "#"). */
export function initialOf(term: string): string {
  const first = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
