/**
 * Where a quote stands in a document page: the numbered paragraph (`alinea-n`) whose text
 * contains it, or, where it is not in a numbered paragraph (a list item, a table cell, a
 * quote set apart, or a passage that runs over two paragraphs), the section (the nearest
 * heading before it) that contains it.
 *
 * Pure: it reads the HTML of a page's official text as the Markdown pipeline rendered it,
 * so the numbers are the ones the paragraph-anchors plugin gave, never a second count that
 * could disagree with it. src/lib/paragraph-pages.ts renders the pages and calls this.
 */

export const PARAGRAPH_PREFIX = 'alinea-';

/** Letters and digits only, lower case: quotes and pages compared as the completeness test does. */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Decodes the character references the Markdown pipeline writes (named ones from a short list, numeric ones all). */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return ENTITIES[code.toLowerCase()] ?? m;
  });
}

/**
 * A paragraph's citation (src/plugins/paragraph-citations.ts): `<small class="para-cite">`.
 * It is furniture and out of the search index without the attributes that say so elsewhere,
 * because it stands in every numbered paragraph and the attributes cost bytes there.
 */
export const PARA_CITE_CLASS = 'para-cite';

/** The opening tag of an element of furniture: marked `data-furniture`, or a paragraph's citation. */
const FURNITURE_OPEN = new RegExp(
  `<([a-z][a-z0-9]*)\\b[^>]*\\bdata-furniture\\b[^>]*>|<(small) class="${PARA_CITE_CLASS}">`,
  'i',
);

/**
 * Removes every element marked `data-furniture` (what the site adds to a document's text:
 * glossary definitions) and every paragraph citation, nested elements of the same tag included.
 */
export function stripFurniture(html: string): string {
  let out = html;
  for (let m = FURNITURE_OPEN.exec(out); m; m = FURNITURE_OPEN.exec(out)) {
    const tag = (m[1] ?? m[2] ?? '').toLowerCase();
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    re.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = re.exec(out); t; t = re.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = `${out.slice(0, m.index)} ${out.slice(end)}`;
  }
  return out;
}

/**
 * The text a reader sees in an HTML fragment: tags dropped, entities decoded; footnote
 * references (their digits are not part of the sentence) and the paragraph links dropped.
 */
export function visibleText(html: string): string {
  return decodeEntities(
    stripFurniture(html)
      .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<sup>\s*<a[^>]*data-footnote-ref[^>]*>[\s\S]*?<\/a>\s*<\/sup>/g, '')
      .replace(/<a[^>]*class="para-link"[^>]*>[\s\S]*?<\/a>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Paragraph {
  n: number;
  /** The paragraph's visible text, without its ¶ link. */
  text: string;
  /** The id of the nearest heading before it, if any, and that heading's text. */
  section?: string;
  sectionTitle?: string;
}

export interface Section {
  id: string;
  title: string;
  /** Everything from this heading up to the next one, as visible text. */
  text: string;
}

export interface PageText {
  paragraphs: Paragraph[];
  sections: Section[];
}

const HEADING = /<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/g;
const NUMBERED = /<p\b[^>]*\bid="alinea-(\d+)"[^>]*>([\s\S]*?)<\/p>/g;
const ID = /\bid="([^"]+)"/;

/**
 * The numbered paragraphs and the sections of a page's rendered official text. `start` is
 * the heading the page puts before the text (what comes before the text's first heading,
 * such as a letterhead, belongs to it).
 */
export function pageText(html: string, start?: { id: string; title: string }): PageText {
  const headings = [
    ...(start ? [{ at: -1, end: 0, ...start }] : []),
    ...[...html.matchAll(HEADING)].flatMap((m) => {
      const id = ID.exec(m[2] ?? '')?.[1];
      return id ? [{ at: m.index, end: m.index + m[0].length, id, title: visibleText(m[3] ?? '') }] : [];
    }),
  ];
  const sectionAt = (at: number) => headings.filter((h) => h.at < at).at(-1);
  const paragraphs = [...html.matchAll(NUMBERED)].map((m): Paragraph => {
    const h = sectionAt(m.index);
    return { n: Number(m[1]), text: visibleText(m[2] ?? ''), ...(h ? { section: h.id, sectionTitle: h.title } : {}) };
  });
  const sections = headings.map((h, i) => ({
    id: h.id,
    title: h.title,
    text: visibleText(html.slice(h.end, headings[i + 1]?.at ?? html.length)),
  }));
  return { paragraphs, sections };
}

export type QuotePlace =
  | { kind: 'paragraph'; anchor: string; n: number; section?: string; sectionTitle?: string }
  | { kind: 'section'; anchor: string; sectionTitle: string };

/**
 * Where the quote stands on this page: its paragraph if one numbered paragraph holds all
 * of it, else the one section that holds it, else undefined (not on this page).
 */
export function locateQuote(page: PageText, quote: string): QuotePlace | undefined {
  const needle = comparableText(quote);
  if (!needle) return undefined;
  const p = page.paragraphs.find((para) => comparableText(para.text).includes(needle));
  if (p) {
    return {
      kind: 'paragraph',
      anchor: `${PARAGRAPH_PREFIX}${p.n}`,
      n: p.n,
      ...(p.section ? { section: p.section } : {}),
      ...(p.sectionTitle ? { sectionTitle: p.sectionTitle } : {}),
    };
  }
  const s = page.sections.find((sec) => comparableText(sec.text).includes(needle));
  return s ? { kind: 'section', anchor: s.id, sectionTitle: s.title } : undefined;
}
