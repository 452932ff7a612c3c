/**
 * The search index step (src/lib/search/indexer/build.ts, run by `astro build` and by
 * scripts/build-search-index.ts) on small made-up sites: it indexes a valid one, and when
 * something is wrong it fails with a message that says what and where. One real fixture build
 * proves that such a failure fails `astro build` itself.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildEnv } from '../support/env';
import { ASTRO, runLocked } from '../support/astro-build';

const ROOT = process.cwd();
const TMP = join(ROOT, 'tests/.tmp/search-index');
const SCRIPT = join(ROOT, 'scripts/build-search-index.ts');

const PAGE = (body: string) =>
  `<!doctype html><html lang="nl"><head><title>t</title></head><body><main><article data-pagefind-body><h1>Titel</h1>${body}</article></main></body></html>`;

/** A site folder with an index page and one page, and a copy of the real search content. */
function fixture(
  name: string,
  page = PAGE('<p>Het gebruik van wijkverpleging en de Wmo.</p>'),
): { site: string; content: string } {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'site/documenten/a'), { recursive: true });
  writeFileSync(join(dir, 'site/index.html'), '<!doctype html><html lang="nl"><body><p>start</p></body></html>');
  writeFileSync(join(dir, 'site/documenten/a/index.html'), page);
  cpSync(join(ROOT, 'content/search'), join(dir, 'content/search'), { recursive: true });
  cpSync(join(ROOT, 'content/glossary'), join(dir, 'content/glossary'), { recursive: true });
  return { site: join(dir, 'site'), content: join(dir, 'content') };
}

function index(site: string, content: string) {
  const r = spawnSync(process.execPath, [SCRIPT, '--site', site, '--content', content], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the search index step', () => {
  it('indexes a valid site into its pagefind folder', () => {
    const { site, content } = fixture('valid');
    const { status, output } = index(site, content);
    expect(output).toContain('Zoekindex: 1 pagina geïndexeerd');
    expect(status).toBe(0);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('says that the site has not been built', () => {
    const { content } = fixture('no-site');
    const { status, output } = index(join(TMP, 'no-site/elders'), content);
    expect(status).not.toBe(0);
    expect(output).toContain('Zoekindex niet gemaakt: geen gebouwde site in tests/.tmp/search-index/no-site/elders');
  });

  it('names the file and field of a broken term list (the glossary)', () => {
    const { site, content } = fixture('bad-terms');
    writeFileSync(join(content, 'glossary/glossary.yaml'), '- id: wmo\n  term: Wmo\n  abbreviations: Wmo\n');
    const { status, output } = index(site, content);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'Zoekindex niet gemaakt: tests/.tmp/search-index/bad-terms/content/glossary/glossary.yaml klopt niet',
    );
    expect(output).toContain('0.abbreviations: verwacht een lijst van afkortingen, gekregen: "Wmo"');
  });

  it('names the page that already contains the marker characters', () => {
    const { site, content } = fixture('marker', PAGE('<p>Een ⟦ haakje.</p>'));
    const { status, output } = index(site, content);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'Zoekindex niet gemaakt: tests/.tmp/search-index/marker/site/documenten/a/index.html: de pagina bevat al het teken ⟦',
    );
  });

  it('names a filter key that search does not know', () => {
    const { site, content } = fixture(
      'bad-filter',
      PAGE('<p>Tekst.</p><span data-pagefind-filter="thmea">Zorg</span>'),
    );
    const { status, output } = index(site, content);
    expect(status).not.toBe(0);
    expect(output).toContain('tests/.tmp/search-index/bad-filter/site/documenten/a/index.html:');
    expect(output).toContain(
      'data-pagefind-filter="thmea" is geen zoekfilter; verwacht een van document, soort, thema, voor',
    );
  });
});

describe('astro build with its search index step', () => {
  it('fails the build with the file and field of broken search data', () => {
    const dir = join(TMP, 'astro-build');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/content'), join(dir, 'content'), { recursive: true });
    const rules = join(dir, 'content/search/compounds.yaml');
    writeFileSync(rules, readFileSync(rules, 'utf8').replace('minTail: 4', 'minTail: vier'));
    const r = runLocked([ASTRO, 'build'], {
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
    const output = stripVTControlCharacters(`${r.stdout}\n${r.stderr}`);
    expect(r.status, output).not.toBe(0);
    expect(output).toContain(
      'Zoekindex niet gemaakt: tests/.tmp/search-index/astro-build/content/search/compounds.yaml klopt niet',
    );
    expect(output).toMatch(/minTail: verwacht/);
    // The pages were built, the index was not.
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/pagefind/pagefind.js'))).toBe(false);
  });
});
