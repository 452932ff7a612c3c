/** The citation of a document or chapter page, built from its content entries. */
import { chapterLabel, chapterPath, chapterSlug, documentPath, type ChapterEntry, type DocumentEntry } from './content';
import type { CitationSource } from './citation';
import { DOCUMENT_KIND_LABELS } from './labels';
import { publicAddress } from './site-address';

/** Absolute address of a site path, or undefined when no site URL is configured. */
/** The page's absolute address on the configured site; undefined when SITE_URL is not configured. */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return publicAddress(path, site);
}

export function pageCitationSource(
  doc: DocumentEntry,
  chapter: ChapterEntry | undefined,
  site: URL | undefined,
): CitationSource {
  const d = doc.data;
  // The first reference number, unless the title already carries it ("Raadsvoorstel 65-2021: …").
  const first = d.references.find((r) => !d.title.includes(r.value));
  const url = absoluteUrl(chapter ? chapterPath(chapter) : documentPath(doc.id), site);
  return {
    key: chapter ? `${doc.id}-${chapterSlug(chapter)}` : doc.id,
    title: d.title,
    kind: DOCUMENT_KIND_LABELS[d.kind],
    date: d.date,
    ...(d.issuer ? { issuer: d.issuer } : {}),
    ...(first ? { references: [`${first.label} ${first.value}`] } : {}),
    ...(chapter ? { chapter: chapterLabel(chapter) } : {}),
    ...(url ? { url } : {}),
  };
}

/** Where the page's citation files are: `…/citeer.bib` and `…/citeer.json` beside the page. */
export function citationFiles(doc: DocumentEntry, chapter?: ChapterEntry): { bib: string; json: string } {
  const page = chapter ? chapterPath(chapter) : documentPath(doc.id);
  return { bib: `${page}citeer.bib`, json: `${page}citeer.json` };
}
