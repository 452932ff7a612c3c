/** The repository's content data, read directly (not through Astro) for checks in tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const CONTENT = join(process.cwd(), 'content');

export interface RawValue {
  place?: string;
  label?: string;
  period?: string;
  value: number | null;
  role?: string;
  qualifier?: string;
}

export interface RawIndicator {
  id: string;
  label: string;
  unit: string;
  decimals?: number;
  values: RawValue[];
  source: { document: string; chapter?: string; section?: string; quotes: string[] };
}

export interface RawChart {
  id: string;
  kind: string;
  indicators: string[];
}

export function indicators(): RawIndicator[] {
  return yaml.load(readFileSync(join(CONTENT, 'indicators/indicators.yaml'), 'utf8')) as RawIndicator[];
}

export function charts(): RawChart[] {
  return yaml.load(readFileSync(join(CONTENT, 'indicators/charts.yaml'), 'utf8')) as RawChart[];
}

/** Frontmatter of content/documents/<id>.mdx. */
export function documentFrontmatter(id: string): Record<string, unknown> {
  const text = readFileSync(join(CONTENT, 'documents', `${id}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return yaml.load(match![1]!) as Record<string, unknown>;
}

export function documentIds(): string[] {
  return readdirSync(join(CONTENT, 'documents'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
}

/**
 * A source text with line breaks joined, line-end hyphens removed (kept before a capital or digit, as in
 * "Gulpen-Wittem" and "2023-2026") and spaces collapsed.
 */
export function sourceText(file: string): string {
  return (
    readFileSync(join(CONTENT, 'sources', file), 'utf8')
      .replace(/(\p{Ll})-[ \t]*\r?\n\s*(?=\p{Ll})/gu, '$1')
      // A hyphen that ends a line before a capital or a digit belongs to a name or a range ("Gulpen-\nWittem",
      // "2023-\n2026"): keep it, join.
      .replace(/([\p{L}\d])-[ \t]*\r?\n\s*(?=[\p{Lu}\d])/gu, '$1-')
      .replace(/\s+/g, ' ')
  );
}

export interface RawFinding {
  id: string;
  title: string;
  area: string;
  status: string;
  source: { document: string; section: string };
  finding2021: string[];
  assessment2024: string[];
  evidence?: string[];
  remaining?: string[];
  justification: string;
  judgement?: string;
  vision?: Array<{ chapter: string; section?: string }>;
  indicators?: string[];
}

export interface RawPassage {
  id: string;
  kind: string;
  source: { document: string; section?: string };
  quotes: string[];
}

export function findings(): RawFinding[] {
  return yaml.load(readFileSync(join(CONTENT, 'findings/findings.yaml'), 'utf8')) as RawFinding[];
}

export function passages(): RawPassage[] {
  return yaml.load(readFileSync(join(CONTENT, 'findings/passages.yaml'), 'utf8')) as RawPassage[];
}

export interface RawTerm {
  id: string;
  term: string;
  abbreviations?: string[];
  variants?: string[];
  definition: string;
  fromSource?: { document: string; chapter?: string; section?: string; quote: string };
  link?: boolean;
}

export function glossary(): RawTerm[] {
  return yaml.load(readFileSync(join(CONTENT, 'glossary/glossary.yaml'), 'utf8')) as RawTerm[];
}

export interface RawEvent {
  id: string;
  title: string;
  date: string;
  until?: string;
  kind: string;
  planned?: boolean;
  source: { document: string; chapter?: string; section?: string; quote: string };
  note?: string;
}

export function events(): RawEvent[] {
  return yaml.load(readFileSync(join(CONTENT, 'events/events.yaml'), 'utf8')) as RawEvent[];
}

/**
 * Where a quote stands in its source text as a whole sentence or list item: it begins a sentence
 * (a capital, a digit or a quotation mark, or right after a sentence end) and ends one (with its
 * punctuation, or where the next line starts anew: a list item, a footnote, a numbered heading such
 * as "3.2 Gelijke kansen"). Undefined when the quote does not stand in the text at all.
 */
export function sentenceBounds(
  text: string,
  quote: string,
): { starts: boolean; ends: boolean; before: string; after: string } | undefined {
  const at = text.indexOf(quote);
  if (at < 0) return undefined;
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + quote.length).trimStart();
  const starts = /^[\p{Lu}\d‘“'"(]/u.test(quote) || before === '' || /[.!?:;]$/.test(before);
  const ends = /[.!?:;”’)]$/.test(quote) || after === '' || /^([\p{Lu}“‘•]|\d+(\.\d+)*\.?\s+\p{Lu})/u.test(after);
  return { starts, ends, before, after };
}

/** The ids of the atelier dossiers (content/dossiers/dossiers.yaml), one page each under /dossiers/. */
export function dossierIds(): string[] {
  return (yaml.load(readFileSync(join(CONTENT, 'dossiers/dossiers.yaml'), 'utf8')) as Array<{ id: string }>).map(
    (d) => d.id,
  );
}
