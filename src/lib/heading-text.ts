/**
 * The text of a heading in an MDX body, found by its anchor ("5-financiën" → "5. Financiën"),
 * so a link can name the section it lands on as the document writes it.
 */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

export function headingText(body: string | undefined, anchor: string): string | undefined {
  for (const line of (body ?? '').split('\n')) {
    const m = /^#{1,6}\s+(.+?)\s*$/.exec(line);
    if (m && slugOf(m[1]!) === anchor) return m[1]!.replace(/\.$/, '');
  }
  return undefined;
}
