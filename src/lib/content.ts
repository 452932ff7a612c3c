/**
 * Access to the content collections for pages: sorted, with cross-references checked and
 * URLs derived in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, danglingReferences, type CheckedEntry } from './integrity';
import { countWords, dateSortKey, readingMinutes } from './format';
import { mdxToPlainText } from './mdx-text';

export type DocumentEntry = CollectionEntry<'documents'>;
export type ChapterEntry = CollectionEntry<'chapters'>;
export type ThemeEntry = CollectionEntry<'themes'>;

export type FindingEntry = CollectionEntry<'findings'>;
export type PassageEntry = CollectionEntry<'passages'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type EventEntry = CollectionEntry<'events'>;
export type RouteStepEntry = CollectionEntry<'route'>;
export type DossierEntry = CollectionEntry<'dossiers'>;

export interface Library {
  documents: DocumentEntry[];
  chapters: ChapterEntry[];
  themes: ThemeEntry[];
  findings: FindingEntry[];
  passages: PassageEntry[];
  glossary: GlossaryEntry[];
  events: EventEntry[];
  route: RouteStepEntry[];
  dossiers: DossierEntry[];
}

let cached: Promise<Library> | undefined;

async function loadLibrary(): Promise<Library> {
  const [documents, chapters, themes, indicators, charts, findings, passages, glossary, events, route, dossiers] = await Promise.all([
    getCollection('documents'),
    getCollection('chapters'),
    getCollection('themes'),
    getCollection('indicators'),
    getCollection('charts'),
    getCollection('findings'),
    getCollection('passages'),
    getCollection('glossary'),
    getCollection('events'),
    getCollection('route'),
    getCollection('dossiers'),
  ]);
  const known = new Map<string, Set<string>>([
    ['documents', new Set(documents.map((d) => d.id))],
    ['chapters', new Set(chapters.map((c) => c.id))],
    ['themes', new Set(themes.map((t) => t.id))],
    ['indicators', new Set(indicators.map((i) => i.id))],
    ['charts', new Set(charts.map((c) => c.id))],
    ['findings', new Set(findings.map((f) => f.id))],
    ['passages', new Set(passages.map((p) => p.id))],
    ['glossary', new Set(glossary.map((g) => g.id))],
    ['events', new Set(events.map((e) => e.id))],
    ['route', new Set(route.map((r) => r.id))],
    ['dossiers', new Set(dossiers.map((d) => d.id))],
  ]);
  // Every collection is checked, so a dangling reference anywhere fails the build.
  const all = [...documents, ...chapters, ...themes, ...indicators, ...charts, ...findings, ...passages, ...glossary, ...events, ...route, ...dossiers] as unknown as CheckedEntry[];
  const problems = danglingReferences(all, known);
  if (problems.length) throw new ContentError(problems);
  return {
    documents: documents.sort((a, b) => a.data.order - b.data.order),
    chapters: chapters.sort((a, b) => a.data.order - b.data.order),
    themes: themes.sort((a, b) => a.data.order - b.data.order),
    findings: findings.sort((a, b) => a.data.order - b.data.order),
    passages: passages.sort((a, b) => a.data.order - b.data.order),
    dossiers: dossiers.sort((a, b) => a.data.order - b.data.order),
    route: route.sort((a, b) => a.data.order - b.data.order),
    events: events.sort((a, b) => dateSortKey(a.data.date).localeCompare(dateSortKey(b.data.date))),
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl', { sensitivity: 'base' })),
  };
}

/** The whole library, loaded and checked once per build. */
export function getLibrary(): Promise<Library> {
  cached ??= loadLibrary();
  return cached;
}

/** The chapter's slug inside its document: "sociale-visie-2040/voorwoord" → "voorwoord". */
export function chapterSlug(chapter: ChapterEntry): string {
  return chapter.id.split('/').at(-1)!;
}

export function chaptersOf(lib: Library, documentId: string): ChapterEntry[] {
  return lib.chapters.filter((c) => c.data.document.id === documentId);
}

export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

export function documentPath(id: string): string {
  return withBase(`/documenten/${id}/`);
}

export function chapterPath(chapter: ChapterEntry): string {
  return withBase(`/documenten/${chapter.data.document.id}/${chapterSlug(chapter)}/`);
}

export function chapterLabel(chapter: ChapterEntry): string {
  return chapter.data.number ? `${chapter.data.number} ${chapter.data.title}` : chapter.data.title;
}

export function documentLabel(doc: DocumentEntry): string {
  return doc.data.shortTitle ?? doc.data.title;
}

export function minutesToRead(body: string | undefined): number {
  return readingMinutes(countWords(mdxToPlainText(body ?? '')));
}

/** Reading time of a document: its own body plus its chapters. */
export function documentMinutes(lib: Library, doc: DocumentEntry): number {
  const chapters = chaptersOf(lib, doc.id);
  const words = [doc.body, ...chapters.map((c) => c.body)].reduce(
    (sum, body) => sum + countWords(mdxToPlainText(body ?? '')),
    0,
  );
  return readingMinutes(words);
}
