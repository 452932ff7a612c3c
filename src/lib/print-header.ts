/**
 * The running header of a printed page (src/styles/print.css, @top-left): the site's name and
 * the page's title on one line. A margin box cannot clip its text (Chromium ignores overflow and
 * text-overflow there), so a long title wrapped to a second line, cut at a line end: a chart's
 * title states its finding and is up to 134 characters ("Tekort in het sociaal domein daalde
 * van € 22,6 mln in 2019/2020 naar € 12,4 mln in 2021/2023; het doel voor 2024 is € 0 mln").
 * A header over HEADER_MAX characters stops at its first clause (": ", "; ", ", ") after half the
 * line, the title's subject ("Budget voor het Uitvoeringsplan Duurzaam Sociaal Domein"), else at
 * the last word that fits, and ends in " …" (the Dutch omission mark). The full title is the
 * page's h1.
 */

/** Characters that fit on one line of the header: 8 pt across A4's 178 mm type area (116 did). */
export const HEADER_MAX = 116;

const ELLIPSIS = ' …';

export function runningHeader(siteName: string, title: string, max = HEADER_MAX): string {
  const full = title.includes(siteName) ? title : `${siteName} · ${title}`;
  if (full.length <= max) return full;
  const room = max - ELLIPSIS.length;
  const clauses = [...full.matchAll(/[:;,] /g)].map((m) => m.index).filter((i) => i >= max / 2 && i <= room);
  const word = full.lastIndexOf(' ', room);
  const cut = clauses[0] ?? (word > 0 ? word : room);
  return `${full.slice(0, cut).replace(/[\s·–-]+$/, '')}${ELLIPSIS}`;
}
