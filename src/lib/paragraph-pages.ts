/**
 * Quotes on the layer pages (findings, dossiers, timeline) link to the paragraph they come
 * from. This renders each document and chapter page's official text once per build (with
 * Astro's container API, so the paragraph numbers are those of the real pipeline) and
 * finds the quote in it (src/lib/paragraphs.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { render } from 'astro:content';
import { mdxComponents } from '../components/mdx';
import {
  chapterLabel,
  chapterPath,
  documentLabel,
  documentPath,
  getLibrary,
  type ChapterEntry,
  type DocumentEntry,
} from './content';
import { locateQuote, pageText, type PageText, type QuotePlace } from './paragraphs';

export interface SourcePage {
  href: string;
  label: string;
  doc: DocumentEntry;
  chapter?: ChapterEntry;
  text: PageText;
}

export interface QuoteLink {
  /** The page and anchor: `/documenten/<doc>/#alinea-5` or `…/#<section>`. */
  href: string;
  /** The page's name ("Quick scan VNG 2024", "3 Waar willen we naartoe"). */
  label: string;
  place: QuotePlace;
  page: SourcePage;
}

const OFFICIAL_TEXT = { id: 'officiele-tekst', title: 'Officiële tekst' };

let container: Promise<AstroContainer> | undefined;

async function createContainer(): Promise<AstroContainer> {
  const c = await AstroContainer.create();
  // MDX content compiles to JSX components, which need the MDX package's server renderer.
  c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  return c;
}
const pages = new Map<string, Promise<SourcePage[]>>();

async function renderPage(entry: DocumentEntry | ChapterEntry): Promise<PageText> {
  container ??= createContainer();
  const { Content } = await render(entry);
  const html = await (await container).renderToString(Content, { props: { components: mdxComponents } });
  // Document and chapter pages put the heading "Officiële tekst" (#officiele-tekst) before the text.
  return pageText(html, OFFICIAL_TEXT);
}

/** Every page whose official text comes from this source file, in reading order. */
export function sourcePages(sourceFile: string): Promise<SourcePage[]> {
  let found = pages.get(sourceFile);
  if (!found) {
    found = (async () => {
      const lib = await getLibrary();
      const result: SourcePage[] = [];
      for (const doc of lib.documents.filter((d) => d.data.sourceFile === sourceFile)) {
        if ((doc.body ?? '').trim())
          result.push({ href: documentPath(doc.id), label: documentLabel(doc), doc, text: await renderPage(doc) });
        for (const chapter of lib.chapters.filter((c) => c.data.document.id === doc.id)) {
          result.push({
            href: chapterPath(chapter),
            label: `${documentLabel(doc)}, ${chapterLabel(chapter)}`,
            doc,
            chapter,
            text: await renderPage(chapter),
          });
        }
      }
      return result;
    })();
    pages.set(sourceFile, found);
  }
  return found;
}

/**
 * Where a quote from this source file stands. `near` (a link the caller already has, e.g.
 * `/documenten/quickscan-vng-2024/#toegang`) is tried first, so a sentence that two pages
 * share resolves to the page the caller meant.
 */
export async function quoteLink(sourceFile: string, quote: string, near?: string): Promise<QuoteLink | undefined> {
  const all = await sourcePages(sourceFile);
  const nearPath = near?.split('#')[0];
  const ordered = [...all.filter((p) => p.href === nearPath), ...all.filter((p) => p.href !== nearPath)];
  for (const page of ordered) {
    const place = locateQuote(page.text, quote);
    if (place) return { href: `${page.href}#${place.anchor}`, label: page.label, place, page };
  }
  return undefined;
}
