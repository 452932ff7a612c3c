/**
 * The search page's script (the only script of the site). It loads Pagefind from the site's
 * own /pagefind/ folder, keeps the query and filters in the URL, and shows the results with
 * the document, the section, an excerpt with the matched words marked, the kind and the date.
 */
import {
  normalizeQuery,
  pagefindFilters,
  paramsFromState,
  queryWords,
  stateFromParams,
  type SearchState,
} from '../shared/query.ts';
import { FILTER_KEYS } from '../shared/filters.ts';
import { searchDutch, type Hit, type RankedHit } from '../shared/search.ts';
import { PAGEFIND_OPTIONS } from '../shared/options.ts';
import {
  answerNote,
  glossaryAnswer,
  pageHit,
  resultContext,
  resultCount,
  withTextFragment,
  type GlossaryAnswer,
  type PageHit,
  type PagefindResultData,
  type SectionHit,
} from '../shared/results.ts';
import { parseVocabulary, VOCABULARY_FILE, type Vocabulary, type VocabularyFile } from '../shared/typos.ts';
import { excerptCuts } from '../shared/text.ts';

interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    query: string,
    opts?: { filters?: Record<string, string> },
  ): Promise<{ results: Hit[]; unfilteredResultCount: number; filters?: FilterCounts } | null>;
}

const PAGE_SIZE = 10;

/** Pagefind's counts per filter value for a search: { soort: { Visie: 12, … }, … }. */
type FilterCounts = Record<string, Record<string, number>>;

/**
 * URL text fragments (`#alinea-3:~:text=…`) mark the words on arrival without a script on the
 * reading page: Chromium 80+, Safari 16.1+ and Firefox 131+ support them and show
 * `document.fragmentDirective`. Other browsers would read the whole fragment as an id and not
 * scroll at all, so they get the plain paragraph anchor.
 */
const TEXT_FRAGMENTS = typeof document !== 'undefined' && 'fragmentDirective' in document;

/** A result link: to the paragraph, with the words marked where the browser can. */
function sectionLink(s: SectionHit, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = TEXT_FRAGMENTS ? withTextFragment(s) : s.href;
  a.dataset.section = s.url;
  a.textContent = text;
  return a;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`zoekpagina: element #${id} ontbreekt`);
  return el as T;
}

