/**
 * The bytes one search transfers on a built site: the first query (Pagefind's script,
 * WebAssembly, metadata, index chunks and result fragments) and a second, different query
 * (only the chunks and fragments it adds). Measured in Chromium from resource timings.
 */
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.ts';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function searchBytes(dist: string, queries: [string, string] = ['zorg', 'bestaanszekerheid']): Promise<{ first: number; next: number }> {
  const { url, server } = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const bytes = () =>
      page.evaluate(() => performance.getEntriesByType('resource').reduce((s, e) => s + (e as PerformanceResourceTiming).encodedBodySize, 0));
    const before = await bytes();
    const run = (q: string) =>
      page.evaluate(`(async () => {
        const pf = window.__pf ?? (window.__pf = await import('${new URL('pagefind/pagefind.js', url).pathname}'));
        const r = await pf.search(${JSON.stringify(q)});
        await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        return r.results.length;
      })()`);
    await run(queries[0]);
    const afterFirst = await bytes();
    await run(queries[1]);
    const afterNext = await bytes();
    return { first: afterFirst - before, next: afterNext - afterFirst };
  } finally {
    await browser.close();
    server.close();
  }
}
