/**
 * What a search downloads per result: Pagefind's fragment of the page. A paragraph's citation
 * (`<small class="para-cite">`, shown only when the paragraph is the link's target) is site
 * furniture and carries no data-pagefind-ignore of its own (bytes, issue 11); the indexer leaves
 * it out by its class (src/lib/search/indexer/ignored.ts). These tests read the built index.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from '../support/site';

const dir = join(DIST, 'pagefind/fragment');
const fragments = readdirSync(dir)
  .filter((f) => f.endsWith('.pf_fragment'))
  .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));

describe('search fragments', () => {
  it('hold the text of the documents', () => {
    const quickscan = fragments.find((f) => f.includes('"url":"/documenten/quickscan-vng-2024/"'));
    expect(quickscan).toContain('ambtelijke vertegenwoordigers van de gemeente Maastricht');
  });

  it('hold no paragraph citations and no ¶ links', () => {
    expect(fragments.length).toBeGreaterThan(50);
    expect(fragments.filter((f) => f.includes('Citeer deze alinea'))).toEqual([]);
    expect(fragments.filter((f) => f.includes('¶')).map((f) => /"url":"([^"]+)"/.exec(f)?.[1])).toEqual([]);
  });

  // Elements laid out apart (flex items, block lines) but written without a space between them
  // became one word: “2008Rapport of plan”, “€ 0 mlnElke”, “MaastrichtBron:”. Names written
  // that way in the sources are the exceptions.
  it('keep the words of adjacent elements apart', () => {
    const NAMES = new Set(['ShareWorx', 'JavaScript', 'W3C', 'PvdA']);
    const joined = fragments.flatMap((f) =>
      (JSON.parse(f.slice(f.indexOf('{'))) as { content: string }).content
        .split(/\s+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((w) => /[\p{Ll}\p{N}]\p{Lu}/u.test(w) && !NAMES.has(w)),
    );
    expect(joined).toEqual([]);
  });
});