/** Builds an excerpt from Pagefind's HTML, keeping only text and <mark>. */
function excerptNode(html: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'search-result__excerpt';
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  for (const node of Array.from(parsed.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      p.append(mark);
    } else {
      p.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  // An ellipsis where Pagefind's window cuts a sentence (“… hoge beroep op …”).
  const cuts = excerptCuts(p.textContent ?? '');
  if (cuts.start) p.prepend('… ');
  if (cuts.end) p.append(' …');
  return p;
}

function resultItem(hit: PageHit, matched?: readonly string[], words?: readonly string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const [best, ...more] = hit.sections;
  // The link names the section where the words stand; the line below says where it is.
  const inSection = Boolean(best && best.url.includes('#') && best.title !== hit.pageTitle);
  const h2 = document.createElement('h2');
  h2.className = 'search-result__title';
  const title = inSection && best ? best.title : hit.pageTitle;
  let a: HTMLAnchorElement;
  if (best) {
    a = sectionLink(best, title);
  } else {
    a = document.createElement('a');
    a.href = hit.pageUrl;
    a.textContent = title;
  }
  h2.append(a);
  li.append(h2);

  const context = document.createElement('p');
  context.className = 'search-result__context';
  context.textContent = resultContext(hit, inSection);
  li.append(context);
  const without = matched && words ? words.filter((w) => !matched.includes(w)) : [];
  if (without.length) {
    const note = document.createElement('p');
    note.className = 'search-result__missing';
    note.textContent = `Niet op deze pagina: ${without.map((w) => `“${w}”`).join(', ')}`;
    li.append(note);
  }

  if (best) li.append(excerptNode(best.excerptHtml));
  if (more.length) {
    const list = document.createElement('ul');
    list.className = 'search-result__more';
    list.setAttribute('aria-label', `Meer treffers in ${hit.pageTitle}`);
    for (const s of more) {
      const item = document.createElement('li');
      item.append(sectionLink(s, s.title));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

export function startSearchPage(): void {
  const app = byId<HTMLDivElement>('zoeken');
  const noScript = byId<HTMLDivElement>('zoeken-zonder-script');
  const form = byId<HTMLFormElement>('zoekformulier');
  const input = byId<HTMLInputElement>('zoekterm');
  const status = byId<HTMLParagraphElement>('zoekstatus');
  const empty = byId<HTMLDivElement>('zoekleeg');
  const list = byId<HTMLOListElement>('zoekresultaten');
  const more = byId<HTMLButtonElement>('meer-resultaten');
  const correctionNote = byId<HTMLParagraphElement>('zoekcorrectie');
  const answerBox = byId<HTMLDivElement>('zoekantwoord');
  const filtersBox = byId<HTMLDetailsElement>('zoekfilters');
  const chosen = byId<HTMLSpanElement>('zoekfilters-gekozen');
  const selects = Object.fromEntries(FILTER_KEYS.map((k) => [k, byId<HTMLSelectElement>(`filter-${k}`)]));
  const base = app.dataset.pagefindBase ?? '/pagefind/';

  let pagefind: Promise<PagefindApi> | undefined;
  const loadPagefind = () => {
    pagefind ??= (import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindApi>).then(async (pf) => {
      await pf.options(PAGEFIND_OPTIONS);
      // Loads the filter index (under 1 kB), so each search says how many results each filter value has.
      await pf.filters();
      return pf;
    });
    return pagefind;
  };
  // The vocabulary for typo tolerance: loaded only when a word finds nothing.
  let vocabulary: Promise<Vocabulary> | undefined;
  const loadVocabulary = () => {
    vocabulary ??= fetch(`${base}${VOCABULARY_FILE}`)
      .then((r) => {
        if (!r.ok) throw new Error(`${VOCABULARY_FILE}: ${r.status}`);
        return r.json() as Promise<VocabularyFile>;
      })
      .then(parseVocabulary);
    return vocabulary;
  };
  let generation = 0;
  /** The results of the current search that are not shown yet. */
  let rest: RankedHit[] = [];
  let shownWords: string[] = [];
  let partial = false;

  const item = (d: PagefindResultData, h: RankedHit | undefined) =>
    resultItem(pageHit(d, undefined, shownWords.join(' ')), partial ? h?.matched : undefined, shownWords);

  const showMore = async (mine: number): Promise<HTMLLIElement[]> => {
    const next = rest.slice(0, PAGE_SIZE);
    rest = rest.slice(PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== generation) return [];
    const items = data.map((d, i) => item(d, next[i]));
    list.append(...items);
    more.hidden = rest.length === 0;
    return items;
  };

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const key of FILTER_KEYS) if (selects[key]!.value) filters[key] = selects[key]!.value;
    return { q: normalizeQuery(input.value), filters };
  };

  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const key of FILTER_KEYS) {
      const select = selects[key]!;
      const value = state.filters[key] ?? '';
      select.value = Array.from(select.options).some((o) => o.value === value) ? value : '';
    }
    showChosen();
  };

  /** “Begrip: Klant Contact Centrum (KCC) — …”, linking to the entry. */
  const showAnswer = (answer: GlossaryAnswer | undefined) => {
    answerBox.hidden = !answer;
    answerBox.replaceChildren();
    if (!answer) return;
    const p = document.createElement('p');
    const term = document.createElement('span');
    term.className = 'search-answer__term';
    const link = document.createElement('a');
    link.href = answer.url;
    link.textContent = answer.title;
    term.append('Begrip: ', link);
    const label = document.createElement('span');
    label.className = 'editorial-label';
    label.textContent = 'redactie';
    p.append(term, ` — ${answer.definition} `, label);
    answerBox.append(p);
  };

  /** The number of results per filter value, in the options: “Visie (12)”. */
  const showCounts = (filterCounts: FilterCounts | undefined) => {
    for (const key of FILTER_KEYS) {
      for (const option of Array.from(selects[key]!.options)) {
        if (!option.value) continue;
        option.dataset.label ??= option.textContent ?? option.value;
        // Pagefind leaves out a value no result has: that is 0, and a choice that would empty the list.
        const counts = filterCounts?.[key];
        const n = counts ? (counts[option.value] ?? 0) : undefined;
        option.textContent =
          n === undefined ? option.dataset.label : `${option.dataset.label} (${n.toLocaleString('nl-NL')})`;
        option.disabled = n === 0 && !option.selected;
      }
    }
  };

  /** The filters beside the results on a wide screen; on a phone a closed disclosure that says how many are chosen. */
  const wide = window.matchMedia('(min-width: 60rem)');
  const placeFilters = () => {
    filtersBox.open = wide.matches;
  };
  const showChosen = () => {
    const n = FILTER_KEYS.filter((k) => selects[k]!.value).length;
    chosen.textContent = n ? ` (${n} gekozen)` : '';
  };

  /** “Resultaten voor informatieronde; u zocht informatiernode”, with a link to search the word as typed. */
  const showCorrection = (corrected: Array<[string, string]>, state: SearchState) => {
    if (!corrected.length) {
      correctionNote.hidden = true;
      correctionNote.replaceChildren();
      return;
    }
    const typed = corrected.map(([t]) => `“${t}”`).join(', ');
    const used = corrected.map(([, u]) => `“${u}”`).join(', ');
    const link = document.createElement('a');
    link.href = `${location.pathname}?${paramsFromState({ ...state, exact: true }).toString()}`;
    link.textContent = `Zoek toch op ${typed}`;
    correctionNote.replaceChildren(`Resultaten voor ${used}; u zocht ${typed}. `, link);
    correctionNote.hidden = false;
  };

  const run = async (state: SearchState) => {
    const mine = ++generation;
    showCorrection([], state);
    showAnswer(undefined);
    document.title = state.q ? `Zoeken: ${state.q} | Sociaal Domein Maastricht` : 'Zoeken | Sociaal Domein Maastricht';
    list.replaceChildren();
    rest = [];
    more.hidden = true;
    empty.hidden = true;
    if (!state.q) {
      status.textContent = 'Typ een of meer woorden en kies Zoeken.';
      return;
    }
    status.textContent = 'Bezig met zoeken…';
    const counts = new Map<string, FilterCounts>();
    try {
      const pf = await loadPagefind();
      const found = await searchDutch(
        state.q,
        {
          search: async (query) => {
            const result = await pf.search(query, { filters: pagefindFilters(state) });
            if (result?.filters) counts.set(query, result.filters);
            return result?.results ?? [];
          },
          vocabulary: loadVocabulary,
        },
        { first: PAGE_SIZE, exact: state.exact },
      );
      if (mine !== generation) return; // a newer search has started
      showCounts(found.partial ? undefined : counts.get(found.query));
      // A query that is a glossary term gets its definition on top; the list leaves that record out.
      // So does a query corrected to a term (“jeugdzrg” → “jeugdzorg”, a synonym of jeugdhulp).
      const answer = glossaryAnswer(state.q, found.data) ?? glossaryAnswer(found.query, found.data);
      showAnswer(answer);
      const skip = (i: number) => i !== answer?.index;
      const total = found.hits.length - (answer ? 1 : 0);
      partial = found.partial;
      shownWords = queryWords(found.query);
      list.replaceChildren(
        ...found.data.map((d, i) => (skip(i) ? item(d, found.hits[i]) : undefined)).filter((x) => x !== undefined),
      );
      rest = found.hits.slice(PAGE_SIZE);
      more.hidden = rest.length === 0;
      const filtered = Object.keys(state.filters).length > 0;
      if (total === 0 && answer) {
        status.textContent = `Geen andere resultaten voor “${state.q}” dan het begrip.`;
        return;
      }
      if (total === 0) {
        empty.hidden = false;
        status.textContent = `Geen resultaten voor “${state.q}”${filtered ? ' met deze filters' : ''}.`;
        return;
      }
      const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');
      const shown = total > PAGE_SIZE ? `, de eerste ${PAGE_SIZE} staan hieronder` : '';
      const words = queryWords(found.query);
      const notFound = [...found.dropped, ...found.missing];
      const instead = found.replaced.length
        ? ` Gezocht op ${found.replaced.map(([typed, used]) => `“${used}” in plaats van “${typed}”`).join(', ')}.`
        : '';
      const partly = found.partial ? ' Geen pagina bevat alle woorden; bovenaan staan de pagina’s met de meeste.' : '';
      const count = `${resultCount(total)} voor “${found.corrected.length ? found.corrected.reduce((q, [typed, used]) => q.replace(typed, used), state.q) : state.q}”`;
      status.textContent =
        found.missing.length === words.length
          ? `Geen treffers voor “${state.q}”. Wel ${resultCount(total)} met woorden die erop lijken${shown}.`
          : `${count}${filtered ? ' met de gekozen filters' : ''}${shown}.${instead}${answerNote(found.query, answer)}${partly}${notFound.length ? ` Geen treffers voor ${quoted(notFound)}; de resultaten passen bij de andere woorden.` : ''}`;
      showCorrection(found.corrected, state);
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      status.textContent =
        'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw of bekijk alle documenten.';
    }
  };

  const fromUrl = () => {
    const state = stateFromParams(new URLSearchParams(location.search));
    fillForm(state);
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm();
    // A new search from the form corrects typos again; "search as typed" is a link.
    const query = paramsFromState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void run(state);
  });
  for (const select of Object.values(selects)) {
    select.addEventListener('change', () => {
      if (input.value.trim()) form.requestSubmit();
    });
  }
  window.addEventListener('popstate', fromUrl);
  more.addEventListener('click', async () => {
    const items = await showMore(generation);
    // Keyboard and screen-reader users continue at the first new result.
    items[0]?.querySelector('a')?.focus();
  });

  placeFilters();
  wide.addEventListener('change', placeFilters);
  for (const select of Object.values(selects)) select.addEventListener('change', showChosen);
  noScript.hidden = true;
  app.hidden = false;
  fromUrl();
  // Load the index while the reader types.
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
}
