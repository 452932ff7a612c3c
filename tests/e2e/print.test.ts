/**
 * Print: with print media emulated, layer pages and dossiers hide the navigation chrome,
 * print link targets after links, and lay out on A4.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser';
import { dossierIds } from '../support/data';
import { firstOfEachType } from '../support/page-types';
import { blankBelowText, pageImages, printPage, rawPages, wordBoxes, type PrintedPdf } from '../support/pdf';
import { pseudoBoxes } from '../support/pseudo-boxes';
import { startStaticServer } from '../support/static-server';
import { ASTRO, runLocked } from '../support/astro-build';

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 800, height: 1100 } });
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['/dossiers/financien/', '/bevindingen/toegang/', '/documenten/quickscan-vng-2024/'])(
  '%s in print',
  (path) => {
    it('hides header, navigation, breadcrumbs and footer, and shows them on screen', async () => {
      const page = await context.newPage();
      try {
        await page.goto(new URL(path.replace(/^\//, ''), baseURL).href);
        const shown = (sel: string) =>
          page
            .locator(sel)
            .first()
            .evaluate((el) => getComputedStyle(el).display !== 'none');
        expect(await shown('.site-nav')).toBe(true);
        await page.emulateMedia({ media: 'print' });
        for (const sel of ['.site-header', '.site-nav', '.breadcrumbs', '.site-footer']) {
          expect(await shown(sel), `${sel} zichtbaar in print`).toBe(false);
        }
        expect(await shown('main')).toBe(true);
      } finally {
        await page.close();
      }
    });
  },
);

describe('dossier in print', () => {
  it('prints no address after links to the site’s own pages, and renders to A4', async () => {
    const page = await context.newPage();
    try {
      await page.goto(new URL('dossiers/financien/', baseURL).href);
      await page.emulateMedia({ media: 'print' });
      const afters = await page
        .locator('.dossier a[href^="/"]')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el, '::after').content));
      expect(afters.length).toBeGreaterThan(5);
      for (const a of afters) expect(a).not.toMatch(/https?:/);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      // A4 is 595 x 842 points (210 x 297 mm); Chromium writes e.g. 594.95996 841.91998.
      const box = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
      expect(box, 'geen MediaBox in de PDF').not.toBeNull();
      expect(Math.round(Number(box![1]))).toBe(595);
      expect(Math.round(Number(box![2]))).toBe(842);
    } finally {
      await page.close();
    }
  });
});

const PLACEHOLDER = 'sociaaldomein.example.nl';
const urls = (text: string) => text.match(/https?:\/\/[^\s)]+/g) ?? [];

/** Every page has the running header, a page number "pagina n van m" and no placeholder domain. */
function expectPaged(pdf: PrintedPdf, title: string) {
  expect(pdf.pages.length).toBeGreaterThan(0);
  pdf.pages.forEach((text, i) => {
    expect(text, `pagina ${i + 1}`).toContain(`pagina ${i + 1} van ${pdf.pages.length}`);
    expect(text.replace(/\s+/g, ' '), `kop op pagina ${i + 1}`).toContain(`Sociaal Domein Maastricht · ${title}`);
    expect(text, `stand op pagina ${i + 1}`).toMatch(/stand van \d{1,2} [a-z]+ \d{4}/);
    expect(text).not.toContain(PLACEHOLDER);
  });
}

