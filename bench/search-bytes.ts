/**
 * The bytes one search transfers on a built site: the first query (Pagefind's script,
 * WebAssembly, metadata, index chunks and result fragments) and a second, different query
 * (only the chunks and fragments it adds). Measured in Chromium from the responses the page
 * receives (body and headers, as the test server sends them: Pagefind's index files are
 * compressed already).
 */
import { chromium, type Request } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.ts';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function searchBytes(
  dist: string,
  queries: [string, string] = ['zorg', 'bestaanszekerheid'],
): Promise<{ first: number; next: number; firstRequests: number; nextRequests: number }> {
  const { url, server } = await startStaticServer(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(new URL('404.html', url).href);
    let pending: Array<Promise<number>> = [];
    const onFinished = (req: Request) => {
      pending.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    };
    page.on('requestfinished', onFinished);
    const settle = async () => {
      // Let late fragment responses arrive, then sum what came in since the last call.
      await page.waitForTimeout(200);
      const done = await Promise.all(pending);
      pending = [];
      return { bytes: done.reduce((a, b) => a + b, 0), requests: done.length };
    };
    await settle();
    const run = (q: string) =>
      page.evaluate(`(async () => {
        const pf = window.__pf ?? (window.__pf = await import('${new URL('pagefind/pagefind.js', url).pathname}'));
        const r = await pf.search(${JSON.stringify(q)});
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        return r.results.length;
      })()`);
    await run(queries[0]);
    const first = await settle();
    await run(queries[1]);
    const next = await settle();
    return { first: first.bytes, next: next.bytes, firstRequests: first.requests, nextRequests: next.requests };
  } finally {
    await browser.close();
    server.close();
  }
}
