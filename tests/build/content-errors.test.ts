/**
 * Bad content must fail `astro build` with a message that names the file, the field and
 * what was expected. Each case copies a small valid fixture, breaks one thing and builds it
 * into its own folder.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from '../support/env';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'tests/fixtures/content');
const TMP = join(ROOT, 'tests/.tmp/content-errors');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

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
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: buildEnv({
      CONTENT_DIR: join(dir, 'content'),
      OUT_DIR: join(dir, 'dist'),
      CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Strip colour codes in case a tool ignores NO_COLOR.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
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

  it('fails on a missing field, naming file and field', () => {
    const { status, output } = buildFixture('missing-field', (c) => edit(join(c, 'documents/doc-b.mdx'), /^status: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/documents/doc-b.mdx');
    expect(output).toContain('status: verwacht een status (tekst), gekregen: niets (het veld ontbreekt)');
  });

  it('fails on a field of the wrong type', () => {
    const { status, output } = buildFixture('wrong-type', (c) => edit(join(c, 'documents/doc-b.mdx'), 'order: 2', 'order: "twee"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/documents/doc-b.mdx');
    expect(output).toContain('order: verwacht een volgnummer (een getal), gekregen: "twee"');
  });

  it('fails on an unknown enum value and lists the allowed ones', () => {
    const { status, output } = buildFixture('unknown-kind', (c) => edit(join(c, 'documents/doc-b.mdx'), 'kind: raadsvoorstel', 'kind: notitie'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/documents/doc-b.mdx');
    expect(output).toMatch(/kind: verwacht een documentsoort: een van "visie", .*"quickscan"; gekregen: "notitie"/);
  });

  it('fails on an impossible quoted date', () => {
    const { status, output } = buildFixture('impossible-date', (c) => edit(join(c, 'documents/doc-b.mdx'), 'date: "2021-07-21"', 'date: "2021-02-30"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/documents/doc-b.mdx');
    expect(output).toContain('date: "2021-02-30" bestaat niet: 2021-02 heeft 28 dagen');
  });

  it('fails on an impossible unquoted date that YAML would silently roll over', () => {
    const { status, output } = buildFixture('unquoted-date', (c) => edit(join(c, 'documents/doc-b.mdx'), 'date: "2021-07-21"', 'date: 2025-13-45'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/documents/doc-b.mdx');
    expect(output).toMatch(/date: datum staat zonder aanhalingstekens; YAML heeft die al omgezet \(naar 2026-02-14\)/);
  });

  it('fails on a duplicate slug, naming both files', () => {
    const { status, output } = buildFixture('duplicate-slug', (c) =>
      edit(join(c, 'documents/doc-b.mdx'), 'title: "Document B"', 'slug: doc-a\ntitle: "Document B"'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/doc-a/);
    expect(output).toContain('content/documents/doc-a.mdx');
    expect(output).toContain('content/documents/doc-b.mdx');
  });

  it('fails on a reference to a missing document, naming file, field and the ids that exist', () => {
    const { status, output } = buildFixture('dangling-reference', (c) =>
      edit(join(c, 'chapters/doc-a/hoofdstuk-1.mdx'), 'document: doc-a', 'document: doc-x'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/chapters/doc-a/hoofdstuk-1.mdx: veld "document" verwijst naar "doc-x" in "documents", maar die bestaat niet. Verwacht een van: "doc-a", "doc-b"',
    );
  });

  it('fails on a reference to a missing theme', () => {
    const { status, output } = buildFixture('dangling-theme', (c) =>
      edit(join(c, 'documents/doc-a.mdx'), 'themes: [financien]', 'themes: [zorg]'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/documents/doc-a.mdx: veld "themes[0]" verwijst naar "zorg" in "themes"');
  });
});

describe('indicator data validation at build time', () => {
  const data = (c: string) => join(c, 'indicators/indicators.yaml');

  it('fails on a value that is not a number, naming file, row and field', () => {
    const { status, output } = buildFixture('indicator-not-a-number', (c) => edit(data(c), 'value: 50.3', 'value: "50,3"'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/indicators/indicators.yaml');
    expect(output).toContain('indicators → voorbeeld');
    expect(output).toContain('values.0.value: verwacht een getal met een punt als decimaalteken (bijv. 50.3), gekregen: "50,3"');
  });

  it('fails on a percentage outside 0-100', () => {
    const { status, output } = buildFixture('indicator-percentage', (c) => edit(data(c), 'value: 46.6', 'value: 146.6'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/indicators/indicators.yaml');
    expect(output).toContain('values.1.value: een percentage ligt tussen 0 en 100, gekregen: 146.6');
  });

  it('fails on a missing source', () => {
    const { status, output } = buildFixture('indicator-no-source', (c) =>
      edit(data(c), /  source:\n(    .*\n)+/, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('indicators → voorbeeld');
    expect(output).toContain('source: ontbreekt; verwacht { document, quotes } met de plek in de bron');
  });

  it('fails on an unknown theme', () => {
    const { status, output } = buildFixture('indicator-theme', (c) => edit(data(c), 'theme: financien', 'theme: zorg'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/indicators/indicators.yaml: veld "theme" verwijst naar "zorg" in "themes", maar die bestaat niet. Verwacht een van: "financien"');
  });

  it('fails on a duplicate id, naming the id', () => {
    const { status, output } = buildFixture('indicator-duplicate', (c) => {
      const text = readFileSync(data(c), 'utf8');
      writeFileSync(data(c), `${text}\n${text}`);
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/indicators contains multiple entries with the same slug: `voorbeeld`/);
  });

  it('fails on a reference to a missing document', () => {
    const { status, output } = buildFixture('indicator-document', (c) => edit(data(c), 'document: doc-a', 'document: doc-x'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/indicators/indicators.yaml: veld "source.document" verwijst naar "doc-x" in "documents"');
  });
});

describe('findings validation at build time', () => {
  const data = (c: string) => join(c, 'findings/findings.yaml');

  it('fails on an unknown status and lists the scale', () => {
    const { status, output } = buildFixture('finding-status', (c) => edit(data(c), 'status: deels', 'status: prima'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/findings/findings.yaml');
    expect(output).toContain('findings → voorbeeld');
    expect(output).toContain(
      'status: verwacht een status: een van "duidelijke-voortgang", "deels", "geen-oordeel", "nog-een-opgave"; gekregen: "prima"',
    );
  });

  it('fails on a missing justifying sentence', () => {
    const { status, output } = buildFixture('finding-justification', (c) => edit(data(c), /^  justification: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('findings → voorbeeld');
    expect(output).toContain('justification: verwacht de zin uit de brief die de status onderbouwt (tekst), gekregen: niets (het veld ontbreekt)');
  });

  it('fails on a reference to a missing indicator, naming file, field and the ids that exist', () => {
    const { status, output } = buildFixture('finding-indicator', (c) => edit(data(c), 'indicators: [voorbeeld]', 'indicators: [tekort]'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/findings/findings.yaml: veld "indicators[0]" verwijst naar "tekort" in "indicators", maar die bestaat niet. Verwacht een van: "voorbeeld"',
    );
  });

  it('fails on a reference to a missing chapter', () => {
    const { status, output } = buildFixture('finding-chapter', (c) => edit(data(c), 'chapter: doc-a/hoofdstuk-1', 'chapter: doc-a/hoofdstuk-9'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/findings/findings.yaml: veld "vision[0].chapter" verwijst naar "doc-a/hoofdstuk-9" in "chapters"');
  });

  it('fails on a passage of an unknown kind', () => {
    const { status, output } = buildFixture('passage-kind', (c) => edit(join(c, 'findings/passages.yaml'), 'kind: dilemma', 'kind: mening'));
    expect(status).not.toBe(0);
    expect(output).toContain('passages → voorbeeld');
    expect(output).toContain('kind: verwacht een soort passage: een van "dilemma", "slotoordeel", "aanbod"; gekregen: "mening"');
  });
});

describe('events validation at build time', () => {
  const data = (c: string) => join(c, 'events/events.yaml');

  it('fails on an undated event, saying what a date looks like', () => {
    const { status, output } = buildFixture('event-undated', (c) => edit(data(c), /^  date: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/events/events.yaml');
    expect(output).toContain('events → voorbeeld');
    expect(output).toContain('date: ontbreekt; verwacht een datum als tekst tussen aanhalingstekens');
  });

  it('fails on an impossible quarter', () => {
    const { status, output } = buildFixture('event-quarter', (c) => edit(data(c), 'date: "2021-07-21"', 'date: "2024-Q5"'));
    expect(status).not.toBe(0);
    expect(output).toContain('date: "2024-Q5" heeft kwartaal 5; een kwartaal is Q1, Q2, Q3 of Q4');
  });

  it('fails on a reference to a missing document', () => {
    const { status, output } = buildFixture('event-document', (c) => edit(data(c), 'document: doc-b', 'document: doc-z'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/events/events.yaml: veld "source.document" verwijst naar "doc-z" in "documents", maar die bestaat niet. Verwacht een van: "doc-a", "doc-b"');
  });
});

describe('route validation at build time', () => {
  it('fails on a step with two targets', () => {
    const { status, output } = buildFixture('route-two-targets', (c) =>
      edit(join(c, 'route/route.yaml'), 'document: doc-a', 'document: doc-a\n  chapter: doc-a/hoofdstuk-1'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('route → voorbeeld');
    expect(output).toContain('verwacht precies één doel: document, chapter of page; gekregen: 2');
  });
});

describe('dossier validation at build time', () => {
  it('fails on a reference to a missing finding, naming file, field and the ids that exist', () => {
    const { status, output } = buildFixture('dossier-finding', (c) =>
      edit(join(c, 'dossiers/dossiers.yaml'), 'findings: [voorbeeld]', 'findings: [toegang]'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/dossiers/dossiers.yaml: veld "findings[0]" verwijst naar "toegang" in "findings", maar die bestaat niet. Verwacht een van: "voorbeeld"');
  });
});
