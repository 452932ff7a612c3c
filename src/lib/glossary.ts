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

/** First letter for the alphabetical index (A-Z; anything else under "#"). */
export function initialOf(term: string): string {
  const first = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
