/**
 * Access to the content collections for pages: sorted, with cross-references checked and
 * URLs derived in one place.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { ContentError, danglingReferences, type CheckedEntry } from './integrity';
import { dateSortKey, readingMinutes } from './format';
import type { ReadingStats } from '../plugins/reading-stats';

export type DocumentEntry = CollectionEntry<'documents'>;
export type ChapterEntry = CollectionEntry<'chapters'>;
export type ThemeEntry = CollectionEntry<'themes'>;
export type TrajectoryEntry = CollectionEntry<'trajectories'>;

export type FindingEntry = CollectionEntry<'findings'>;
export type PassageEntry = CollectionEntry<'passages'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type EventEntry = CollectionEntry<'events'>;
export type RouteStepEntry = CollectionEntry<'route'>;
export type DossierEntry = CollectionEntry<'dossiers'>;
export type IndicatorEntry = CollectionEntry<'indicators'>;
export type ChartEntry = CollectionEntry<'charts'>;

/**
 * The entries of one collection by id. `get` is for a lookup that may miss (a page that shows
 * a document only where it exists); `require` is for an id the content refers to, and fails
 * with an error that names the collection, the id and the ids that exist.
 */
export class Index<T extends { id: string }> {
  readonly #byId: ReadonlyMap<string, T>;

