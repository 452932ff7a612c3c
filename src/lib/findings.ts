/** URLs and lookups for the findings layer (the quick-scan scorecard). */
import {
  chapterPath,
  chapterLabel,
  documentPath,
  documentLabel,
  withBase,
  type Library,
  type FindingEntry,
} from './content';
import { FINDING_AREAS, type FindingArea } from '../schemas/finding';
import { headingText } from './heading-text';
import { FINDING_AREA_LABELS } from './labels';

export function findingPath(id: string): string {
  return withBase(`/bevindingen/${id}/`);
}

export function areaPath(area: FindingArea): string {
  return withBase(`/bevindingen/onderdeel/${area}/`);
}

/** The dossiers (/dossiers/<id>/) that take up this finding: their `findings:` name it. */
export function dossiersWith(lib: Library, findingId: string): Link[] {
  return lib.dossiers
    .filter((d) => d.data.findings.some((f) => f.id === findingId))
    .map((d) => ({ href: withBase(`/dossiers/${d.id}/`), text: d.data.title }));
}

/** Areas that have at least one finding, in the letter's order. */
export function areasIn(findings: readonly FindingEntry[]): FindingArea[] {
  return FINDING_AREAS.filter((a) => findings.some((f) => f.data.area === a));
}

/**
 * An area as the letter names it, and, where that name is an abbreviation the glossary spells
 * out, the glossary's term: "MO/BW" and "maatschappelijke opvang en beschermd wonen". The letter
 * never writes MO/BW out; the glossary's term is the site's one spelling of it.
 */
export function areaName(lib: Library, area: FindingArea): { label: string; full?: string } {
  const label = FINDING_AREA_LABELS[area];
  const full = lib.glossary.find((t) => t.data.abbreviations.includes(label))?.data.term;
  return full ? { label, full } : { label };
}

/** The area's name written out for where a reader first meets it: "MO/BW (maatschappelijke opvang en beschermd wonen)". */
export function areaNameInFull(lib: Library, area: FindingArea): string {
  const { label, full } = areaName(lib, area);
  return full ? `${label} (${full})` : label;
}

export interface Link {
  href: string;
  text: string;
}

/** A link to a place in a document: the document (or chapter) page at a heading. */
export function sectionLink(lib: Library, documentId: string, section?: string): Link {
  const doc = lib.documentById(documentId);
  return { href: `${documentPath(doc.id)}${section ? `#${section}` : ''}`, text: documentLabel(doc) };
}

export function chapterLink(lib: Library, chapterId: string, section?: string): Link {
  const chapter = lib.chapterById(chapterId);
  return { href: `${chapterPath(chapter)}${section ? `#${section}` : ''}`, text: chapterLabel(chapter) };
}

/**
 * Where a quote stands, named with its document ("Sociale Visie 2040, Inleiding"), as every
 * "Lees in …" under a quote reads: a chapter's name alone is not enough on paper, where the
 * quick scan and the vision both have an "Inleiding".
 */
export function placeLink(
  lib: Library,
  s: { document: { id: string }; chapter?: { id: string }; section?: string },
): Link {
  if (!s.chapter) return sectionLink(lib, s.document.id, s.section);
  const link = chapterLink(lib, s.chapter.id, s.section);
  return { href: link.href, text: `${documentLabel(lib.documentById(s.document.id))}, ${link.text}` };
}

/**
 * A link's text with the heading it lands on (“Quick scan VNG 2024, onder ‘Financiën’”): links to
 * two sections of one page read alike otherwise, and a reader cannot tell them apart.
 */
export function underHeading(
  lib: Library,
  text: string,
  place: { document?: { id: string }; chapter?: { id: string }; section?: string },
): string {
  const body = place.chapter
    ? lib.chapterById(place.chapter.id).body
    : place.document && lib.documentById(place.document.id).body;
  const heading = place.section && headingText(body, place.section);
  return heading ? `${text}, onder ‘${heading}’` : text;
}

/** The source file of a document, for quotes that tests check against it. */
export function sourceFileOf(lib: Library, documentId: string): string {
  return lib.documentById(documentId).data.sourceFile;
}
