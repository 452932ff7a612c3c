/**
 * Every sentence of the sources is on the site: at least 98 % of each source's sentences of
 * eight words or more appear, after normalisation, in the built pages made from that source.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, readBuilt } from '../support/site';
import { coverage, htmlText } from '../support/completeness';

const SOURCES = join(process.cwd(), 'content/sources');
const sourceFiles = readdirSync(SOURCES).filter((f) => f.endsWith('.txt'));

/** The text of every <article data-source-file="…"> for that source, over all pages. */
function siteTextFor(sourceFile: string): string {
  const re = new RegExp(`<article[^>]*data-source-file="${sourceFile.replace(/[.]/g, '\\.')}"[^>]*>([\\s\\S]*?)</article>`, 'g');
  return builtPages()
    .map((page) => [...readBuilt(page).matchAll(re)].map((m) => htmlText(m[1]!)).join('\n'))
    .join('\n');
}

describe('completeness of the transcriptions', () => {
  it('has all five source texts in the repository', () => {
    expect(sourceFiles.sort()).toEqual([
      '2021-aanbiedingsbrief-uitvoeringsplan.txt',
      '2021-raadsvoorstel-65-2021.txt',
      '2021-rondebriefje-informatieronde.txt',
      '2024-raadsinformatiebrief-quickscan-vng.txt',
      'sociale-visie-2040.txt',
    ]);
  });

  it.each(sourceFiles)('%s: at least 98 % of its sentences are on the site', (file) => {
    const text = siteTextFor(file);
    expect(text.length, `no built page has <article data-source-file="${file}">`).toBeGreaterThan(0);
    const result = coverage(readFileSync(join(SOURCES, file), 'utf8'), text);
    const report = `${result.found}/${result.checked} (${(result.ratio * 100).toFixed(1)} %) found; missing:\n- ${result.missing.join('\n- ')}`;
    expect(result.checked).toBeGreaterThan(5);
    expect(result.ratio, report).toBeGreaterThanOrEqual(0.98);
  });
});
