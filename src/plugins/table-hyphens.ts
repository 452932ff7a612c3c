/**
 * Rehype plugin: soft hyphens in the long words of a table's row labels (`<th>` in `<tbody>`),
 * so that on a phone "onderwijsachterstand" breaks as "onderwijs-/achterstand" instead of
 * anywhere (src/lib/hyphenate.ts says why not CSS `hyphens: auto`). The words and their order
 * stay as the source has them; a soft hyphen is invisible unless the line breaks there, and
 * search, citations and the completeness test read the text without it.
 *
 * Row labels are the only cells that wrap: figures never do (tables.css), and column headers
 * are short. Tables written in MDX as HTML are JSX nodes (mdxJsxFlowElement and
 * mdxJsxTextElement, named by `name`); Markdown tables are hast elements (`tagName`).
 */
import type { Nodes, Root } from 'hast';
import type {} from 'mdast-util-mdx-jsx';
import { softHyphens } from '../lib/hyphenate.ts';

function tagOf(node: Nodes): string | undefined {
  if (node.type === 'element') return node.tagName;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name ?? undefined;
  return undefined;
}

function walk(node: Nodes, inBody: boolean, inRowHeader: boolean): void {
  if (node.type === 'text') {
    if (inRowHeader) node.value = softHyphens(node.value);
    return;
  }
  if (!('children' in node)) return;
  const tag = tagOf(node);
  const body = inBody || tag === 'tbody';
  const rowHeader = inRowHeader || (body && tag === 'th');
  for (const child of node.children) walk(child as Nodes, body, rowHeader);
}

export function tableHyphens() {
  return (tree: Root): void => walk(tree, false, false);
}
