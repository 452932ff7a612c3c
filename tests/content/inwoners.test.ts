/** The residents' page: the vision in brief, every part linked to the official text. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';

const page = readBuilt('/inwoners/');

describe('/inwoners/', () => {
  it('quotes the mission and links the three themes and six principles to the official text', () => {
    expect(page).toMatch(/<blockquote data-source-file="sociale-visie-2040.txt"[^>]*><p>Wij werken samen met inwoners/);
    for (const c of ['bestaanszekerheid', 'gelijke-kansen', 'positieve-gezondheid']) {
      expect(page).toContain(`href="/documenten/sociale-visie-2040/${c}/"`);
    }
    const principles = [...page.matchAll(/href="\/documenten\/sociale-visie-2040\/leidende-principes\/#([^"]+)"/g)].map((m) => m[1]!);
    expect(principles).toHaveLength(6);
    const chapter = readBuilt('/documenten/sociale-visie-2040/leidende-principes/');
    for (const a of principles) expect(chapter).toContain(`id="${a}"`);
  });

  it('marks every plain-language text as editorial', () => {
    const items = page.split('<li').slice(1).filter((li) => li.includes('leidende-principes/#') || /class="card[ "]/.test(li));
    expect(items).toHaveLength(9);
    for (const li of items) expect(li).toContain('editorial-label');
  });

  it('shows key figures with their source and is linked from the home page', () => {
    expect(htmlText(page).replace(/\u00a0/g, ' ')).toContain('50,3 %');
    expect(readBuilt('/')).toContain('href="/inwoners/"');
    expect(existsSync(join(DIST, 'inwoners/index.html'))).toBe(true);
  });
});
