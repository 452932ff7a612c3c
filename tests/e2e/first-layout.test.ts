/**
 * No layout of a page's content before its stylesheets apply (src/lib/stylesheets-in-body.ts,
 * issue 11). With the links only in <head>, the parse could end before the CSS had arrived; form
 * autofill then forced a layout at DOMContentLoaded (the header has a search field), and that
 * layout was of the whole page without CSS: on /tijdlijn/ 2,260 objects, on a busy machine at 4x
 * slowdown the longest layout of the load. With the page's last stylesheet linked once more at the
 * start of <body>, Chromium waits for the CSS before it parses the content. Here the stylesheets
 * arrive half a second late, as on a slow connection, so that without that link the parse would
 * always end first; read from a performance trace.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserPerFile } from '../support/browser-per-file';
import { traceLoad } from '../support/trace';

const baseURL = inject('baseURL');
const browser = browserPerFile();

/**
 * The boxes of the document itself (the view, <html>, <body>): what a layout may hold before the
 * CSS has been parsed, when the parser has not yet passed the stylesheet links.
 */
const ROOT_OBJECTS = 4;

/** How late every stylesheet arrives. */
const CSS_DELAY_MS = 500;

describe.each(['/tijdlijn/', '/bevindingen/', '/dossiers/financien/', '/cijfers/', '/documenten/quickscan-vng-2024/'])(
  '%s with slow stylesheets',
  (path) => {
    it('lays out none of its content before its stylesheets are parsed', async () => {
      const context = await browser().newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      try {
        await page.route(/\.css$/, async (route) => {
          await new Promise((ok) => setTimeout(ok, CSS_DELAY_MS));
          await route.continue();
        });
        const url = new URL(path.replace(/^\//, ''), baseURL).href;
        const events = await traceLoad(context, page, url);

        const frame = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url)?.args?.beginData
          ?.frame;
        expect(frame, 'de pagina in de trace').toBeTruthy();
        const sheets = events.filter(
          (e) => e.name === 'ParseAuthorStyleSheet' && e.args?.data?.styleSheetUrl?.endsWith('.css'),
        );
        expect(sheets.length, 'stylesheets ingelezen').toBeGreaterThan(0);
        const cssReady = Math.max(...sheets.map((e) => e.ts));
        const early = events
          .filter((e) => e.name === 'Layout' && e.ph === 'X' && e.args?.beginData?.frame === frame && e.ts < cssReady)
          .map((e) => e.args!.beginData!.totalObjects ?? 0);
        expect(
          early.filter((n) => n > ROOT_OBJECTS),
          'layouts vóór de CSS (objecten per layout)',
        ).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