describe('printed to PDF (default build, no SITE_URL)', () => {
  it('the finance dossier has page numbers, a running header and footer, no placeholder domain and at most three addresses', async () => {
    const pdf = await printPage(context, new URL('dossiers/financien/', baseURL).href);
    expectPaged(pdf, 'Dossier Financiën');
    const all = pdf.pages.join('\n');
    expect(urls(all).length, urls(all).join(', ')).toBeLessThanOrEqual(3);
    // Editorial marking prints as text, paragraph numbers print with their sign.
    expect(all).toContain('[redactie]');
    expect(all).toMatch(/¶ \d+/);
    expect(all).toContain('€ 430.000');
  });

  it.each([
    ['/documenten/quickscan-vng-2024/', 'Quick scan'],
    ['/bevindingen/', 'Bevindingen'],
    ['/begrippen/', 'Begrippen en afkortingen'],
  ])('%s prints with page numbers and without the placeholder domain', async (path, title) => {
    const pdf = await printPage(context, new URL(path.replace(/^\//, ''), baseURL).href);
    pdf.pages.forEach((text, i) => {
      expect(text, `${path} pagina ${i + 1}`).toContain(`pagina ${i + 1} van ${pdf.pages.length}`);
      expect(text).not.toContain(PLACEHOLDER);
    });
    expect(pdf.pages[0]!.replace(/\s+/g, ' ')).toContain(`Sociaal Domein Maastricht · ${title}`);
  });

  /*
   * A heading or a chart's caption at the foot of a page, with its text or drawing on the next,
   * is what a reader of a printout notices first. The texts of the headings and of each line of
   * the chart captions (title, subtitle, unit) are read from the page; none may be the last
   * text of a printed page (before the running footer).
   */
  it.each([
    '/documenten/quickscan-vng-2024/',
    '/documenten/raadsvoorstel-65-2021/',
    '/documenten/sociale-visie-2040/waar-staan-we-nu/',
    '/cijfers/',
    '/tijdlijn/',
  ])('%s prints no heading or chart caption at the foot of a page', async (path) => {
    const url = new URL(path.replace(/^\//, ''), baseURL).href;
    const page = await context.newPage();
    let keepWithNext: string[];
    try {
      await page.goto(url);
      keepWithNext = await page
        .locator('main :is(h1, h2, h3, h4), main .chart__caption > span')
        .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    } finally {
      await page.close();
    }
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const ends = keepWithNext.map((t) => norm(t).slice(-30)).filter((t) => t.length >= 8);
    expect(ends.length).toBeGreaterThan(5);
    const pdf = await printPage(context, url);
    const atFoot = pdf.pages.slice(0, -1).flatMap((text, i) => {
      const lines = text
        .split('\n')
        .map(norm)
        .filter((l) => l && !/pagina \d+ van \d+|^stand van/.test(l));
      const tail = lines.slice(-4).join(' ');
      return ends.filter((end) => tail.endsWith(end)).map((end) => `pagina ${i + 1} eindigt met "…${end}"`);
    });
    expect(atFoot, atFoot.join('\n')).toEqual([]);
  });

  /*
   * The glossary's entries differ much in length. Kept whole, a long entry left up to 21% of the
   * page before it blank; now entries break, but a term's name (or a letter) never ends a page:
   * the start of its definition comes with it. What may stay blank is what a letter, a term of
   * two lines and two lines of its definition need (about a sixth of the type area).
   */
  it('/begrippen/ fills its pages and keeps each term with the start of its definition', async () => {
    const url = new URL('begrippen/', baseURL).href;
    const page = await context.newPage();
    let names: string[];
    try {
      await page.goto(url);
      names = await page
        .locator('.glossary-letter h2, .glossary__term')
        .evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
      await page.emulateMedia({ media: 'print' });
      const breaks = await page
        .locator('.glossary__entry')
        .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).breakInside))]);
      expect(breaks).toEqual(['auto']);
    } finally {
      await page.close();
    }
    expect(names.length).toBeGreaterThan(40);
    const pdf = await printPage(context, url);
    const blank = blankBelowText(pdf.file);
    expect(blank).toHaveLength(pdf.pages.length);
    const tooEmpty = blank
      .slice(0, -1)
      .flatMap((b, i) => (b > 0.2 ? [`pagina ${i + 1}: ${Math.round(b * 100)}% leeg`] : []));
    expect(tooEmpty, tooEmpty.join('\n')).toEqual([]);
    const alone = pdf.pages.slice(0, -1).flatMap((text, i) => {
      const lines = text
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter((l) => l && !/pagina \d+ van \d+|^stand van/.test(l));
      const last = lines.at(-1) ?? '';
      // A name that wraps ends the page with its last line: a suffix of the heading.
      return names.filter((n) => n === last || n.endsWith(` ${last}`)).map((n) => `pagina ${i + 1} eindigt met "${n}"`);
    });
    expect(alone, alone.join('\n')).toEqual([]);
  });

  /*
   * A printed page clips what lies in its margin. The timeline's rings stood 5 px left of the
   * list and printed as half-moons; the numbers of "Zinnen met een datum" from 10 up lost their
   * first digit ("20." printed as "0."). The page is laid out for print at the width of A4's
   * type area (178 mm, 673 px) and the rings and numbers (pseudo-elements, read from Chromium)
   * must start inside it. In the PDF itself no word may start in the left margin (16 mm), and each
   * number must print on the line of its quote's first word (it stood by the note below the quote,
   * and at a page break on the other page).
   */
  it('/tijdlijn/ prints its rings and list numbers whole, each number with its quote', async () => {
    const url = new URL('tijdlijn/', baseURL).href;
    const page = await context.newPage();
    let firstWords: string[];
    try {
      await page.setViewportSize({ width: 673, height: 1000 });
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      const left = await page.locator('main').evaluate((el) => el.getBoundingClientRect().left);
      const rings = await pseudoBoxes(page, '.timeline__item', 'before');
      const numbers = await pseudoBoxes(page, '.timeline-left-out__list > li', 'marker');
      expect(rings.length).toBeGreaterThan(30);
      expect(numbers.length).toBeGreaterThan(9);
      const out = [
        ...rings.map((b, i) => (!b || b.left < left - 0.5 ? `ring ${i + 1} begint op ${b?.left} px` : '')),
        ...numbers.map((b, i) => (!b || b.left < left - 0.5 ? `nummer ${i + 1} begint op ${b?.left} px` : '')),
      ].filter(Boolean);
      expect(out, out.join('\n')).toEqual([]);
      const breaks = await page
        .locator('.timeline-left-out__list > li')
        .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).breakInside))]);
      expect(breaks).toEqual(['avoid']);
      firstWords = await page
        .locator('.timeline-left-out__list > li > blockquote')
        .evaluateAll((els) => els.map((el) => el.textContent!.trim().split(/\s+/)[0]!));
    } finally {
      await page.close();
    }
    const pdf = await printPage(context, url);
    const margin = (16 / 25.4) * 72;
    const words = wordBoxes(pdf.file);
    expect(words.length).toBeGreaterThan(1000);
    const inMargin = words
      .filter((w) => w.xMin < margin - 0.5)
      .map((w) => `pagina ${w.page}: "${w.text}" op ${w.xMin.toFixed(1)} pt`);
    expect(inMargin, inMargin.join('\n')).toEqual([]);
    // After the list's heading, number n is followed on its line by the first word of quote n.
    const start = words.findIndex((w, i) => w.text === 'Zinnen' && words[i + 3]?.text === 'datum');
    expect(start).toBeGreaterThan(0);
    const after = words.slice(start);
    const apart = firstWords.flatMap((first, i) => {
      const n = after.find((w) => w.text === `${i + 1}.` && w.xMin < margin + 30);
      if (!n) return [`nummer ${i + 1} niet gevonden`];
      const next = after.find((w) => w.page === n.page && Math.abs(w.yMin - n.yMin) < 3 && w.xMin > n.xMax);
      return next?.text === first ? [] : [`pagina ${n.page}: naast "${n.text}" staat "${next?.text}", niet "${first}"`];
    });
    expect(apart, apart.join('\n')).toEqual([]);
  });

  /*
   * The timeline printed on 21 A4 pages, a third of them white: the screen's spacing around every
   * event and quote. Printed tighter it takes 13; the bound leaves room for a few more events. A
   * shorter printout must not be one with less in it: every event's title, quote and note, and
   * every sentence left out with its reason, is in the PDF's text (compared without spaces and
   * hyphens, which a line break moves).
   */
  it('/tijdlijn/ prints on at most 14 pages, with every title, quote and note', async () => {
    const url = new URL('tijdlijn/', baseURL).href;
    const page = await context.newPage();
    let texts: string[];
    try {
      await page.goto(url);
      // The text in the page, shown or not; the editors' labels print in another form ("[redactie]").
      texts = await page
        .locator('.timeline__title, .timeline__quote, .timeline__item > .timeline__note')
        .evaluateAll((els) =>
          els.map((el) => {
            const copy = el.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.editorial-label').forEach((label) => label.remove());
            return copy.textContent ?? '';
          }),
        );
    } finally {
      await page.close();
    }
    expect(texts.length).toBeGreaterThan(100);
    const bare = (s: string) => s.replace(/[\s\-‐]+/g, '');
    const pdf = await printPage(context, url);
    const all = bare(rawPages(pdf.file).join(''));
    const missing = texts.filter((t) => !all.includes(bare(t)));
    expect(missing, missing.join('\n')).toEqual([]);
    expect(pdf.pages.length).toBeLessThanOrEqual(14);
  });

  it('prints editorial labels as text, not as boxes', async () => {
    const page = await context.newPage();
    try {
      await page.goto(new URL('dossiers/financien/', baseURL).href);
      await page.emulateMedia({ media: 'print' });
      const style = await page
        .locator('.editorial-label')
        .first()
        .evaluate((el) => {
          const cs = getComputedStyle(el);
          return { border: cs.borderTopWidth, before: getComputedStyle(el, '::before').content };
        });
      expect(style.border).toBe('0px');
      expect(style.before).toBe('"["');
    } finally {
      await page.close();
    }
  });
});

