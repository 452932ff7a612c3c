import { launchBrowser } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
const [dist, ...paths] = process.argv.slice(2);
const { url, server } = await startStaticServer(dist!);
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
const page = await context.newPage();
for (const path of paths) {
  await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'load' });
  const r = await page.evaluate(`(() => {
    const m = new Map();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = w.nextNode())) {
      if (!n.textContent.trim()) continue;
      const el = n.parentElement; if (!el.checkVisibility({contentVisibilityAuto: true})) continue;
      const rect = el.getBoundingClientRect(); 
      const cs = getComputedStyle(el);
      const k = cs.fontSize + ' ' + cs.fontWeight + ' ' + cs.fontStyle + ' ' + cs.fontFamily.slice(0,12);
      if (!m.has(k)) m.set(k, el.tagName.toLowerCase() + '.' + el.className + ' "' + n.textContent.trim().slice(0,30) + '"');
    }
    return [...m].map(([k,v]) => k + '  <- ' + v);
  })()`);
  console.log(path); for (const l of r as string[]) console.log('  ', l);
}
await browser.close(); server.close();
