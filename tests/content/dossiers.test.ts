/** Atelier dossiers: every element with its source, every quote verbatim. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { documentFrontmatter, sourceText } from '../support/data';
import { DIST, readBuilt } from '../support/site';

interface RawDossier {
  id: string;
  findings?: string[];
  indicators?: string[];
  events?: string[];
  vision?: Array<{ chapter: string; section?: string }>;
  questions?: Array<{ document: string; quote: string }>;
}
const dossiers = yaml.load(readFileSync(join(process.cwd(), 'content/dossiers/dossiers.yaml'), 'utf8')) as RawDossier[];

describe.each(dossiers.map((d) => [d.id, d] as const))('dossier %s', (id, d) => {
  const page = readBuilt(`/dossiers/${id}/`);

  it('quotes its open questions verbatim from the source', () => {
    for (const q of d.questions ?? []) {
      const file = documentFrontmatter(q.document).sourceFile as string;
      expect(sourceText(file), q.quote).toContain(q.quote);
    }
  });

  it('shows every finding, indicator, question and event with a link to its source or page', () => {
    for (const f of d.findings ?? []) expect(page).toContain(`href="/bevindingen/${f}/"`);
    for (const e of d.events ?? []) expect(page).toContain(`href="/tijdlijn/#${e}"`);
    for (const v of d.vision ?? []) expect(page).toContain(`href="/documenten/${v.chapter}/${v.section ? `#${v.section}` : ''}"`);
    const items = page.split('<li>').slice(1).filter((li) => li.includes('<strong>'));
    expect(items).toHaveLength((d.indicators ?? []).length);
    for (const li of items) expect(li).toMatch(/Bron: <a href="\/documenten\//);
    // Every quote (open questions and the findings' quotes) links to where it stands in a document.
    expect((page.match(/<figcaption><a href="\/documenten\//g) ?? []).length).toBe((page.match(/<figure class="source-quote"/g) ?? []).length);
    expect((page.match(/<figure class="source-quote"/g) ?? []).length).toBeGreaterThanOrEqual((d.questions ?? []).length);
  });

  it('gives every link on the dossier a printed target', () => {
    const article = page.slice(page.indexOf('<article class="dossier"'), page.indexOf('</article>'));
    const links = [...article.matchAll(/<a href="([^"]+)"([^>]*)>/g)].filter((m) => !m[2]!.includes('para-link'));
    expect(links.length).toBeGreaterThan(0);
    for (const [tag] of links) expect(tag).toContain('data-print-href="https://');
  });
});

describe('dossier index', () => {
  it('lists every dossier and is linked from the home page', () => {
    const index = readBuilt('/dossiers/');
    for (const d of dossiers) {
      expect(index).toContain(`href="/dossiers/${d.id}/"`);
      expect(existsSync(join(DIST, 'dossiers', d.id, 'index.html'))).toBe(true);
    }
    expect(readBuilt('/')).toContain('href="/dossiers/"');
  });
});
