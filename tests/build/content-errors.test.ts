/**
 * Bad content must fail `astro build` with a message that names the file, the field and
 * what was expected. Each case copies a small valid fixture, breaks one thing and builds it
 * into its own folder. One build per kind of failure (schema, impossible date, dangling
 * reference, duplicate id): the message of every class of bad input is tested without a
 * build in tests/unit/schema-errors.test.ts and tests/unit/integrity.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ASTRO, runLocked } from '../support/astro-build';
import { buildEnv } from '../support/env';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'tests/fixtures/content');
const TMP = join(ROOT, 'tests/.tmp/content-errors');

interface BuildResult {
  status: number | null;
  output: string;
}

/** Copies the fixture, lets `mutate` break it, builds it; returns exit status and output. */
function buildFixture(name: string, mutate: (dir: string) => void): BuildResult {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  mutate(join(dir, 'content'));
  const result = runLocked([ASTRO, 'build'], {
    cwd: ROOT,
    env: buildEnv({
      CONTENT_DIR: join(dir, 'content'),
      OUT_DIR: join(dir, 'dist'),
      CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    }),
    encoding: 'utf8',
    timeout: 170_000, // the build, and the wait for another test's build (tests/support/astro-build.ts)
  });
  // Strip colour codes in case a tool ignores NO_COLOR.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { status: result.status, output };
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, changed);
}

describe('content validation at build time', () => {
  it('builds the valid fixture (so every failure below comes from its one change)', () => {
    const { status, output } = buildFixture('valid', () => {});
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  it('schema: fails on a field that does not match, naming file, entry and field', () => {
    const { status, output } = buildFixture('indicator-not-a-number', (c) =>
      edit(join(c, 'indicators/indicators.yaml'), 'value: 50.3', 'value: "50,3"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/indicators/indicators.yaml');
    expect(output).toContain('indicators → voorbeeld');
    expect(output).toContain(
      'values.0.value: verwacht een getal met een punt als decimaalteken (bijv. 50.3), gekregen: "50,3"',
    );
  });

  it('impossible date: fails on a date that does not exist, naming file and field', () => {
    const { status, output } = buildFixture('impossible-date', (c) =>
      edit(join(c, 'documents/doc-b.mdx'), 'date: "2021-07-21"', 'date: "2021-02-30"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/documents/doc-b.mdx');
    expect(output).toContain('date: "2021-02-30" bestaat niet: 2021-02 heeft 28 dagen');
  });

  it('dangling reference: fails on a reference to a missing entry, naming file, field and the ids that exist', () => {
    const { status, output } = buildFixture('dangling-reference', (c) =>
      edit(join(c, 'chapters/doc-a/hoofdstuk-1.mdx'), 'document: doc-a', 'document: doc-x'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/chapters/doc-a/hoofdstuk-1.mdx: veld "document" verwijst naar "doc-x" in "documents", maar die bestaat niet. Verwacht een van: "doc-a", "doc-b"',
    );
  });

  it('duplicate id: fails on two entries with one id, naming the id and both files', () => {
    const { status, output } = buildFixture('duplicate-slug', (c) =>
      edit(join(c, 'documents/doc-b.mdx'), 'title: "Document B"', 'slug: doc-a\ntitle: "Document B"'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/doc-a/);
    expect(output).toContain('content/documents/doc-a.mdx');
    expect(output).toContain('content/documents/doc-b.mdx');
  });
});
