/**
 * Derived pages rank below the documents they draw on.
 *
 * A layer page (a finding, the glossary, the timeline, a dossier) marks its main landmark
 * with data-pagefind-weight (see src/layouts/Base.astro), which Pagefind applies to its body
 * text. Pagefind gives headings their own weight (h1 7 down to h6 2) regardless of a
 * parent's weight, so a finding titled “Toegang” would still outrank the quick scan's
 * section “Toegang”. This step scales the headings inside such a landmark by the same
 * factor, so the whole page counts for less and the source comes first. Headings that set
 * their own weight keep it.
 */

/** Pagefind's default weights for headings. */
export const HEADING_WEIGHTS: Readonly<Record<number, number>> = { 1: 7, 2: 6, 3: 5, 4: 4, 5: 3, 6: 2 };

const WEIGHTED_MAIN = /<main\b[^>]*\bdata-pagefind-weight="([\d.]+)"[^>]*>/i;
const HEADING = /<h([1-6])\b([^>]*)>/gi;

/** Scales the headings inside a weighted main landmark; other pages are returned unchanged. */
export function weightHeadings(html: string): string {
  const main = WEIGHTED_MAIN.exec(html);
  if (!main) return html;
  const factor = Number(main[1]);
  if (!Number.isFinite(factor) || factor === 1) return html;
  const start = main.index + main[0].length;
  const end = html.indexOf('</main>', start);
  const inner = html.slice(start, end === -1 ? undefined : end);
  const weighted = inner.replace(HEADING, (tag, level: string, attrs: string) => {
    if (/\bdata-pagefind-weight=/i.test(attrs)) return tag;
    const weight = Math.round(HEADING_WEIGHTS[Number(level)]! * factor * 100) / 100;
    return `<h${level}${attrs} data-pagefind-weight="${weight}">`;
  });
  return html.slice(0, start) + weighted + (end === -1 ? '' : html.slice(end));
}
