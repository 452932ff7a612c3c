/**
 * Where a built page links its stylesheets: at the start of <body>, not in <head>
 * (src/integrations/stylesheets-in-body.ts; bench/RESULTS.md, issue 11).
 *
 * Why. A page whose HTML has been parsed fires DOMContentLoaded, and then Chromium's form
 * autofill reads the header's search field, which forces a layout. Linked from <head>, the
 * stylesheets often arrive after that moment (Chromium does not wait for them before it ends
 * the parse), so that layout was of the whole page without any of the site's CSS: on the
 * timeline 2,260 layout objects, every item that the stylesheet would have left for later
 * (near-screen.css) included; then, with the CSS, a second full layout. A stylesheet linked in
 * <body> makes Chromium wait for it before it parses further, so the parse ends with the CSS
 * applied and the forced layout is the page's real first layout. In <body> before any content,
 * nothing renders before the CSS either (HTML allows rel=stylesheet links in <body>).
 */

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * The page with every stylesheet link of its <head> moved, in order, to just after the <body>
 * start tag. A page without stylesheet links in its <head> comes back unchanged.
 */
export function stylesheetsToBody(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  const links = head.match(STYLESHEET_LINK) ?? [];
  if (links.length === 0) return html;
  const rest = html.slice(headEnd);
  const body = /<body\b[^>]*>/.exec(rest);
  if (!body)
    throw new Error('Pagina met stylesheets in <head> maar zonder <body>-begintag: kan de links niet verplaatsen.');
  const at = body.index + body[0].length;
  return head.replace(STYLESHEET_LINK, '') + rest.slice(0, at) + links.join('') + rest.slice(at);
}
