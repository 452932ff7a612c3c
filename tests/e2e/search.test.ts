/**
 * The search page in real Chromium, on the built site with its real index: Dutch compounds,
 * inflections and abbreviations land on the right section; filters narrow the results; the
 * query lives in the URL and survives the back button; the header field leads here; the page
 * is accessible with results shown; without JavaScript it says what to do instead.
 *
 * These queries are deliberately not in the benchmark (bench/search/queries.yaml).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser } from '../support/browser';
import { builtPages, readBuilt } from '../support/site';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

function url(path: string): string {
  return new URL(path.replace(/^\//, ''), baseURL).href;
}

/** Opens the search page for a query string and waits until the status says how it went. */
async function search(query: string, page?: Page): Promise<Page> {
  const p = page ?? (await context.newPage());
  await p.goto(url(`/zoeken/${query}`));
  await waitForResults(p);
  return p;
}

async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.getElementById('zoekstatus')?.textContent ?? '';
    return /resulta(at|ten)/.test(status) && !status.startsWith('Bezig');
  });
}

/** The result links in order: each result's main link, then its other sections. */
/** The section (heading) each result link stands for: its data-section, else where it goes. */
async function sectionsOf(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page
    .locator(selector)
    .evaluateAll((as) =>
      as.map(
        (a) => new URL((a as HTMLAnchorElement).dataset.section ?? (a as HTMLAnchorElement).href, location.href).href,
      ),
    );
  return hrefs.map((h) => decodeURIComponent(new URL(h).pathname + new URL(h).hash));
}

async function resultLinks(page: Page): Promise<string[]> {
  return sectionsOf(page, '#zoekresultaten a');
}

async function mainLinks(page: Page): Promise<string[]> {
  return sectionsOf(page, '.search-result__title a');
}

/** Where the result links go (paragraph and text fragment included). */
async function hrefsOf(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.search-result__title a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => decodeURIComponent(new URL(h).pathname + new URL(h).hash));
}

