/**
 * Glossary themes (issue 14): an entry's themes are ids from content/themes/themes.yaml; an
 * unknown one fails naming the file, the entry, the field and the themes there are.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary-file';

function contentDir(themes: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-themes-'));
  mkdirSync(join(dir, 'glossary'));
  mkdirSync(join(dir, 'themes'));
  writeFileSync(
    join(dir, 'themes/themes.yaml'),
    '- id: financien\n  name: Financiën\n- id: toegang\n  name: Toegang\n',
  );
  writeFileSync(
    join(dir, 'glossary/glossary.yaml'),
    `- id: taakstelling\n  term: taakstelling\n  themes: [${themes.join(', ')}]\n  definition: Een bedrag dat moet worden bezuinigd.\n`,
  );
  return dir;
}

describe('glossary themes', () => {
  it('reads known theme ids as references', () => {
    const [term] = loadGlossary(contentDir(['financien']));
    expect(term?.themes).toEqual([{ id: 'financien', collection: 'themes' }]);
  });

  it('fails on an unknown theme, naming the file, the entry, the field and the choices', () => {
    expect(() => loadGlossary(contentDir(['financiën']))).toThrow(
      /glossary\.yaml klopt niet:[\s\S]*0\.themes \(begrip "taakstelling"\): onbekend thema "financiën"; verwacht een van: financien, toegang/,
    );
  });

  it('gives every entry of the real glossary but the general ones a theme that exists', () => {
    const known = new Set(
      (yaml.load(readFileSync('content/themes/themes.yaml', 'utf8')) as { id: string }[]).map((t) => t.id),
    );
    const terms = loadGlossary('content');
    const without = terms.filter((t) => t.themes.length === 0).map((t) => t.id);
    expect(without).toEqual(['sociaal-domein']);
    for (const t of terms) for (const r of t.themes) expect(known.has(r.id), `${t.id}: ${r.id}`).toBe(true);
  });
});
