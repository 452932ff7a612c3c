/**
 * What a paragraph citation needs to know about the page a Markdown file becomes, for the
 * Markdown plugins (which run outside Astro's content layer): the document's title, kind,
 * date and issuer, the chapter, and the page's permanent address. Read from the frontmatter
 * of content/documents/*.mdx and content/chapters/<doc>/*.mdx; the content layer validates
 * the same files with the full schema, so this reads only what it needs.
 *
 * Plain imports with extensions: Node loads this directly (type stripping), without Vite.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { parsePartialDate } from '../schemas/date.ts';
import { DOCUMENT_KIND_LABELS } from './labels.ts';
import type { DocumentKind } from '../schemas/vocabulary.ts';
import type { CitationSource } from './citation.ts';

export interface CitationPage {
  /** Everything but section, paragraph and address. */
  source: Omit<CitationSource, 'section' | 'paragraph' | 'url'>;
  /**
   * The page's permanent address (ending in "/"): absolute with a configured site URL, else
   * its path on the site (with the base path), which still says where the paragraph is.
   */
  url: string;
}

type Frontmatter = Record<string, unknown>;

function frontmatter(file: string): Frontmatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  const data = m ? yaml.load(m[1] ?? '', { filename: file }) : undefined;
  return data && typeof data === 'object' ? (data as Frontmatter) : {};
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * One entry per Markdown file (by absolute path) of the documents and chapters. `site` and
 * `base` as in astro.config.mjs; without `site` the addresses are paths on the site.
 */
export function loadCitationPages(
  contentDir: string,
  site: string | undefined,
  base: string,
): Map<string, CitationPage> {
  const pages = new Map<string, CitationPage>();
  const prefix = base.replace(/\/$/, '');
  const address = (path: string) => (site ? decodeURI(new URL(`${prefix}${path}`, site).href) : `${prefix}${path}`);
  const docDir = join(contentDir, 'documents');
  if (!existsSync(docDir)) return pages;
  const docs = new Map<string, { fm: Frontmatter; id: string }>();
  for (const name of readdirSync(docDir).filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))) {
    const fm = frontmatter(join(docDir, name));
    const id = str(fm.slug) ?? basename(name).replace(/\.mdx?$/, '');
    docs.set(basename(name).replace(/\.mdx?$/, ''), { fm, id });
    docs.set(id, { fm, id });
  }
  const sourceOf = (fm: Frontmatter, key: string): CitationPage['source'] | undefined => {
    const title = str(fm.title);
    const kind = DOCUMENT_KIND_LABELS[fm.kind as DocumentKind];
    const date = typeof fm.date === 'string' ? parsePartialDate(fm.date) : undefined;
    if (!title || !kind || !date || typeof date === 'string') return undefined; // the content layer reports it
    const issuer = str(fm.issuer);
    return { key, title, kind, date, ...(issuer ? { issuer } : {}) };
  };
  for (const name of readdirSync(docDir).filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))) {
    const doc = docs.get(basename(name).replace(/\.mdx?$/, ''));
    const source = doc && sourceOf(doc.fm, doc.id);
    if (!doc || !source) continue;
    const url = address(`/documenten/${doc.id}/`);
    pages.set(resolve(docDir, name), { source, url });
  }
  const chapterRoot = join(contentDir, 'chapters');
  if (!existsSync(chapterRoot)) return pages;
  for (const dir of readdirSync(chapterRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(chapterRoot, dir.name)).filter(
      (n) => n.endsWith('.mdx') || n.endsWith('.md'),
    )) {
      const file = join(chapterRoot, dir.name, name);
      const fm = frontmatter(file);
      const doc = docs.get(str(fm.document) ?? '');
      const slug = name.replace(/\.mdx?$/, '');
      const source = doc && sourceOf(doc.fm, `${doc.id}-${slug}`);
      const title = str(fm.title);
      if (!doc || !source || !title) continue;
      const number = str(fm.number);
      const url = address(`/documenten/${doc.id}/${slug}/`);
      pages.set(resolve(file), {
        source: { ...source, chapter: number ? `${number} ${title}` : title },
        url,
      });
    }
  }
  return pages;
}
