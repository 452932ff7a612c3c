// Syntax check for MDX content files: compiles each file given on the command line
// (or every .mdx under content/) with the same compiler Astro's unified processor uses
// (@mdx-js/mdx with GFM), and names the file and position of the first error.
// Usage: npm run check:mdx [-- file.mdx ...]
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.mdx') ? [p] : [];
  });
}
const files = process.argv.slice(2).length ? process.argv.slice(2) : walk('content');
let failed = 0;
for (const file of files) {
  try {
    // The frontmatter is YAML, not MDX: blank it out, keeping the line numbers of the body.
    const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ''));
    await compile({ value: source, path: file }, { remarkPlugins: [remarkGfm] });
    console.log(`ok   ${file}`);
  } catch (err) {
    failed++;
    console.error(`FOUT ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exit(failed ? 1 : 0);
