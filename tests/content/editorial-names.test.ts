/**
 * Names in the editors' own texts written one way across the site: "Wmo", as the site and most
 * sources write it (not "WMO"), and the platform of the quick scan by the name it gives itself in its
 * letter. Quotes and the official text keep the sources' own spelling: only editorial fields are read.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { sourceText } from '../support/data';

const CONTENT = join(process.cwd(), 'content');
/** Fields that hold the editors' text (quotes stand under `quote`, `quotes` and the like, and are left out). */
const EDITORIAL = new Set(['summary', 'intro', 'why', 'definition', 'note', 'notes', 'title', 'reason', 'titleNote', 'dateNote', 'name', 'description', 'label']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'sources' ? [] : files(join(dir, e.name))) : /\.(ya?ml|mdx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every editorial string of a file's data (for MDX: its frontmatter), with the field it stands in. */
function editorialTexts(file: string): Array<[string, string]> {
  const raw = readFileSync(file, 'utf8');
  const data = file.endsWith('.mdx') ? yaml.load(/^---\n([\s\S]*?)\n---/.exec(raw)?.[1] ?? '') : yaml.load(raw);
  const found: Array<[string, string]> = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (EDITORIAL.has(key)) found.push([`${relative(CONTENT, file)} ${key}`, value]);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data, '');
  return found;
}

const texts = files(CONTENT).flatMap(editorialTexts);

describe('names in the editors’ texts', () => {
  it('reads the editorial fields at all', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it('writes "Wmo", not "WMO"', () => {
    const wrong = texts.filter(([, t]) => /\bWMO\b/.test(t)).map(([where, t]) => `${where}: ${t}`);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('names the platform as its own letter does: "Platform Sociaal Domein Regio Zuid"', () => {
    expect(sourceText('2024-raadsinformatiebrief-quickscan-vng.txt').replace(/\s+/g, ' ')).toContain('Platform Sociaal Domein Regio Zuid');
    const wrong = texts.filter(([, t]) => /Platform Sociaal Domein Zuid/.test(t)).map(([where, t]) => `${where}: ${t}`);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
