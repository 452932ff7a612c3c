/**
 * One Chromium for a browser test file of the reading layout, with a desktop (1280 x 900) and a
 * phone (360 x 740) context, both without JavaScript: the reading pages ship none. The bindings are
 * live: a test reads them after useReadingBrowser's beforeAll has filled them.
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';

const baseURL = inject('baseURL');

export let browser: Browser;
export let desktop: BrowserContext;
export let phone: BrowserContext;

export function useReadingBrowser(): void {
  beforeAll(async () => {
    browser = await launchBrowser();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    phone = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/**
 * Opens a page and checks it loads with 200. `layOutAll`: lays out the blocks that long pages skip
 * below the screen (content-visibility), for a test that measures them.
 */
export async function open(context: BrowserContext, path: string, { layOutAll = false } = {}): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(new URL(path.replace(/^\//, ''), baseURL).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  if (layOutAll)
    await page.evaluate(() => {
      for (const e of document.querySelectorAll<HTMLElement>('*')) e.style.contentVisibility = 'visible';
    });
  return page;
}
