/** The glossary against its sources and on its page. */
import { describe, expect, it } from 'vitest';
import { documentFrontmatter, glossary, sourceText } from '../support/data';
import { builtPages, readBuilt } from '../support/site';
import { comparable, htmlText } from '../support/completeness';

const terms = glossary();
const page = readBuilt('/begrippen/');

describe('glossary data', () => {
  it('has the terms a newcomer stumbles over', () => {
    const forms = new Set(terms.flatMap((t) => [t.term, ...(t.abbreviations ?? []), ...(t.variants ?? [])]));
    for (const f of [
      'Wmo', 'Jeugdwet', 'Participatiewet', 'P-wet', 'MO/BW', 'KCC', 'GIA', 'OR', 'VNG', 'KPI', 'P&C cyclus', 'ZL', 'SZMH',
      'sociale basis', 'voorveld', 'toegang', 'maatwerkvoorziening', 'positieve gezondheid', 'normaliseren',
      'centrumgemeente', 'taakstelling', 'frictiekosten', 'algemene reserve', 'ateliersessie', 'informatieronde',
      'raadsinformatiebrief',
    ]) expect(forms, f).toContain(f);
  });

  it('uses every form only once across terms (one list of synonyms)', () => {
    const seen = new Map<string, string>();
    for (const t of terms) {
      for (const f of new Set([t.term, ...(t.abbreviations ?? []), ...(t.variants ?? [])])) {
        expect(seen.get(f), `"${f}" staat bij ${seen.get(f)} en ${t.id}`).toBeUndefined();
        seen.set(f, t.id);
      }
    }
  });

  it.each(terms.filter((t) => t.fromSource).map((t) => [t.id, t] as const))('%s: the quoted sentence stands verbatim in the source', (_id, t) => {
    const file = documentFrontmatter(t.fromSource!.document).sourceFile as string;
    expect(sourceText(file)).toContain(t.fromSource!.quote);
  });

  it.each(terms.filter((t) => t.fromSource).map((t) => [t.id, t] as const))('%s: the quote stands on the page it links to (document or chapter)', (_id, t) => {
    const f = t.fromSource!;
    const path = f.chapter ? `/documenten/${f.chapter}/` : `/documenten/${f.document}/`;
    const html = readBuilt(path);
    const [region] = html.split('id="officiele-tekst"').slice(1);
    expect(comparable(htmlText(region ?? html)), `${t.id}: "${f.quote.slice(0, 50)}…" staat niet op ${path}`).toContain(comparable(f.quote));
  });
});

describe('glossary page', () => {
  it('lists every term alphabetically, each with an anchor', () => {
    // Each term is a heading whose id is the entry's id: /begrippen/#<id> lands on it.
    const ids = [...page.matchAll(/<h3 class="glossary__term" id="([^"]+)"/g)].map((m) => m[1]);
    expect([...ids].sort()).toEqual(terms.map((t) => t.id).sort());
    const shown = [...page.matchAll(/<dfn>([^<]+)<\/dfn>/g)].map((m) => htmlText(m[1]!));
    expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
  });

  it('marks every definition as editorial', () => {
    const entries = page.split(/<div class="glossary__entry[ "]/).slice(1);
    expect(entries).toHaveLength(terms.length);
    for (const e of entries) expect(e).toContain('editorial-label');
  });

  it('shows the search-only synonyms of a term with a link to the search', () => {
    const entry = page.slice(page.indexOf('id="participatiewet"'));
    const dd = entry.slice(0, entry.search(/<div class="glossary__entry[ "]/));
    expect(dd).toContain('href="/zoeken/?q=bijstandswet"');
  });

  /** One entry's HTML on the page. */
  const entryOf = (id: string) => {
    const from = page.slice(page.indexOf(`id="${id}"`));
    return from.slice(0, from.search(/<div class="glossary__entry[ "]/));
  };

  it('shows each abbreviation and spelling once, not again in other capitals or with a hyphen', () => {
    for (const t of terms) {
      const entry = entryOf(t.id);
      const abbr = /\(afkorting: ([^)]*)\)/.exec(htmlText(entry))?.[1]?.split(', ') ?? [];
      const variants = /Ook geschreven als: ([^<]*)<\/p>/.exec(entry)?.[1]?.split(', ') ?? [];
      const keys = [t.term, ...abbr, ...variants].map((f) => f.toLowerCase().replace(/[\s-]+/g, ' '));
      expect(keys, t.id).toEqual([...new Set(keys)]);
    }
    expect(htmlText(entryOf('wmo'))).toContain('(afkorting: Wmo)');
    expect(htmlText(entryOf('mo-bw'))).toContain('(afkorting: MO/BW)');
    expect(entryOf('positieve-gezondheid')).not.toContain('Ook geschreven als');
  });

  it('says where a term stands only in a title: the document’s own, or the editors’', () => {
    const rondebriefje = htmlText(entryOf('rondebriefje')).replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1');
    expect(rondebriefje).toContain('Komt niet letterlijk voor in de tekst van de documenten, wel in de titel van Rondebriefje informatieronde.');
    expect(entryOf('rondebriefje')).toContain('href="/documenten/rondebriefje-informatieronde-2021/"');
    const rib = htmlText(entryOf('raadsinformatiebrief')).replace(/\s+/g, ' ').replace(/ ([.,])/g, '$1');
    expect(rib).toContain('De redactie gebruikt het in de titel van Raadsinformatiebrief quick scan 2024.');
  });

  it('says where a term is used, with links to the pages', () => {
    const wmo = page.slice(page.indexOf('id="wmo"'));
    const entry = wmo.slice(0, wmo.search(/<div class="glossary__entry[ "]/));
    expect(entry).toContain('Komt voor in:');
    expect(entry).toContain('href="/documenten/quickscan-vng-2024/"');
  });
});

