/**
 * The search page's script (the only script of the site). It loads Pagefind from the site's
 * own /pagefind/ folder, keeps the query and filters in the URL, and shows the results with
 * the document, the section, an excerpt with the matched words marked, the kind and the date.
 */
import { normalizeQuery, pagefindFilters, paramsFromState, queryWords, stateFromParams, type SearchState } from '../shared/query.ts';
import { FILTER_KEYS } from '../shared/filters.ts';
import { searchDutch } from '../shared/search.ts';
import { PAGEFIND_OPTIONS } from '../shared/options.ts';
import { pageHit, resultCount, type PageHit, type PagefindResultData } from '../shared/results.ts';

interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    opts?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }>; unfilteredResultCount: number } | null>;
}

const PAGE_SIZE = 10;

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
  return p;
}

function resultItem(hit: PageHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const [best, ...more] = hit.sections;
  // The link names the section where the words stand; the line below says where it is.
  const inSection = Boolean(best && best.url.includes('#') && best.title !== hit.pageTitle);
  const h2 = document.createElement('h2');
  h2.className = 'search-result__title';
  const a = document.createElement('a');
  a.href = best?.url ?? hit.pageUrl;
  a.textContent = inSection ? best!.title : hit.pageTitle;
  h2.append(a);
  li.append(h2);

  const context = document.createElement('p');
  context.className = 'search-result__context';
  const where: string[] = [];
  if (hit.document && !hit.pageTitle.includes(hit.document)) where.push(hit.document);
  if (inSection) where.push(hit.pageTitle);
  const facts = [hit.kind, hit.date].filter(Boolean).join(', ');
  context.textContent = [where.join(' › '), facts].filter(Boolean).join(' · ');
  li.append(context);

  if (best) li.append(excerptNode(best.excerptHtml));
  if (more.length) {
    const list = document.createElement('ul');
    list.className = 'search-result__more';
    list.setAttribute('aria-label', `Meer treffers in ${hit.pageTitle}`);
    for (const s of more) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = s.url;
      link.textContent = s.title;
      item.append(link);
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
  const list = byId<HTMLOListElement>('zoekresultaten');
  const more = byId<HTMLButtonElement>('meer-resultaten');
  const selects = Object.fromEntries(FILTER_KEYS.map((k) => [k, byId<HTMLSelectElement>(`filter-${k}`)]));
  const base = app.dataset.pagefindBase ?? '/pagefind/';

  let pagefind: Promise<PagefindApi> | undefined;
  const loadPagefind = () => {
    pagefind ??= (import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindApi>).then(async (pf) => {
      await pf.options(PAGEFIND_OPTIONS);
      return pf;
    });
    return pagefind;
  };
  let generation = 0;
  /** The results of the current search that are not shown yet. */
  let rest: Array<{ data(): Promise<PagefindResultData> }> = [];

  const showMore = async (mine: number): Promise<HTMLLIElement[]> => {
    const next = rest.slice(0, PAGE_SIZE);
    rest = rest.slice(PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== generation) return [];
    const items = data.map((d) => resultItem(pageHit(d)));
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
  };

  const run = async (state: SearchState) => {
    const mine = ++generation;
    document.title = state.q ? `Zoeken: ${state.q} | Sociaal Domein Maastricht` : 'Zoeken | Sociaal Domein Maastricht';
    list.replaceChildren();
    rest = [];
    more.hidden = true;
    if (!state.q) {
      status.textContent = 'Typ een of meer woorden en kies Zoeken.';
      return;
    }
    status.textContent = 'Bezig met zoeken…';
    try {
      const pf = await loadPagefind();
      const found = await searchDutch(state.q, async (query) => {
        const result = await pf.search(query, { filters: pagefindFilters(state) });
        const results = result?.results ?? [];
        const data = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
        return { total: results.length, data, raw: results };
      });
      if (mine !== generation) return; // a newer search has started
      const total = found.run.total;
      list.replaceChildren(...found.run.data.map((d) => resultItem(pageHit(d))));
      rest = found.run.raw.slice(PAGE_SIZE);
      more.hidden = rest.length === 0;
      const filtered = Object.keys(state.filters).length > 0;
      if (total === 0) {
        status.textContent = `Geen resultaten voor “${state.q}”${filtered ? ' met deze filters' : ''}. Probeer een ander of korter woord${filtered ? ', of zoek zonder filters' : ''}.`;
        return;
      }
      const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');
      const shown = total > PAGE_SIZE ? `, de eerste ${PAGE_SIZE} staan hieronder` : '';
      const words = queryWords(found.query);
      const notFound = [...found.dropped, ...found.missing];
      const instead = found.replaced.length
        ? ` Gezocht op ${found.replaced.map(([typed, used]) => `“${used}” in plaats van “${typed}”`).join(', ')}.`
        : '';
      status.textContent =
        found.missing.length === words.length
          ? `Geen treffers voor “${state.q}”. Wel ${resultCount(total)} met woorden die erop lijken${shown}.`
          : `${resultCount(total)} voor “${state.q}”${filtered ? ' met de gekozen filters' : ''}${shown}.${instead}${notFound.length ? ` Geen treffers voor ${quoted(notFound)}; de resultaten passen bij de andere woorden.` : ''}`;
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      status.textContent = 'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw of bekijk alle documenten.';
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

  noScript.hidden = true;
  app.hidden = false;
  fromUrl();
  // Load the index while the reader types.
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
}
