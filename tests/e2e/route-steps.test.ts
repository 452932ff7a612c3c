/**
 * The onboarding route as a step-by-step: a page reached as step n of the route says
 * "Leesroute, stap n van N" and links to the previous and next step, without JavaScript, and
 * stays out of the search index (it repeats no content; search lands on the real page).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { readBuilt } from '../support/site';

const baseURL = inject('baseURL');
const steps = yaml.load(readFileSync(join(process.cwd(), 'content/route/route.yaml'), 'utf8')) as Array<{
  id: string;
  title: string;
}>;
const N = steps.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('route step pages', () => {
  it('step 2, reached from /route/, says "stap 2 van N" with the previous and next step', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(new URL('route/', baseURL).href);
      await page.locator('.route__step').nth(1).locator('.route__title a').click();
      await page.waitForURL(/\/route\/stap-2\/$/);
      expect(await page.locator('.route-step__kicker').innerText()).toBe(`Leesroute, stap 2 van ${N}`);
      const prev = page.locator('a[rel="prev"]');
      const next = page.locator('a[rel="next"]');
      expect(await prev.getAttribute('href')).toBe('/route/stap-1/');
      expect(await next.getAttribute('href')).toBe('/route/stap-3/');
      expect(await next.innerText()).toContain(`stap (3 van ${N})`);
      // The step leads on to the real page.
      const go = page.locator('.route-step__go');
      expect(await go.getAttribute('href')).toMatch(/^\/documenten\//);
      await go.click();
      expect(page.url()).toContain('/documenten/');
    } finally {
      await context.close();
    }
  });

  it('every step page exists, the first has no previous and the last no next step', () => {
    for (let n = 1; n <= N; n++) {
      const html = readBuilt(`/route/stap-${n}/`);
      expect(html).toContain(`Leesroute, stap ${n} van ${N}`);
      expect(html.includes('rel="prev"'), `stap ${n} vorige`).toBe(n > 1);
      expect(html.includes('rel="next"'), `stap ${n} volgende`).toBe(n < N);
      expect(html, `stap ${n} in de zoekindex`).not.toContain('data-pagefind-body');
    }
  });
});
