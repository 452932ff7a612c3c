/** One Chromium per test file: launched before the file's tests, closed after them. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

/** Registers the hooks; call the returned function inside a test to get the browser. */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('de browser is nog niet gestart (alleen binnen een test te gebruiken)');
    return browser;
  };
}
