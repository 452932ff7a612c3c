/**
 * The built site behind a real nginx with the repository's server block: every page loads
 * with the security headers and without a single Content-Security-Policy violation, the
 * build's pre-compressed files are sent as they are, and unknown paths get the site's own 404
 * page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startNginx } from '../support/nginx';
import { builtPages, DIST } from '../support/site';
import { SECURITY_HEADERS } from '../../deploy/security-headers.mjs';

let server: Awaited<ReturnType<typeof startNginx>>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startNginx(DIST, join(process.cwd(), 'tests/.tmp/nginx'));
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('served by nginx with deploy/nginx.conf', () => {
  it.each(builtPages())('%s loads with the security headers and no CSP violation', async (path) => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (/Content.Security.Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
    });
    try {
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const response = await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers[name.toLowerCase()], name).toBe(value);
      expect(headers['content-security-policy']).not.toContain('unsafe-inline');
      await page.waitForTimeout(50);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('sends the headers on assets too', async () => {
    const css = (await fetch(server.url).then((r) => r.text())).match(/href="(\/_astro\/[^"]+\.css)"/)![1]!;
    const response = await fetch(new URL(css, server.url));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('sends the pre-compressed .gz as it is (gzip_static), with Vary: Accept-Encoding', async () => {
    const raw = await new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (ok, fail) => {
        const req = request(new URL('documenten/', server.url), { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', fail);
        req.end();
      },
    );
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers.vary).toMatch(/Accept-Encoding/i);
    // The same bytes as the build's file, so nginx did not compress it again at its own level.
    expect(raw.body.equals(readFileSync(join(DIST, 'documenten/index.html.gz')))).toBe(true);
  });

  it('answers unknown paths with the site’s 404 page and status 404', async () => {
    const page = await context.newPage();
    const response = await page.goto(new URL('bestaat/niet/', server.url).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    expect(response!.headers()['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    await page.close();
  });

  it('reports a CSP violation when a page breaks the policy (the check itself works)', async () => {
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (msg) => messages.push(msg.text()));
    await page.goto(server.url);
    await page.evaluate(() => {
      const s = document.createElement('style');
      s.textContent = 'body { color: red }';
      document.head.append(s);
    });
    await page.waitForTimeout(100);
    expect(messages.some((m) => /Content Security Policy/i.test(m))).toBe(true);
    await page.close();
  });
});
