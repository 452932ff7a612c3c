/**
 * The glossary narrowed by theme, without JavaScript (issue 14): /begrippen/ links to a page per
 * theme that has terms; each such page lists exactly the terms the glossary groups under it, each
 * linked to its full entry, says that the grouping is editorial, and is not in the search index.
 */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary-file';
import { readBuilt } from '../support/site';

const terms = loadGlossary('content');
const themeIds = [...new Set(terms.flatMap((t) => t.themes.map((r) => r.id)))];

describe('glossary by theme', () => {
  it('/begrippen/ links to the page of every theme that has terms', () => {
    const html = readBuilt('/begrippen/');
    for (const id of themeIds) expect(html, id).toContain(`href="/begrippen/thema/${id}/"`);
    expect(html).toContain('indeling redactie');
  });

  it.each(themeIds)('/begrippen/thema/%s/ lists exactly its terms, each linked to its entry', (id) => {
    const html = readBuilt(`/begrippen/thema/${id}/`);
    const listed = [...html.matchAll(/<div class="glossary__entry[^"]*" data-term="([^"]+)"/g)].map((m) => m[1]).sort();
    const expected = terms.filter((t) => t.themes.some((r) => r.id === id)).map((t) => t.id).sort();
    expect(listed).toEqual(expected);
    for (const t of expected) expect(html).toContain(`href="/begrippen/#${t}"`);
    expect(html).toMatch(/Welke begrippen bij dit thema horen[^<]*van de redactie/);
    expect(html, 'niet in de zoekindex').not.toContain('data-pagefind-body');
    expect(html).toMatch(new RegExp(`href="/begrippen/thema/${id}/" aria-current="page"`));
  });
});