  constructor(
    readonly collection: string,
    entries: readonly T[],
  ) {
    this.#byId = new Map(entries.map((e) => [e.id, e]));
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  /** The entry with this id; `context` says who asked (a page, a field), for the message. */
  require(id: string, context?: string): T {
    const entry = this.#byId.get(id);
    if (entry) return entry;
    const known = [...this.#byId.keys()]
      .sort()
      .map((k) => `"${k}"`)
      .join(', ');
    const who = context ? `${context}: ` : '';
    throw new ContentError([
      `${who}"${id}" bestaat niet in de collectie "${this.collection}". Bekend: ${known || '(geen)'}`,
    ]);
  }

  get map(): ReadonlyMap<string, T> {
    return this.#byId;
  }
}

export interface Library {
  documents: DocumentEntry[];
  chapters: ChapterEntry[];
  themes: ThemeEntry[];
  indicators: IndicatorEntry[];
  charts: ChartEntry[];
  findings: FindingEntry[];
  passages: PassageEntry[];
  glossary: GlossaryEntry[];
  events: EventEntry[];
  route: RouteStepEntry[];
  dossiers: DossierEntry[];
  trajectories: TrajectoryEntry[];
  /** Every collection indexed by id. */
  byId: {
    documents: Index<DocumentEntry>;
    chapters: Index<ChapterEntry>;
    themes: Index<ThemeEntry>;
    indicators: Index<IndicatorEntry>;
    charts: Index<ChartEntry>;
    findings: Index<FindingEntry>;
    passages: Index<PassageEntry>;
    glossary: Index<GlossaryEntry>;
    events: Index<EventEntry>;
    route: Index<RouteStepEntry>;
    dossiers: Index<DossierEntry>;
    trajectories: Index<TrajectoryEntry>;
  };
  /** Lookups of ids the content refers to: each throws a ContentError naming the collection and id. */
  documentById(id: string, context?: string): DocumentEntry;
  chapterById(id: string, context?: string): ChapterEntry;
  themeById(id: string, context?: string): ThemeEntry;
  indicatorById(id: string, context?: string): IndicatorEntry;
  chartById(id: string, context?: string): ChartEntry;
  findingById(id: string, context?: string): FindingEntry;
  eventById(id: string, context?: string): EventEntry;
  termById(id: string, context?: string): GlossaryEntry;
  dossierById(id: string, context?: string): DossierEntry;
  /** Words, reading time and term counts of each document and chapter, from its Markdown tree. */
  stats: Map<string, ReadingStats>;
}

type TextEntry = DocumentEntry | ChapterEntry;

function statsKey(entry: TextEntry): string {
  return `${entry.collection}/${entry.id}`;
}

/** What the reading-stats remark plugin put into the entry's frontmatter (src/plugins/reading-stats.ts). */
async function renderedStats(entry: TextEntry): Promise<ReadingStats> {
  const { remarkPluginFrontmatter: fm } = await render(entry);
  const { words, minutes, termCounts } = fm;
  if (
    typeof words !== 'number' ||
    typeof minutes !== 'number' ||
    typeof termCounts !== 'object' ||
    termCounts === null
  ) {
    throw new Error(
      `${entry.filePath ?? statsKey(entry)}: geen woordentelling; draait de remark-plugin reading-stats (astro.config.mjs)?`,
    );
  }
  return { words, minutes, termCounts };
}

let cached: Promise<Library> | undefined;

async function loadLibrary(): Promise<Library> {
  const [
    documents,
    chapters,
    themes,
    indicators,
    charts,
    findings,
    passages,
    glossary,
    events,
    route,
    dossiers,
    trajectories,
  ] = await Promise.all([
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
    getCollection('trajectories'),
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
    ['trajectories', new Set(trajectories.map((t) => t.id))],
  ]);
  // Every collection is checked, so a dangling reference anywhere fails the build.
  const all = [
    ...documents,
    ...chapters,
    ...themes,
    ...indicators,
    ...charts,
    ...findings,
    ...passages,
    ...glossary,
    ...events,
    ...route,
    ...dossiers,
  ] as unknown as CheckedEntry[];
  const problems = danglingReferences(all, known);
  if (problems.length) throw new ContentError(problems);
  const texts: TextEntry[] = [...documents, ...chapters];
  const stats = new Map(await Promise.all(texts.map(async (e) => [statsKey(e), await renderedStats(e)] as const)));
  const sorted = {
    documents: documents.sort((a, b) => a.data.order - b.data.order),
    chapters: chapters.sort((a, b) => a.data.order - b.data.order),
    themes: themes.sort((a, b) => a.data.order - b.data.order),
    indicators,
    charts,
    findings: findings.sort((a, b) => a.data.order - b.data.order),
    passages: passages.sort((a, b) => a.data.order - b.data.order),
    dossiers: dossiers.sort((a, b) => a.data.order - b.data.order),
    route: route.sort((a, b) => a.data.order - b.data.order),
    trajectories,
    events: events.sort((a, b) => dateSortKey(a.data.date).localeCompare(dateSortKey(b.data.date))),
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl', { sensitivity: 'base' })),
  };
  const byId: Library['byId'] = {
    documents: new Index('documents', sorted.documents),
    chapters: new Index('chapters', sorted.chapters),
    themes: new Index('themes', sorted.themes),
    indicators: new Index('indicators', sorted.indicators),
    charts: new Index('charts', sorted.charts),
    findings: new Index('findings', sorted.findings),
    passages: new Index('passages', sorted.passages),
    glossary: new Index('glossary', sorted.glossary),
    events: new Index('events', sorted.events),
    route: new Index('route', sorted.route),
    dossiers: new Index('dossiers', sorted.dossiers),
    trajectories: new Index('trajectories', sorted.trajectories),
  };
  return {
    ...sorted,
    stats,
    byId,
    documentById: (id, context) => byId.documents.require(id, context),
    chapterById: (id, context) => byId.chapters.require(id, context),
    themeById: (id, context) => byId.themes.require(id, context),
    indicatorById: (id, context) => byId.indicators.require(id, context),
    chartById: (id, context) => byId.charts.require(id, context),
    findingById: (id, context) => byId.findings.require(id, context),
    eventById: (id, context) => byId.events.require(id, context),
    termById: (id, context) => byId.glossary.require(id, context),
    dossierById: (id, context) => byId.dossiers.require(id, context),
  };
}

/** The whole library, loaded and checked once per build. */
export function getLibrary(): Promise<Library> {
  cached ??= loadLibrary();
  return cached;
}

/** The chapter's slug inside its document: "sociale-visie-2040/voorwoord" → "voorwoord". */
export function chapterSlug(chapter: ChapterEntry): string {
  return chapter.id.slice(chapter.id.lastIndexOf('/') + 1);
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

/** A section of a numbered chapter ("3.1"): indented under its chapter in the chapter lists. */
export function isSubChapter(chapter: ChapterEntry): boolean {
  return Boolean(chapter.data.number?.includes('.'));
}

export function chapterLabel(chapter: ChapterEntry): string {
  return chapter.data.number ? `${chapter.data.number} ${chapter.data.title}` : chapter.data.title;
}

export function documentLabel(doc: DocumentEntry): string {
  return doc.data.shortTitle ?? doc.data.title;
}

/** The words, reading time and term counts of a document's or chapter's own text. */
export function statsOf(lib: Library, entry: TextEntry): ReadingStats {
  const stats = lib.stats.get(statsKey(entry));
  if (!stats) throw new Error(`${statsKey(entry)}: geen woordentelling in de bibliotheek`);
  return stats;
}

/** Reading time of a chapter (or of a document's own text). */
export function minutesToRead(lib: Library, entry: TextEntry): number {
  return statsOf(lib, entry).minutes;
}

/** Reading time of a document: its own text plus its chapters. */
export function documentMinutes(lib: Library, doc: DocumentEntry): number {
  const words = [doc, ...chaptersOf(lib, doc.id)].reduce((sum, e) => sum + statsOf(lib, e).words, 0);
  return readingMinutes(words);
}
