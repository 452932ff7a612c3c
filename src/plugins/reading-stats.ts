/**
 * Remark plugin: counts the words of a page from its Markdown tree and puts the reading time
 * and the glossary terms' use counts into the frontmatter that Astro exposes as
 * `remarkPluginFrontmatter` (from `render(entry)`):
 *
 * - `words`: words in the text a reader reads: paragraphs, headings, list items, table cells,
 *   footnotes and the text inside MDX components; not JSX attributes, not expressions.
 * - `minutes`: reading time at 200 words a minute, at least 1 (src/lib/format.ts).
 * - `termCounts`: per glossary id, how often one of its forms occurs in that text.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { countWords, readingMinutes } from '../lib/format.ts';
import { formPattern, formsOf, type GlossaryForms } from '../lib/glossary-forms.ts';

export interface ReadingStats {
  words: number;
  minutes: number;
  termCounts: Record<string, number>;
}

/** Blocks whose text is read as one run; their text is joined with spaces between blocks. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/** The readable text of a Markdown tree, block by block. */
export function treeText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (
      node.type === 'mdxjsEsm' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'mdxTextExpression' ||
      node.type === 'yaml' ||
      node.type === 'html'
    )
      return SKIP;
    if (BLOCKS.has(node.type)) {
      parts.push(toString(node, { includeHtml: false }));
      return SKIP;
    }
    // Text written straight inside an MDX component, outside any paragraph.
    if (node.type === 'text') parts.push(node.value);
    return undefined;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

interface AstroVFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function readingStats(options: { terms: readonly GlossaryForms[] }) {
  const patterns = options.terms.map((t) => [t.id, formPattern(formsOf(t))] as const);
  return () =>
    (tree: Root, file: { data: AstroVFileData }): void => {
      const text = treeText(tree);
      const words = countWords(text);
      const termCounts: Record<string, number> = {};
      for (const [id, pattern] of patterns) {
        const n = text.match(pattern)?.length ?? 0;
        if (n) termCounts[id] = n;
      }
      const stats: ReadingStats = { words, minutes: readingMinutes(words), termCounts };
      file.data.astro ??= {};
      file.data.astro.frontmatter = { ...file.data.astro.frontmatter, ...stats };
    };
}
