/**
 * Screenshots of the built site for looking at it (not a test): npm run screenshots
 *
 * Serves dist/ on a loopback port and writes full-page PNGs of one page of each type at
 * 1280 and 360 px, light and dark, to tests/.tmp/shots/ (and a PDF per printable page type
 * with --print). Run `npm run build` first.
 *
 * Options: --pages=/a/,/b/ (paths), --widths=1280,360, --schemes=light,dark, --print,
 * --full=false (first screen only; by default the whole page in tiles of three screens).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const list = (key: string, fallback: string): string[] => (args.get(key) ?? fallback).split(',').filter(Boolean);

const DEFAULT_PAGES = [
  '/',
  '/documenten/',
  '/documenten/quickscan-vng-2024/',
  '/documenten/raadsvoorstel-65-2021/',
  '/documenten/sociale-visie-2040/',
  '/documenten/sociale-visie-2040/waar-staan-we-nu/',
  '/cijfers/',
  '/cijfers/arbeidsparticipatie/',
  '/inwoners/',
  '/bevindingen/',
  '/bevindingen/visie/',
  '/dossiers/financien/',
  '/begrippen/',
  '/tijdlijn/',
  '/route/',
  '/route/stap-2/',
  '/zoeken/?q=mantelzorg',
];
const pages = args.has('pages') ? list('pages', '') : DEFAULT_PAGES;
const widths = list('widths', '1280,360').map(Number);
const schemes = list('schemes', 'light,dark') as Array<'light' | 'dark'>;
const full = args.get('full') !== 'false';
const out = join(process.cwd(), 'tests/.tmp/shots');
mkdirSync(out, { recursive: true });

const name = (path: string) => path.replace(/[/?=&]+/g, '_').replace(/^_|_$/g, '') || 'home';
const { url, server } = await startStaticServer(join(process.cwd(), 'dist'));
const browser = await launchBrowser();
try {
  for (const path of pages) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 800 }, colorScheme });
        const page = await context.newPage();
        await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'load' });
        if (path.startsWith('/zoeken/')) await page.waitForTimeout(1500);
        const base = join(out, `${name(path)}-${width}-${colorScheme}`);
        if (!full) {
          await page.screenshot({ path: `${base}.png` });
          console.log(`${base}.png`);
        } else {
          // Tall pages in tiles of three screens, so each image stays readable when viewed.
          const scrollHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
          const tile = (width < 600 ? 740 : 800) * 3;
          // A viewport as tall as a tile, scrolled to it: sections with content-visibility: auto are
          // laid out and painted only near the viewport, so a full-page capture would show them blank.
          // They also stand at a placeholder height until then, so the page grows while it is
          // scrolled (the quick scan at 360 px: 14 004 px measured at the top, 25 928 px in full):
          // its height is measured again for every tile.
          await page.setViewportSize({ width, height: tile });
          for (let y = 0, i = 1; y < (await scrollHeight()); y += tile, i++) {
            const file = `${base}-${i}.png`;
            await page.evaluate((top) => window.scrollTo(0, top), y);
            await page.waitForTimeout(150);
            const height = await scrollHeight();
            const shift = await page.evaluate((top) => top - window.scrollY, y);
            await page.screenshot({
              path: file,
              clip: { x: 0, y: shift, width, height: Math.min(tile, height - y) },
            });
            console.log(file);
          }
        }
        await context.close();
      }
    }
    if (args.has('print')) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'load' });
      const file = join(out, `${name(path)}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: false }));
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
