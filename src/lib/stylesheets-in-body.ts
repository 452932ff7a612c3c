/**
 * Every built page links its last stylesheet (its own kind's, src/integrations/css-chunks.ts, or
 * the site stylesheet where it has no other) once more at the start of <body>
 * (src/integrations/stylesheets-in-body.ts; bench/RESULTS.md, issue 11).
 *
 * Why. When the page's HTML has been parsed, Chromium fires DOMContentLoaded and reads the
 * page's form fields (form autofill, we infer: a page without a field has no such layout; the
 * header has a search field), which forces a layout.
 * Stylesheets linked from <head> do not hold up the parse, and when they had not arrived by
 * then (a busy phone, a slow connection), that layout was of the whole page without CSS: on the
 * timeline 2,260 layout objects, every item that near-screen.css leaves for later included,
 * then a second full layout with the CSS. Chromium waits for a stylesheet linked in <body>, and
 * for those still loading from <head>, before it parses further; so the parse ends with the CSS
 * applied.
 *
 * All links stay in <head> as well: only there do they hold back the first paint in every
 * browser (Firefox paints before a stylesheet linked in <body> has arrived). The repeated link
 * is the same file, fetched once: 1 byte of gzip in the HTML, where a stylesheet of its own
 * would have cost the quick scan some 170 bytes (it has 2 of its 25 KB left). A stylesheet
 * linked twice is matched twice; on a page with a stylesheet of its own the last is that one,
 * smaller than the site stylesheet, and even the site stylesheet repeated on the quick scan kept
 * its style calculation within noise (46 and 48 ms of CPU at 4x, median of 15 loads).
 */

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * The page with the last stylesheet link of its <head> repeated just after the <body> start tag;
 * a page without stylesheet links, or with the link repeated already, comes back unchanged.
 */
export function repeatPageStylesheet(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const links = html.slice(0, headEnd).match(STYLESHEET_LINK) ?? [];
  const last = links.at(-1);
  if (!last) return html;
  const rest = html.slice(headEnd);
  const body = /<body\b[^>]*>/.exec(rest);
  if (!body) {
    throw new Error('Pagina met stylesheets in <head> maar zonder <body>-begintag: kan de link niet herhalen.');
  }
  const at = body.index + body[0].length;
  if (rest.startsWith(last, at)) return html;
  return html.slice(0, headEnd) + rest.slice(0, at) + last + rest.slice(at);
}
