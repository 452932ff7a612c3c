/** Glossary pages: where each term is used, and links to terms. */
import {
  chapterPath,
  chapterLabel,
  documentPath,
  documentLabel,
  statsOf,
  type Library,
  type GlossaryEntry,
} from './content';
import { formsOf, inTitle } from './glossary-forms';

export interface Usage {
  href: string;
  text: string;
  count: number;
}

/**
 * The documents and chapters whose text uses the term in one of its forms, counted in each
 * page's Markdown tree by the reading-stats plugin (src/plugins/reading-stats.ts).
 */
export function usagesOf(lib: Library, entry: GlossaryEntry): Usage[] {
  const pages = [
    ...lib.documents.map((d) => ({ entry: d, href: documentPath(d.id), text: documentLabel(d) })),
    ...lib.chapters.map((c) => {
      const doc = lib.documentById(c.data.document.id, `hoofdstuk "${c.id}"`);
      return { entry: c, href: chapterPath(c), text: `${documentLabel(doc)}: ${chapterLabel(c)}` };
    }),
  ];
  return pages
    .map((p) => ({ href: p.href, text: p.text, count: statsOf(lib, p.entry).termCounts[entry.id] ?? 0 }))
    .filter((u) => u.count > 0);
}

export interface TitleUsage {
  href: string;
  text: string;
  /** The title is the editors' (the document has none of its own: `titleNote`). */
  editorial: boolean;
}

/**
 * The documents whose title uses the term. The counts of usagesOf cover a document's text only;
 * its title stands apart, in the frontmatter, so "rondebriefje" is counted in no text while the
 * rondebriefje is titled "Rondebriefje Informatieronde".
 */
export function titleUsagesOf(lib: Library, entry: GlossaryEntry): TitleUsage[] {
  const forms = formsOf(entry.data);
  return lib.documents
    .filter((d) => inTitle(forms, d.data.title))
    .map((d) => ({ href: documentPath(d.id), text: documentLabel(d), editorial: d.data.titleNote !== undefined }));
}

/** First letter for the alphabetical index (A-Z; anything else under "#"). */
export function initialOf(term: string): string {
  const first = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
