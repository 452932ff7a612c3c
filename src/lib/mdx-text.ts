/**
 * Plain text of an MDX body, for word counts and reading times: frontmatter, JSX tags,
 * expressions and Markdown markup removed.
 */
export function mdxToPlainText(body: string): string {
  return body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^\[\^[^\]]+\]:/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