describe('glossary links in the built documents', () => {
  const quickscan = readBuilt('/documenten/quickscan-vng-2024/');

  it('marks abbreviations with <abbr> and opens the definition, with the full term, in place', () => {
    // The term opens its definition (a popover, src/plugins/glossary-popovers.ts), which links to the entry.
    expect(quickscan).toContain('<button class="term-link" popovertarget="begrip-wmo"><abbr>Wmo</abbr></button>');
    const popover = /<div id="begrip-wmo" popover[ >][^>]*>([\s\S]*?)<\/div>/.exec(quickscan)?.[1] ?? '';
    expect(popover).toContain('Wet maatschappelijke ondersteuning');
    expect(popover).toContain('href="/begrippen/#wmo"');
  });

  it('never links a search-only synonym in the text', () => {
    const synonyms = terms.flatMap((t) => (t as { synonyms?: string[] }).synonyms ?? []);
    // "jeugdzorg" (a synonym of jeugdhulp) stands in the documents' text, so this can fail.
    expect(synonyms).toContain('jeugdzorg');
    const documentPages = builtPages().filter((p) => p.startsWith('/documenten/') && p !== '/documenten/');
    expect(documentPages.some((p) => /jeugdzorg/i.test(readBuilt(p)))).toBe(true);
    for (const path of documentPages) {
      for (const m of readBuilt(path).matchAll(/class="term-link"[^>]*>(?:<abbr[^>]*>)?([^<]+)</g)) expect(synonyms, path).not.toContain(m[1]!.toLowerCase());
    }
  });

  it('every term opens a definition of an entry that exists, written once per page, with a link to the entry', () => {
    const ids = new Set(terms.map((t) => t.id));
    const used = [...quickscan.matchAll(/class="term-link" popovertarget="begrip-([^"]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(5);
    for (const id of new Set(used)) {
      expect(ids).toContain(id);
      expect(quickscan.split(`<div id="begrip-${id}" popover`).length - 1, id).toBe(1);
      expect(quickscan).toContain(`href="/begrippen/#${id}"`);
    }
  });

  it('never links inside headings, quotes or links', () => {
    for (const path of ['/documenten/quickscan-vng-2024/', '/documenten/sociale-visie-2040/leidende-principes/', '/documenten/raadsvoorstel-65-2021/']) {
      const html = readBuilt(path);
      for (const m of html.matchAll(/<(h[1-6]|blockquote|q|figure class="pullquote")\b[\s\S]*?<\/(h[1-6]|blockquote|q|figure)>/g)) {
        expect(m[0], `${path}: ${m[0].slice(0, 120)}`).not.toContain('term-link');
      }
    }
  });

  it('links each term at most once per section', () => {
    const sections = quickscan.split(/<h[2-6]\b/);
    for (const s of sections) {
      const ids = [...s.matchAll(/class="term-link" popovertarget="begrip-([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length, ids.join(', ')).toBe(new Set(ids).size);
    }
  });
});
