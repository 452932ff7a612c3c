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

  it('hold no paragraph citations', () => {
    expect(fragments.length).toBeGreaterThan(50);
    expect(fragments.filter((f) => f.includes('Citeer deze alinea'))).toEqual([]);
  });
});
