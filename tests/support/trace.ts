/**
 * A page load recorded as a Chromium performance trace (CDP Tracing, the DevTools timeline
 * categories), for the first-layout benchmark (bench/layout.ts) and tests/e2e/first-layout.test.ts.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: {
    beginData?: { frame?: string; url?: string; totalObjects?: number };
    data?: Record<string, unknown> & { styleSheetUrl?: string };
  };
}

/**
 * Loads url in page (until its load event, then `settleMs` more) and returns the trace's events.
 * `cpuSlowdown` throttles the page's CPU as Lighthouse's mobile profile does (4).
 */
export async function traceLoad(
  context: BrowserContext,
  page: Page,
  url: string,
  {
    cpuSlowdown,
    settleMs = 0,
    categories = [],
  }: { cpuSlowdown?: number; settleMs?: number; categories?: string[] } = {},
): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', ...categories],
    },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  if (settleMs) await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end');
  await done;
  return events;
}
