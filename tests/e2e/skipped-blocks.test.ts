/**
 * The overview pages lay out an entry, event, finding, step or card only when it comes near the
 * screen (content-visibility: auto; near-screen, src/styles/near-screen.css), which halves their first
 * layout (bench/RESULTS.md). A skipped block has an estimated height, set in the page's stylesheet. Where the estimate was smaller than
 * the block, axe's target-size check (which Lighthouse runs), asking for the place of a link in a
 * skipped block, found it overlapping the next block's links. So: every skipped block that holds
 * a link has an estimate of at least its real height, at every width from 320 px, and
 * target-size finds nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { dossierIds } from '../support/data';

const baseURL = inject('baseURL');
/** Where each page sets its estimates (--near-screen-size), for the message an editor gets after adding a long item. */
const STYLESHEET: Record<string, string> = {
  '/': 'src/styles/pages/home.css',
  '/documenten/': 'src/styles/overview.css',
  '/documenten/sociale-visie-2040/': 'src/components/ChapterList.css',
  '/inwoners/': 'src/styles/overview.css',
  '/route/': 'src/styles/pages/route.css',
  '/begrippen/': 'src/styles/pages/glossary.css',
  '/begrippen/thema/toegang/': 'src/styles/pages/glossary.css',
  '/tijdlijn/': 'src/styles/pages/timeline.css',
  '/bevindingen/': 'src/styles/pages/findings.css',
  ...Object.fromEntries(dossierIds().map((d) => [`/dossiers/${d}/`, 'src/styles/pages/dossier.css'])),
};
const PAGES = Object.keys(STYLESHEET);
const WIDTHS = [320, 360, 412, 768, 1280];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Without JavaScript, as a reader gets the page; axe needs it to run. */
async function open(path: string, width: number, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  const response = await page.goto(new URL(path.replace(/^\//, ''), baseURL).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('blocks skipped in the first layout', () => {
  it.each(PAGES.flatMap((path) => WIDTHS.map((width) => [path, width] as const)))(
    '%s at %i px: a skipped block with links is estimated at least as tall as it is',
    async (path, width) => {
      const page = await open(path, width);
      try {
        const blocks = await page.evaluate(() => {
          const skipped = [...document.querySelectorAll<HTMLElement>('main *')].filter(
            (e) => getComputedStyle(e).contentVisibility === 'auto' && e.querySelector('a[href], button'),
          );
          const estimates = skipped.map((e) =>
            parseFloat(getComputedStyle(e).containIntrinsicBlockSize.split(' ').at(-1)!),
          );
          for (const e of document.querySelectorAll<HTMLElement>('*')) e.style.contentVisibility = 'visible';
          // Laid out near the screen, a block keeps the containment of content-visibility: auto, so
          // the margins of its first and last child stay inside it (a section's heading: +48 px).
          for (const e of skipped) e.style.contain = 'layout paint style';
          return skipped.map((e, i) => ({
            id: e.id || e.querySelector('[id]')?.id || e.textContent!.trim().slice(0, 40),
            estimate: estimates[i]!,
            height: Math.ceil(e.getBoundingClientRect().height),
          }));
        });
        expect(blocks.length, 'blokken die de eerste layout overslaat').toBeGreaterThan(5);
        const short = blocks.filter((b) => !(b.estimate >= b.height));
        expect(
          short,
          `geschatte hoogte lager dan de echte: verhoog --near-screen-size in ${STYLESHEET[path]} (docs/content-guide.md)`,
        ).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );

  it.each(PAGES.flatMap((path) => [320, 360, 1280].map((width) => [path, width] as const)))(
    '%s at %i px: axe finds no touch target too close to another',
    async (path, width) => {
      const page = await open(path, width, true);
      try {
        const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
        expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );
});