describe('search finds Dutch the way people type it', () => {
  it.each([
    [
      'compound part',
      'landschap',
      '/documenten/sociale-visie-2040/leidende-principes/#we-organiseren-uitvoering-overzichtelijk-en-nabij',
    ],
    ['compound part', 'bundeling', '/documenten/sociale-visie-2040/inleiding/#officiele-tekst'],
    // No page holds the word "beleidsplannen"; the quick scan's section and the finding about
    // the Wmo policy plan both hold "beleidsplan", and either is what a reader wants.
    [
      'inflection',
      'beleidsplannen',
      ['/documenten/quickscan-vng-2024/#inkoopaanbesteding-wmo-en-jeugd', '/bevindingen/beleidsplan-wmo/'],
    ],
    [
      'abbreviation in full',
      'Centraal Bureau voor de Statistiek',
      '/documenten/sociale-visie-2040/bijlage-trends/#footnote-label',
    ],
    ['abbreviation', 'MO/BW', '/documenten/quickscan-vng-2024/#mobw'],
  ])('%s: “%s” has the expected section in the top 3', async (_kind, q, expected) => {
    const page = await search(`?q=${encodeURIComponent(q)}`);
    try {
      const links = (await mainLinks(page)).slice(0, 3);
      const wanted = typeof expected === 'string' ? [expected] : expected;
      expect(
        links.some((l) => wanted.includes(l)),
        `top 3 for “${q}”: ${links.join(', ')}`,
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('shows the section, document, kind, date and an excerpt with the word marked, without index additions', async () => {
    const p = await search('?q=achterstand');
    try {
      const first = p.locator('.search-result').first();
      expect(await first.locator('.search-result__title a').textContent()).toBe('2 Waar staan we nu?');
      expect(await first.locator('.search-result__context').textContent()).toBe('Sociale Visie 2040 · Visie, 2021');
      const excerpt = (await first.locator('.search-result__excerpt').innerHTML()) ?? '';
      expect(excerpt).toContain('<mark>onderwijsachterstand</mark>');
      const text = await p.locator('#zoekresultaten').textContent();
      expect(text).not.toMatch(/[⟦⟧]/);
    } finally {
      await p.close();
    }
  });

  it('retries an inflected word in its base form and says so', async () => {
    // The text has only "essentieel"; neither prefix matching nor Pagefind's stemmer reach it.
    const page = await search('?q=essenti%C3%ABle');
    try {
      expect(await page.locator('#zoekstatus').textContent()).toBe(
        '1 resultaat voor “essentiële”. Gezocht op “essentieel” in plaats van “essentiële”.',
      );
      expect(await mainLinks(page)).toEqual(['/documenten/sociale-visie-2040/bijlage-trends/#arbeidsparticipatie']);
    } finally {
      await page.close();
    }
  });

  it('says which words found nothing instead of passing off look-alikes as matches', async () => {
    const page = await search('?q=vangnet%20mantelzorg');
    try {
      expect(await page.locator('#zoekstatus').textContent()).toContain(
        'Geen treffers voor “mantelzorg”; de resultaten passen bij de andere woorden.',
      );
      await page.goto(url('/zoeken/?q=wachtlijsten'));
      await waitForResults(page);
      expect(await page.locator('#zoekstatus').textContent()).toMatch(
        /^Geen treffers voor “wachtlijsten”\. Wel 1 resultaat met woorden die erop lijken\./,
      );
    } finally {
      await page.close();
    }
  });

  it('does not flood a short word with false compound matches', async () => {
    // "rijk" must not match "belangrijk": the compound rules refuse that split.
    const page = await search('?q=rijk');
    try {
      const excerpts = await page.locator('.search-result__excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const e of excerpts) expect(e.toLowerCase()).not.toMatch(/belangrijk/);
    } finally {
      await page.close();
    }
  });
});

describe('search answers what people type: misspellings, questions, compounds typed apart', () => {
  it.each([
    ['misspelling (swapped letters)', 'informatiernode', ['/documenten/rondebriefje-informatieronde-2021/*']],
    [
      'misspelling (doubled vowel)',
      'hoenderkaamp',
      ['/documenten/quickscan-vng-2024/*', '/documenten/raadsinformatiebrief-quickscan-2024/*'],
    ],
    ['misspelling (letter missing)', 'spinneweb', ['/documenten/sociale-visie-2040/positieve-gezondheid/*']],
    ['misspelling (ij for ei)', 'eenzaamhijd', ['/documenten/sociale-visie-2040/bijlage-trends/*']],
    ['misspelling (single consonant)', 'dagbestedding', ['/documenten/sociale-visie-2040/bestaanszekerheid/*']],
    [
      'question',
      'wanneer vond de stadsdialoog plaats',
      [
        '/documenten/sociale-visie-2040/inleiding/*',
        '/documenten/sociale-visie-2040/leidende-principes/*',
        '/documenten/sociale-visie-2040/bijlage-trends/*',
      ],
    ],
    [
      'question',
      'waarom moest het anders',
      ['/documenten/raadsvoorstel-65-2021/*', '/documenten/rondebriefje-informatieronde-2021/*'],
    ],
    ['question', 'hoeveel mensen voelen zich eenzaam', ['/documenten/sociale-visie-2040/bijlage-trends/#corona']],
    ['compound apart, reversed', 'zorg jeugd', ['/documenten/quickscan-vng-2024/*']],
    [
      'compound apart, another form',
      'wijken verplegen',
      [
        '/documenten/sociale-visie-2040/waar-staan-we-nu/*',
        '/documenten/sociale-visie-2040/bijlage-trends/#gezondheid',
      ],
    ],
  ])('%s: “%s” puts the right passage in the top 5', async (_kind, q, expected) => {
    const page = await search(`?q=${encodeURIComponent(q)}`);
    try {
      const links = (await mainLinks(page)).slice(0, 5);
      const ok = (l: string) => expected.some((e) => (e.endsWith('*') ? l.split('#')[0] === e.slice(0, -1) : l === e));
      expect(links.some(ok), `top 5 for “${q}”: ${links.join(', ')}`).toBe(true);
    } finally {
      await page.close();
    }
  });

  // The exact passage, not only the right page: a top-5 result links to a paragraph (#alinea-n,
  // perhaps with a text fragment) whose text on the built page holds the word the reader meant.
  const paragraphText = (path: string, id: string): string => {
    // A paragraph (alinea-n), a footnote (user-content-fn-n, a list item) or the signatures (a div).
    const m = new RegExp(`<(p|li|div) [^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(readBuilt(path));
    return (m?.[2] ?? '').replace(/<[^>]+>/g, '').toLowerCase();
  };
  it.each([
    ['informatiernode', ['/documenten/rondebriefje-informatieronde-2021/'], 'informatieronde'],
    ['spinneweb', ['/documenten/sociale-visie-2040/positieve-gezondheid/'], 'spinnenweb'],
    ['dagbestedding', ['/documenten/sociale-visie-2040/bestaanszekerheid/'], 'dagbesteding'],
    ['eenzaamhijd', ['/documenten/sociale-visie-2040/'], 'eenzaam'],
    // Both words in one passage (footnote 4 of the appendix), not a paragraph with only one of them.
    ['wanneer vond de stadsdialoog plaats', ['/documenten/sociale-visie-2040/bijlage-trends/'], 'stadsdialogen'],
    ['zorg jeugd', ['/documenten/quickscan-vng-2024/'], 'jeugd'],
    // A signatory: the signature block of the council letter.
    ['hoenderkaamp', ['/documenten/raadsinformatiebrief-quickscan-2024/'], 'hoenderkamp'],
  ])('“%s”: a top-5 result links to a paragraph of %s that holds “%s”', async (q, docs, word) => {
    const page = await search(`?q=${encodeURIComponent(q)}`);
    try {
      const hits = (await hrefsOf(page)).slice(0, 5);
      const exact = hits.filter((h) => {
        const m = /^(\/[^#]+)#(alinea-\d+|user-content-fn-\d+|ondertekening)/.exec(h);
        return m && docs.some((d) => m[1]!.startsWith(d)) && paragraphText(m[1]!, m[2]!).includes(word);
      });
      expect(exact.length, `top 5 for “${q}”: ${hits.join(', ')}`).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('says which word it searched instead, and links to the word as typed', async () => {
    const page = await search('?q=informatiernode');
    try {
      const note = page.locator('#zoekcorrectie');
      expect(await note.textContent()).toContain('Resultaten voor “informatieronde”; u zocht “informatiernode”.');
      const link = note.getByRole('link', { name: 'Zoek toch op “informatiernode”' });
      expect(new URL((await link.getAttribute('href'))!, baseURL).search).toBe('?q=informatiernode&precies=1');
      await link.click();
      await waitForResults(page);
      expect(await note.isVisible()).toBe(false);
      expect(await page.locator('#zoekstatus').textContent()).toContain('informatiernode');
    } finally {
      await page.close();
    }
  });

  it('loads the vocabulary only when a word finds nothing', async () => {
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    try {
      await search('?q=wijkverpleging', page);
      expect(fetched.filter((p) => p.endsWith('/vocabulary.json'))).toEqual([]);
      await search('?q=wijkverpleeging', page);
      expect(fetched.filter((p) => p.endsWith('/vocabulary.json'))).toHaveLength(1);
    } finally {
      await page.close();
    }
  });

  it('ranks by how many words a page holds when none holds all, and says which words a page lacks', async () => {
    const page = await search(`?q=${encodeURIComponent('stadsdialoog frictiekosten')}`);
    try {
      expect(await page.locator('#zoekstatus').textContent()).toContain('Geen pagina bevat alle woorden');
      const notes = await page.locator('.search-result__missing').allTextContents();
      expect(notes.length).toBeGreaterThan(0);
      expect(notes[0]).toMatch(/^Niet op deze pagina: “(stadsdialoog|frictiekosten)”$/);
    } finally {
      await page.close();
    }
  });
});

describe('landing on the paragraph', () => {
  it('links at least 80 % of document hits to the paragraph where the words stand, with the words marked', async () => {
    let documentHits = 0;
    let toParagraph = 0;
    for (const q of [
      'wijkverpleging',
      'frictiekosten',
      'toegang',
      'zaaksysteem',
      'eenzaamheid',
      'budget',
      'vrijwilligers',
      'Wmo',
      'gezondheid',
      'armoede',
      'inkoop',
      'monitoring',
    ]) {
      const page = await search(`?q=${encodeURIComponent(q)}`);
      try {
        for (const href of await hrefsOf(page)) {
          if (!href.startsWith('/documenten/')) continue;
          documentHits++;
          if (/#alinea-\d+(:~:text=.+)?$/.test(href)) toParagraph++;
        }
      } finally {
        await page.close();
      }
    }
    expect(documentHits).toBeGreaterThan(25);
    expect(toParagraph / documentHits, `${toParagraph} of ${documentHits}`).toBeGreaterThanOrEqual(0.8);
  });

  it('arrives at the paragraph, with a text fragment for the word (Chromium supports them)', async () => {
    const page = await search('?q=frictiekosten');
    try {
      const link = page.locator('.search-result__title a[href^="/documenten/"]').first();
      const href = decodeURIComponent((await link.getAttribute('href')) ?? '');
      // The words before the word are the fragment's prefix, so it marks this place and not an earlier one.
      expect(href).toMatch(/^\/documenten\/raadsvoorstel-65-2021\/#alinea-\d+:~:text=([^,]+-,)?frictiekosten/i);
      const id = href.match(/#(alinea-\d+)/)![1]!;
      await link.click();
      await page.waitForURL(/raadsvoorstel-65-2021/);
      const paragraph = page.locator(`[id="${id}"]`);
      expect((await paragraph.textContent())?.toLowerCase()).toContain('frictiekosten');
      // The browser scrolls to the marked words, which stand in that paragraph.
      const inView = await page
        .waitForFunction(
          (sel) => {
            const el = document.querySelector(sel);
            if (!el) return false;
            const r = el.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight;
          },
          `[id="${id}"]`,
          { timeout: 5000 },
        )
        .then(
          () => true,
          () => false,
        );
      expect(inView, `${href}: scrolled to ${await page.evaluate(() => scrollY)}`).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('glossary answers and the results page', () => {
  it('answers a term or abbreviation with its definition on top, linked to the entry', async () => {
    const page = await search('?q=KCC');
    try {
      const answer = page.locator('#zoekantwoord');
      expect(await answer.isVisible()).toBe(true);
      expect(await answer.textContent()).toMatch(/^Begrip: Klant Contact Centrum \(KCC\) — Het centrale punt/);
      expect(await answer.getByRole('link').getAttribute('href')).toBe('/begrippen/#kcc');
      // The document passage follows as the first result.
      expect((await mainLinks(page))[0]).toBe('/documenten/quickscan-vng-2024/#toegang');
    } finally {
      await page.close();
    }
  });

  it('corrects a typo in a term and then answers with the term: “jeugdzrg” → jeugdhulp', async () => {
    // Before, “jeugdzrg” counted as found in every “Jeugd” and was never corrected; once corrected,
    // the answer was still looked up for the words as typed.
    const page = await search('?q=jeugdzrg');
    try {
      expect(await page.locator('#zoekcorrectie').textContent()).toContain('Resultaten voor “jeugdzorg”');
      const answer = page.locator('#zoekantwoord');
      expect(await answer.isVisible()).toBe(true);
      expect(await answer.getByRole('link').getAttribute('href')).toBe('/begrippen/#jeugdhulp');
      expect(await mainLinks(page)).not.toContain('/begrippen/#jeugdhulp');
    } finally {
      await page.close();
    }
  });

  it('treats spelling variants as one term: “P&C-cyclus” finds the quick scan’s “P&C cyclus” too', async () => {
    for (const q of ['P&C-cyclus', 'P&C cyclus']) {
      const page = await search(`?q=${encodeURIComponent(q)}`);
      try {
        expect(await page.locator('#zoekantwoord').textContent()).toContain('Begrip: planning- en controlcyclus');
        expect(await mainLinks(page), q).toContain('/documenten/quickscan-vng-2024/#monitoring-en-leren');
      } finally {
        await page.close();
      }
    }
  });

  it('titles glossary hits with their term, not their letter', async () => {
    const page = await search('?q=voorliggend');
    try {
      const glossary = await page.locator('.search-result__title a[href^="/begrippen/"]').allTextContents();
      expect(glossary.length).toBeGreaterThan(0);
      for (const title of glossary) expect(title).not.toMatch(/^[A-Z]$/);
    } finally {
      await page.close();
    }
  });

  it('titles a timeline hit with what happened and its own date, not with the year above it', async () => {
    // The event ids stood on the list items and the only headings with an id were the years:
    // every timeline hit was titled “2021”, its excerpt ran into the next event's date.
    const page = await search('?q=ateliersessie');
    try {
      const hit = page.locator('.search-result', { has: page.locator('.search-result__title a[href^="/tijdlijn/"]') });
      expect(await hit.locator('.search-result__title a').textContent()).toBe(
        'Ateliersessie sociaal domein met de raad',
      );
      expect(await mainLinks(page)).toContain('/tijdlijn/#ateliersessie-30-juni-2021');
      expect(await hit.locator('.search-result__excerpt').textContent()).toContain('30 juni 2021');
    } finally {
      await page.close();
    }
  });

  it('shows the first result within the first screen on a phone, with the filters in a closed disclosure with counts', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await ctx.newPage();
    try {
      await search('?q=wijkverpleging', page);
      expect(await page.locator('input[type="search"]').count()).toBe(1);
      const top = await page
        .locator('.search-result')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThanOrEqual(600);
      const filters = page.locator('#zoekfilters');
      expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await page.locator('#zoekfilters summary').click();
      const options = await page.locator('#filter-soort option').allTextContents();
      expect(
        options.some((o) => /^Visie \(\d+\)$/.test(o)),
        options.join(', '),
      ).toBe(true);
      // Every option has its count, a value no result has too (0), and that one cannot be chosen.
      const themes = await page
        .locator('#filter-thema option:not([value=""])')
        .evaluateAll((os) => os.map((o) => [o.textContent, (o as HTMLOptionElement).disabled] as const));
      for (const [text, disabled] of themes) {
        expect(text, themes.join('; ')).toMatch(/\(\d+\)$/);
        expect(disabled, String(text)).toBe(/\(0\)$/.test(text ?? ''));
      }
      expect(themes.some(([, disabled]) => disabled)).toBe(true);
    } finally {
      await ctx.close();
    }
  });

  it('offers ways on when nothing is found, and only then', async () => {
    const page = await search('?q=mantelzorg');
    try {
      expect(await page.locator('#zoekstatus').textContent()).toBe('Geen resultaten voor “mantelzorg”.');
      const empty = page.locator('#zoekleeg');
      expect(await empty.isVisible()).toBe(true);
      const links = await empty
        .locator('a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(expect.arrayContaining(['/begrippen/', '/documenten/']));
      await page.locator('#zoekterm').fill('wijkverpleging');
      await page.locator('#zoekterm').press('Enter');
      await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(await empty.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('puts the filters beside the results on a desktop', async () => {
    const page = await search('?q=wijkverpleging');
    try {
      expect(await page.locator('#zoekfilters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      const filters = await page.locator('#zoekfilters').boundingBox();
      const results = await page.locator('#zoekresultaten').boundingBox();
      expect(filters!.x).toBeGreaterThan(results!.x + results!.width - 1);
      expect(filters!.y).toBeLessThan(results!.y + 200);
    } finally {
      await page.close();
    }
  });
});

describe('what is indexed', () => {
  /** The part of a built page that Pagefind indexes: its main landmark or its article. */
  const indexed = (path: string) => /<(main|article)\b[^>]*\sdata-pagefind-body/.test(readBuilt(path));

  it('indexes the documents and the other content pages, and leaves out pages that only repeat titles', () => {
    const pages = builtPages();
    for (const path of [
      '/documenten/quickscan-vng-2024/',
      '/documenten/sociale-visie-2040/inleiding/',
      '/bevindingen/',
      '/bevindingen/toegang/',
      '/begrippen/',
      '/tijdlijn/',
      '/dossiers/financien/',
      '/cijfers/',
      '/inwoners/',
      '/route/',
      '/toegankelijkheid/',
      '/privacy/',
    ])
      expect(indexed(path), path).toBe(true);
    for (const path of ['/', '/documenten/', '/dossiers/', '/bevindingen/onderdeel/financien/', '/zoeken/'])
      expect(indexed(path), path).toBe(false);
    expect(pages.filter(indexed).length).toBeGreaterThan(40);
  });

  it('keeps verbatim quotes on derived pages out of the index, so a search lands on the document', async () => {
    const page = await context.newPage();
    try {
      for (const path of ['/bevindingen/toegang/', '/tijdlijn/', '/bevindingen/', '/dossiers/toegang/']) {
        await page.goto(url(path));
        const quotes = await page
          .locator('main [data-source-file]')
          .evaluateAll((els) => els.map((el) => el.closest('[data-pagefind-ignore]') !== null));
        expect(quotes.length, path).toBeGreaterThan(0);
        expect(quotes.every(Boolean), `${path}: a quote without data-pagefind-ignore`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it('finds words that only a derived page has, and says what kind of page it is', async () => {
    // "jeugdbescherming" stands only in the glossary's editorial definition of the Jeugdwet.
    const page = await search('?q=jeugdbescherming');
    try {
      expect(await mainLinks(page)).toEqual(['/begrippen/#jeugdwet']);
      expect(await page.locator('.search-result__title a').first().textContent()).toBe('Jeugdwet');
      expect(await page.locator('.search-result__context').first().textContent()).toContain('Begrip');
    } finally {
      await page.close();
    }
  });
});

describe('ranking', () => {
  it.each([
    ['toegang', '/documenten/quickscan-vng-2024/#toegang'],
    ['financiën', '/documenten/quickscan-vng-2024/#financiën'],
  ])(
    'a heading weighs more than body text: for “%s” the section with that heading is in the top 4, below only pages with the word in their title',
    async (q, expected) => {
      const page = await search(`?q=${encodeURIComponent(q)}`);
      try {
        const links = await mainLinks(page);
        const titles = await page.locator('.search-result__title a').allTextContents();
        const at = links.indexOf(expected);
        expect(at, `top 4 for “${q}”: ${links.slice(0, 4).join(', ')}`).toBeGreaterThanOrEqual(0);
        // The findings overview (/bevindingen/) has a section per topic too, so up to three
        // pages about the subject itself can stand above the source.
        expect(at).toBeLessThan(4);
        // Above it only pages about the subject itself (a finding or dossier titled “Toegang”).
        for (const title of titles.slice(0, at)) expect(title.toLowerCase()).toContain(q);
      } finally {
        await page.close();
      }
    },
  );

  // Pagefind's Dutch stemmer reads “visitatie” as “visiteer” but leaves “Visitatiecommissie”
  // as it is, so without the index step's help the word does not find the compound that
  // starts with it, and a chart with “visitatie” in its title came first.
  it('finds the document whose title starts with the word first: “visitatie” is the quick scan', async () => {
    const page = await search('?q=visitatie');
    try {
      const links = await mainLinks(page);
      expect(links[0], `top 3: ${links.slice(0, 3).join(', ')}`).toMatch(/^\/documenten\/quickscan-vng-2024\//);
    } finally {
      await page.close();
    }
  });

  // Pagefind boosts a word in a page's title, whatever the page's weight: the chart titled
  // “Eenzaamheid in Maastricht steeg …” came before the vision that it draws on.
  it('puts the document before a chart whose title holds the word: “eenzaamheid”', async () => {
    const page = await search('?q=eenzaamheid');
    try {
      const links = await mainLinks(page);
      expect(links[0], `top 3: ${links.slice(0, 3).join(', ')}`).toMatch(/^\/documenten\//);
      expect(links.slice(0, 3)).toContain('/cijfers/eenzaamheid-verloop/#grafiek-eenzaamheid-verloop-title');
    } finally {
      await page.close();
    }
  });

  it('finds the editorial summary: the vision’s document page holds only its summary', async () => {
    const page = await search('?q=uitnodiging');
    try {
      expect(await resultLinks(page)).toContain('/documenten/sociale-visie-2040/#samenvatting-redactie');
    } finally {
      await page.close();
    }
  });
});

describe('long result lists', () => {
  it('show ten results and a button for the rest, which moves focus to the first new result', async () => {
    const page = await search('?q=sociaal');
    try {
      const total = Number((await page.locator('#zoekstatus').textContent())?.match(/(\d+) resulta/)?.[1]);
      expect(total).toBeGreaterThan(10);
      expect(await page.locator('.search-result').count()).toBe(10);
      const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, Math.min(total, 20));
      expect(await more.isVisible()).toBe(total > 20);
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('.search-result')].indexOf(document.activeElement!.closest('.search-result')!),
        ),
      ).toBe(10);
    } finally {
      await page.close();
    }
  });
});

describe('filters', () => {
  it('narrow the results to the chosen kind and document, and say so', async () => {
    const all = await search('?q=sociaal');
    const total = Number((await all.locator('#zoekstatus').textContent())?.match(/(\d+) resulta/)?.[1]);
    await all.close();
    expect(total).toBeGreaterThan(3);

    const visie = await search('?q=sociaal&soort=Visie');
    try {
      const status = (await visie.locator('#zoekstatus').textContent()) ?? '';
      const n = Number(status.match(/(\d+) resulta/)?.[1]);
      expect(status).toContain('met de gekozen filters');
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(total);
      const contexts = await visie.locator('.search-result__context').allTextContents();
      for (const c of contexts) expect(c).toContain('Visie');
      expect(await visie.locator('#filter-soort').inputValue()).toBe('Visie');
    } finally {
      await visie.close();
    }

    const doc = await search('?q=sociaal&document=Raadsvoorstel%2065-2021');
    try {
      const links = await mainLinks(doc);
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) expect(l).toMatch(/^\/documenten\/raadsvoorstel-65-2021\//);
    } finally {
      await doc.close();
    }
  });

  it('by theme and audience work from the form and end up in the URL', async () => {
    const page = await search('?q=gezondheid');
    try {
      const before = await mainLinks(page);
      await page.selectOption('#filter-thema', 'Positieve gezondheid');
      await page.waitForURL(/thema=Positieve\+gezondheid/);
      await waitForResults(page);
      await page.selectOption('#filter-voor', 'Inwoners');
      await page.waitForURL(/voor=Inwoners/);
      await waitForResults(page);
      const after = await mainLinks(page);
      expect(after.length).toBeGreaterThan(0);
      expect(after.length).toBeLessThan(before.length);
      for (const l of after) expect(l).toMatch(/^\/documenten\/sociale-visie-2040\//);
    } finally {
      await page.close();
    }
  });

  it('apply to the derived pages too: dossiers are for council members, findings have their themes', async () => {
    const council = await search('?q=toegang&voor=Raadsleden');
    try {
      expect(await mainLinks(council)).toContain('/dossiers/toegang/');
    } finally {
      await council.close();
    }
    const theme = await search('?q=toegang&thema=Toegang');
    try {
      const links = await mainLinks(theme);
      expect(links).toContain('/bevindingen/toegang/');
      expect(links).not.toContain('/dossiers/toegang/');
    } finally {
      await theme.close();
    }
  });
});

describe('the query in the URL', () => {
  it('fills the form, and a new search adds a history entry the back button returns from', async () => {
    const page = await search('?q=bundeling');
    try {
      expect(await page.locator('#zoekterm').inputValue()).toBe('bundeling');
      const first = await resultLinks(page);
      await page.fill('#zoekterm', 'stadsdialoog');
      await page.press('#zoekterm', 'Enter'); // keyboard only
      await page.waitForURL(/\?q=stadsdialoog$/);
      await waitForResults(page);
      expect(await page.title()).toContain('stadsdialoog');
      expect(await resultLinks(page)).not.toEqual(first);

      await page.goBack();
      await page.waitForURL(/\?q=bundeling$/);
      await waitForResults(page);
      expect(await page.locator('#zoekterm').inputValue()).toBe('bundeling');
      expect(await resultLinks(page)).toEqual(first);
    } finally {
      await page.close();
    }
  });

  it('is where the header field of every reading page sends its words', async () => {
    const page = await context.newPage();
    try {
      await page.goto(url('/documenten/raadsvoorstel-65-2021/'));
      expect(await page.locator('script').count()).toBe(0);
      await page.getByRole('searchbox', { name: 'Zoeken in de documenten' }).fill('wijkverpleging');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL(/\/zoeken\/\?q=wijkverpleging$/);
      await waitForResults(page);
      expect((await mainLinks(page)).length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('accessibility and privacy of the search page', () => {
  it('announces the count in a live region, is axe-clean with results, and asks nothing of other sites', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    try {
      await search('?q=wmo', page);
      const status = page.locator('#zoekstatus');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await status.textContent()).toMatch(/^\d+ resulta(at|ten) voor “wmo”/);
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(requests.some((r) => r.includes('/pagefind/'))).toBe(true);
      expect(requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['in dark mode', { colorScheme: 'dark' as const }],
    ['at 320 px without sideways scrolling', { viewport: { width: 320, height: 640 } }],
  ])('is axe-clean with results %s', async (_label, options) => {
    const ctx = await browser.newContext(options);
    const page = await ctx.newPage();
    try {
      await search('?q=achterstand&soort=Visie', page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it('can be used with the keyboard: Tab reaches the field, Enter searches, Tab reaches the results', async () => {
    const page = await context.newPage();
    try {
      await page.goto(url('/zoeken/'));
      // Skip link, brand, two menu items, header field, header button, breadcrumb, then the page's field.
      let focused = '';
      for (let i = 0; i < 12 && focused !== 'zoekterm'; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      expect(focused).toBe('zoekterm');
      await page.keyboard.type('stadsdialoog');
      await page.keyboard.press('Enter');
      await waitForResults(page);
      let onResult = false;
      for (let i = 0; i < 10 && !onResult; i++) {
        await page.keyboard.press('Tab');
        onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('#zoekresultaten')));
      }
      expect(onResult).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('without JavaScript', () => {
  it('says that search needs it and links to the documents; the search form stays hidden', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    try {
      await page.goto(url('/zoeken/?q=wmo'));
      const message = page.locator('#zoeken-zonder-script');
      expect(await message.isVisible()).toBe(true);
      expect(await message.textContent()).toContain('Zoeken werkt alleen met JavaScript');
      const link = message.getByRole('link', { name: 'Naar alle documenten' });
      expect(new URL((await link.getAttribute('href'))!, baseURL).pathname).toBe('/documenten/');
      expect(await page.locator('#zoekformulier').isVisible()).toBe(false);
    } finally {
      await ctx.close();
    }
  });

  it('shows the same accessible message when the search script cannot load', async () => {
    // axe-core needs JavaScript itself, so this checks the fallback with the page's own script blocked.
    const page = await context.newPage();
    try {
      await page.route('**/_astro/*.js', (route) => route.abort());
      await page.goto(url('/zoeken/?q=wmo'));
      expect(await page.locator('#zoeken-zonder-script').isVisible()).toBe(true);
      expect(await page.locator('#zoekformulier').isVisible()).toBe(false);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
