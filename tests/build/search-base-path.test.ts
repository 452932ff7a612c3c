/**
 * A site published under a sub-path (BASE_PATH) searches too: the fixture content is built
 * with BASE_PATH=/sd/ (which indexes it too), served under /sd/ and searched in Chromium. Result links must
 * carry the base path exactly once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runLocked } from '../support/astro-build';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startStaticServer } from '../support/static-server';

const ROOT = process.cwd();
const TMP = join(ROOT, 'tests/.tmp/search-base-path');
let browser: Browser | undefined;
let server: Server | undefined;

afterAll(async () => {
  await browser?.close();
  server?.close();
});

function run(args: string[], env: Record<string, string>) {
  // Vitest puts Vite's BASE_URL=/ into the environment, which would override the build's base.
  const { BASE_URL: _ignored, ...inherited } = process.env;
  const r = runLocked(args, {
    cwd: ROOT,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(r.status, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
}

describe('search under a base path', () => {
  it('links results to /sd/… once', async () => {
    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(TMP, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/content'), join(TMP, 'content'), { recursive: true });
    const chapter = join(TMP, 'content/chapters/doc-a/hoofdstuk-1.mdx');
    writeFileSync(
      chapter,
      readFileSync(chapter, 'utf8').replace('Tekst van hoofdstuk 1.', 'Het gebruik van wijkverpleging stijgt.'),
    );
    const env = {
      BASE_PATH: '/sd/',
      CONTENT_DIR: join(TMP, 'content'),
      OUT_DIR: join(TMP, 'dist'),
      CACHE_DIR: join(TMP, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    // astro build alone writes the index too (src/integrations/search-index.ts).
    run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], env);

    const started = await startStaticServer(join(TMP, 'dist'), '/sd/');
    server = started.server;
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${started.url}zoeken/?q=verpleging`);
    await page.waitForFunction(() => /resulta/.test(document.getElementById('zoekstatus')?.textContent ?? ''));
    const hrefs = await page
      .locator('.search-result__title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // To the paragraph, with the words marked on arrival (a URL text fragment, the words before them as its prefix).
    expect(hrefs).toEqual([
      '/sd/documenten/doc-a/hoofdstuk-1/#alinea-1:~:text=Het%20gebruik%20van-,wijkverpleging%20stijgt',
    ]);
  });
});
