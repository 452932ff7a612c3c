/**
 * The site's remark/rehype pipeline (src/plugins/markdown.ts) on a Markdown or MDX string,
 * for fixture tests without a build. MDX goes through @mdx-js/mdx, as in Astro (so a
 * component alone on a line is a block, as on the site); the tree is printed as HTML right
 * after the site's plugins, with MDX components printed as tags with their name
 * (`<PullQuote source="…">…</PullQuote>`), so a fixture shows what the plugins did around and
 * inside them.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { markdownPlugins, remarkRehypeOptions, type PipelineOptions } from '../../src/plugins/markdown';

/** A copy of the tree with MDX components as plain tags (string attributes only). */
function mdxAsTags(tree: Root): Root {
  const copy = structuredClone(tree);
  visit(copy, (node, index, parent) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined)
      return;
    const properties: Properties = {};
    for (const a of node.attributes)
      if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') properties[a.name] = a.value;
    const el: Element = {
      type: 'element',
      tagName: node.name ?? 'fragment',
      properties,
      children: node.children as ElementContent[],
    };
    parent.children[index] = el;
  });
  return copy;
}

export interface RenderOptions {
  mdx?: boolean;
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
}

interface FixtureData {
  html?: string;
  astro?: { frontmatter?: Record<string, unknown> };
}

/** HTML and frontmatter (what Astro exposes as remarkPluginFrontmatter) of a fixture. */
export async function render(
  input: string,
  { mdx = false, remarkPlugins = [], rehypePlugins = [] }: RenderOptions = {},
) {
  const data: FixtureData = { astro: { frontmatter: {} } };
  const file = new VFile({
    value: input,
    path: mdx ? 'fixture.mdx' : 'fixture.md',
    data: data as Record<string, unknown>,
  });
  if (mdx) {
    const capture = () => (tree: Root, f: VFile) => {
      (f.data as FixtureData).html = toHtml(mdxAsTags(tree));
    };
    const processor = createProcessor({
      format: 'mdx',
      remarkPlugins: [remarkGfm, ...remarkPlugins],
      rehypePlugins: [...rehypePlugins, capture],
      remarkRehypeOptions: remarkRehypeOptions,
    });
    await processor.process(file);
  } else {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkPlugins)
      .use(remarkRehype, remarkRehypeOptions)
      .use(rehypePlugins)
      .use(rehypeStringify);
    data.html = String(await processor.process(file));
  }
  const out = file.data as FixtureData;
  return { html: out.html ?? '', frontmatter: out.astro?.frontmatter ?? {} };
}

/** The whole site pipeline, in its order, with these glossary terms. */
export async function renderSite(input: string, options: PipelineOptions & { mdx?: boolean }) {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(options);
  return render(input, { mdx: options.mdx, remarkPlugins, rehypePlugins });
}
