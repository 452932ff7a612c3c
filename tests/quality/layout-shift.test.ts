/**
 * Sources of layout shift in the built files (deterministic, unlike Lighthouse's CLS): no web
 * fonts that swap in after the first paint, no embedded frames. Images and SVG carry their
 * dimensions (tests/quality/privacy-budgets.test.ts); scripts that move content are checked
 * in Chromium (tests/e2e/layout-shift.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, builtPages, DIST, readBuilt } from '../support/site';

describe('no late-arriving layout', () => {
  it('no stylesheet loads a web font', () => {
    const css = builtFiles().filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'));
    expect(css.length).toBeGreaterThan(0);
    for (const f of css) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/@font-face/i);
    expect(builtFiles().filter((f) => /\.(woff2?|ttf|otf)$/.test(f) && !f.startsWith('pagefind/'))).toEqual([]);
  });

  it.each(builtPages())('%s embeds no frame, video or object', (page) => {
    expect(readBuilt(page)).not.toMatch(/<(iframe|video|object|embed)\b/i);
  });
});
