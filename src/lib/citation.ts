/**
 * Citations of a document page, a chapter page or one paragraph: plain Dutch text for
 * pasting, BibTeX and CSL-JSON for reference managers. Plain data in, strings out, so the
 * page component, the download files and the unit tests share one definition.
 */
import type { PartialDate } from '../schemas/date';
import { formatDate } from './format.ts';

export interface CitationSource {
  /** The document's full title. */
  title: string;
  /** The kind as the site names it ("Quick scan", "Raadsvoorstel"). */
  kind: string;
  date: PartialDate;
  /** Who issued it; absent where the source names no one. */
  issuer?: string;
  /** Reference numbers as printed ("Raadsvoorstel 65-2021"). */
  references?: readonly string[];
  /** The chapter, for a chapter page ("3 Waar willen we naartoe"). */
  chapter?: string;
  /** The section (nearest heading) and paragraph number, for a paragraph citation. */
  section?: string;
  paragraph?: number;
  /** Absolute address of the page or paragraph; absent when the site URL is not configured. */
  url?: string;
  /** A stable key for BibTeX and CSL ("quickscan-vng-2024", "sociale-visie-2040/voorwoord"). */
  key: string;
}

/** "Platform Sociaal Domein Regio Zuid en VNG, Quick scan update … (quick scan, 30 april 2024), hoofdstuk …, alinea 3. https://…" */
export function citationText(s: CitationSource): string {
  const parts = [
    `${s.issuer ? `${s.issuer}, ` : ''}${s.title} (${s.kind.toLowerCase()}, ${formatDate(s.date)})`,
    ...(s.references ?? []),
    ...(s.chapter ? [`hoofdstuk ${s.chapter}`] : []),
    ...(s.section ? [`paragraaf ‘${s.section}’`] : []),
    ...(s.paragraph !== undefined ? [`alinea ${s.paragraph}`] : []),
  ];
  const text = parts.join(', ');
  // A chapter title that ends in its own question mark ("Waar staan we nu?") takes no full stop after it.
  return `${text}${/[.?!]$/.test(text) ? '' : '.'}${s.url ? ` ${s.url}` : ''}`;
}

/** BibTeX needs braces, backslashes and the TeX specials escaped; Unicode is fine for biber. */
function bibValue(value: string): string {
  return value.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/([&%$#_])/g, '\\$1');
}

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

export function bibtexKey(key: string): string {
  return key.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A `@report` entry (biblatex; BibTeX reads the fields it knows). */
export function citationBibtex(s: CitationSource): string {
  const fields: Array<[string, string]> = [
    ['title', `{${bibValue(s.title)}}`],
    ...(s.issuer
      ? ([
          ['author', `{${bibValue(s.issuer)}}`],
          ['institution', `{${bibValue(s.issuer)}}`],
        ] as Array<[string, string]>)
      : []),
    ['type', `{${bibValue(s.kind)}}`],
    ['year', `{${s.date.year}}`],
    ...(s.date.month !== undefined ? ([['month', BIB_MONTHS[s.date.month - 1] ?? '']] as Array<[string, string]>) : []),
    ...(s.date.precision === 'day' || s.date.precision === 'month'
      ? ([['date', `{${s.date.iso}}`]] as Array<[string, string]>)
      : []),
    ...(s.references?.length
      ? ([['number', `{${bibValue(s.references.join('; '))}}`]] as Array<[string, string]>)
      : []),
    ...(s.chapter ? ([['chapter', `{${bibValue(s.chapter)}}`]] as Array<[string, string]>) : []),
    ...(s.url ? ([['url', `{${s.url}}`]] as Array<[string, string]>) : []),
    ['langid', '{dutch}'],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@report{${bibtexKey(s.key)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join(',\n')}\n}\n`;
}

export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  genre: string;
  language: 'nl';
  issued: { 'date-parts': number[][] };
  author?: Array<{ literal: string }>;
  publisher?: string;
  number?: string;
  section?: string;
  URL?: string;
}

/** One CSL-JSON item (what Zotero, Mendeley and pandoc import). */
export function citationCsl(s: CitationSource): CslItem {
  const dateParts = [
    s.date.year,
    ...(s.date.month !== undefined ? [s.date.month] : []),
    ...(s.date.day !== undefined && s.date.precision === 'day' ? [s.date.day] : []),
  ];
  return {
    id: s.key,
    type: 'report',
    title: s.title,
    genre: s.kind,
    language: 'nl',
    issued: { 'date-parts': [dateParts] },
    ...(s.issuer ? { author: [{ literal: s.issuer }], publisher: s.issuer } : {}),
    ...(s.references?.length ? { number: s.references.join('; ') } : {}),
    ...(s.chapter ? { section: s.chapter } : {}),
    ...(s.url ? { URL: s.url } : {}),
  };
}

/** The CSL-JSON file: an array of items, as reference managers expect. */
export function citationCslJson(s: CitationSource): string {
  return `${JSON.stringify([citationCsl(s)], null, 2)}\n`;
}