/** The lines of a printed page's text, without the running header and footer. */
function bodyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && !/pagina \d+ van \d+|^stand van|^Sociaal Domein Maastricht/.test(l));
}

/** The page's citation as text ("Citeer deze pagina"), as the page has it. */
async function citationOf(url: string): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page
      .locator('.page-citation__text')
      .first()
      .evaluate((el) => el.textContent ?? '');
  } finally {
    await page.close();
  }
}

/** How often `part` is in `text`, both without spaces (a line break may fall anywhere in an address). */
function occurrences(text: string, part: string): number {
  const bare = (s: string) => s.replace(/\s+/g, '');
  return bare(text).split(bare(part)).length - 1;
}

describe('printed as a reader finds it on paper', () => {
  /*
   * A reader whose system is set to dark mode printed the dark-mode colours on white paper: the
   * editors' notes in pale blue (#cfe3f5, about 1,3:1), muted text and chart axes in light grey,
   * light-blue bars. Paper is light whatever the setting: the printout must be the same, on one
   * page of every type (the first in URL order) and on the longest document and a dossier.
   */
  it.each([...new Set([...firstOfEachType(), '/documenten/quickscan-vng-2024/', '/dossiers/financien/'])])(
    '%s prints the same in dark mode as in light mode',
    async (path) => {
      const url = new URL(path.replace(/^\//, ''), baseURL).href;
      const light = pageImages((await printPage(context, url)).file);
      const dark = pageImages((await printPage(context, url, { colorScheme: 'dark' })).file);
      expect(dark.length).toBe(light.length);
      const differ = dark.flatMap((img, i) => (img.equals(light[i]!) ? [] : [`pagina ${i + 1}`]));
      expect(differ, `anders in donkere modus: ${differ.join(', ')}`).toEqual([]);
    },
  );

  /*
   * A finding's title and status line ("● Duidelijke voortgang [redactie]") ended page 2 of the
   * finance dossier, its quotes on page 3. No page of a dossier may end with a status line.
   */
  it.each(dossierIds())('/dossiers/%s/ ends no page with a finding’s status line', async (id) => {
    const pdf = await printPage(context, new URL(`dossiers/${id}/`, baseURL).href);
    const alone = pdf.pages.slice(0, -1).flatMap((text, i) => {
      const last = bodyLines(text).at(-1) ?? '';
      return /^[●◐○▲] /.test(last) ? [`pagina ${i + 1} eindigt met "${last}"`] : [];
    });
    expect(alone, alone.join('\n')).toEqual([]);
  });

  /*
   * Links that only work on a screen: the downloads (CSV, JSON, SVG, PNG) on a chart's page and
   * on /cijfers/, and a route step's links to the previous and next step, which the list of all
   * steps below them already gives in order.
   */
  it.each([
    ['/cijfers/tekort-sociaal-domein/', /Downloaden|CSV|PNG/],
    ['/cijfers/', /downloaden|CSV \(/],
    ['/route/stap-2/', /Vorige stap|Volgende stap/],
  ])('%s prints no screen-only links', async (path, screenOnly) => {
    const pdf = await printPage(context, new URL(path.replace(/^\//, ''), baseURL).href);
    const lines = pdf.pages.flatMap(bodyLines);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((l) => screenOnly.test(l))).toEqual([]);
  });

  it.each([
    ['/', 'Sociaal Domein Maastricht: visie, plan en voortgang'],
    ['/inwoners/', 'Sociaal Domein Maastricht · De sociale visie in het kort'],
  ])('%s has a running header that names the site once', async (path, header) => {
    const pdf = await printPage(context, new URL(path.replace(/^\//, ''), baseURL).href);
    for (const text of pdf.pages) {
      const head = text.replace(/\s+/g, ' ');
      expect(head).toContain(header);
      expect(head).not.toContain('Sociaal Domein Maastricht · Sociaal Domein Maastricht');
    }
  });

  /*
   * A chart's title states its finding, up to 134 characters; in the running header it wrapped
   * to a second line, cut where the line ended ("… in 2021/2023; / het doel voor 2024 is € 0
   * mln"). Every page's header is one line (its words in the top margin share one baseline).
   */
  it.each([
    '/cijfers/tekort-sociaal-domein/',
    '/cijfers/budget-uitvoeringsplan/',
    '/cijfers/maastricht-nederland-hoofdstuk-2/',
    '/cijfers/groei-ouderen/',
    '/route/stap-5/',
  ])('%s prints its running header on one line', async (path) => {
    const pdf = await printPage(context, new URL(path.replace(/^\//, ''), baseURL).href);
    const top = (20 / 25.4) * 72;
    const head = wordBoxes(pdf.file).filter((w) => w.yMax < top);
    const lines = pdf.pages.map((_, i) => new Set(head.filter((w) => w.page === i + 1).map((w) => Math.round(w.yMin))));
    expect(head[0]?.text).toBe('Sociaal');
    expect(lines.map((l) => l.size)).toEqual(pdf.pages.map(() => 1));
  });

  /*
   * The vision's chapter cards and the home page's boxes per audience split across pages (the
   * card of chapter 4 ended with its last two lines on page 4). Each prints whole: its first
   * and last line on one page.
   */
  it.each([
    ['/documenten/sociale-visie-2040/', '.card'],
    ['/', '.entry'],
  ])('%s prints each card on one page', async (path, selector) => {
    const url = new URL(path.replace(/^\//, ''), baseURL).href;
    const page = await context.newPage();
    let cards: Array<{ first: string; last: string }>;
    try {
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      cards = await page.locator(`main ${selector}`).evaluateAll((els) =>
        els.map((el) => {
          // A label for screen readers only (.visually-hidden) is not on paper.
          for (const label of el.querySelectorAll('.editorial-label'))
            if (label.getBoundingClientRect().width <= 1) label.remove();
          const words = (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim().split(' ');
          return { first: words.slice(0, 3).join(' '), last: words.slice(-3).join(' ') };
        }),
      );
    } finally {
      await page.close();
    }
    expect(cards.length).toBeGreaterThan(2);
    const pdf = await printPage(context, url);
    const flat = rawPages(pdf.file).map((t) => t.replace(/\s+/g, ' '));
    const split = cards.flatMap(({ first, last }) => {
      const at = flat.findIndex((t) => t.includes(first));
      return at >= 0 && flat[at]!.includes(last, flat[at]!.indexOf(first))
        ? []
        : [`"${first} … ${last}" niet op één pagina (begint op pagina ${at + 1})`];
    });
    expect(split, split.join('\n')).toEqual([]);
  });

  /*
   * On paper a link's target is its text. "Lees in Inleiding, ¶ 7" (glossary, dossiers) left the
   * reader to guess which document: the quick scan and the vision both have an "Inleiding". A
   * finding's further reading listed the vision's chapter 4 twice, for two of its sections.
   */
  const DOCUMENTS =
    /^Lees in (Sociale Visie 2040|Quick scan VNG 2024|Raadsvoorstel 65-2021|Raadsinformatiebrief quick scan 2024|Aanbiedingsbrief Uitvoeringsplan|Rondebriefje informatieronde)\b/;
  it.each(['/begrippen/', '/dossiers/financien/', '/dossiers/bestaanszekerheid/'])(
    '%s names the document in every "Lees in …" line',
    async (path) => {
      const pdf = await printPage(context, new URL(path.replace(/^\//, ''), baseURL).href);
      const lees = pdf.pages.flatMap(bodyLines).filter((l) => l.startsWith('Lees in '));
      expect(lees.length).toBeGreaterThan(3);
      expect(lees.filter((l) => !DOCUMENTS.test(l))).toEqual([]);
    },
  );

  /*
   * "Citeer deze pagina" is a closed disclosure on screen and did not print: a printout did not
   * say how to cite it. On paper the citation as text prints once, under its heading; the BibTeX
   * and the links to download the .bib and CSL-JSON files, which only work on a screen, do not.
   */
  it.each(['/documenten/quickscan-vng-2024/', '/documenten/sociale-visie-2040/waar-staan-we-nu/'])(
    '%s prints its citation once, without BibTeX or download links',
    async (path) => {
      const url = new URL(path.replace(/^\//, ''), baseURL).href;
      const citation = await citationOf(url);
      expect(citation).toMatch(/\(.+, .*\d{4}\)/);
      const text = (await printPage(context, url)).pages.flatMap(bodyLines).join(' ');
      expect(occurrences(text, citation)).toBe(1);
      expect(text).toContain('Citeer deze pagina');
      expect(text).not.toMatch(/@report\{|BibTeX|CSL-JSON|Als tekst:/);
    },
  );

  it('/bevindingen/toegang/ lists each place in the vision once, by its section', async () => {
    const pdf = await printPage(context, new URL('bevindingen/toegang/', baseURL).href);
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    const items = [
      ...text.matchAll(/In de Sociale Visie 2040: (.+?)(?= In de Sociale Visie 2040:| Uitleg van begrippen:)/g),
    ].map((m) => m[1]!);
    expect(items.length).toBeGreaterThan(1);
    expect(new Set(items).size).toBe(items.length);
  });
});

describe('printed to PDF with SITE_URL configured', () => {
  it('prints the configured address in the footer of every page, and no other address after internal links', async () => {
    const out = mkdtempSync(join(tmpdir(), 'site-url-'));
    const r = runLocked([ASTRO, 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        SITE_URL: 'https://sociaaldomein.maastricht.test',
        OUT_DIR: join(out, 'dist'),
        CACHE_DIR: join(out, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    expect(r.status, r.stderr).toBe(0);
    const { url, server } = await startStaticServer(join(out, 'dist'));
    try {
      const pdf = await printPage(context, new URL('dossiers/financien/', url).href);
      expectPaged(pdf, 'Dossier Financiën');
      const own = 'https://sociaaldomein.maastricht.test/dossiers/financien/';
      for (const text of pdf.pages) expect(text).toContain(own);
      const others = urls(pdf.pages.join('\n')).filter((u) => u !== own);
      expect(others.length, others.join(', ')).toBeLessThanOrEqual(3);
      // A printed document page's citation has the page's address.
      const docUrl = new URL('documenten/quickscan-vng-2024/', url).href;
      const citation = await citationOf(docUrl);
      expect(citation).toContain('https://sociaaldomein.maastricht.test/documenten/quickscan-vng-2024/');
      const printed = (await printPage(context, docUrl)).pages.flatMap(bodyLines).join(' ');
      expect(occurrences(printed, citation)).toBe(1);
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  }, 180_000);
});
