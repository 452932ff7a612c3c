/**
 * Faults a designer's review found in the screenshots, each kept fixed here: blocks of one kind at one
 * distance, boxes that hug their text, lines of even height, controls of one size, no label glued to a word.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { desktop, open, phone, useReadingBrowser } from '../support/reading-browser';

useReadingBrowser();

/** Every page here is measured with everything laid out (long pages skip layout below the screen). */
const openAll = (context: BrowserContext, path: string): Promise<Page> => open(context, path, { layOutAll: true });

// The pyramid's caption ended in a badge as wide as the whole figure: a bar, not the badge it is elsewhere.
describe('the editorial badge under the needs pyramid', () => {
  it.each([1280, 360])('hugs its text at %i px', async (width) => {
    const page = await openAll(width === 1280 ? desktop : phone, '/documenten/sociale-visie-2040/bestaanszekerheid/');
    const { badge, text } = await page.locator('.pyramid figcaption .editorial-label').evaluate((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return { badge: label.getBoundingClientRect().width, text: range.getBoundingClientRect().width };
    });
    expect(text).toBeGreaterThan(0);
    expect(badge, 'breedte van het label tegenover die van zijn tekst').toBeLessThan(text + 24);
    await page.close();
  });
});

// A footnote number raised its line: "laat zien²." stood 5 px lower than the lines above it.
describe('footnote numbers keep the line spacing', () => {
  it.each([
    '/documenten/sociale-visie-2040/bestaanszekerheid/',
    '/documenten/sociale-visie-2040/bijlage-trends/',
    '/documenten/raadsinformatiebrief-quickscan-2024/',
  ])('%s: a block with a footnote number is as high without it', async (path) => {
    for (const context of [desktop, phone]) {
      const page = await openAll(context, path);
      const diffs = await page.evaluate(() =>
        [...document.querySelectorAll('main sup')].map((sup) => {
          const block = sup.closest('p, li')!;
          const before = block.getBoundingClientRect().height;
          (sup as HTMLElement).style.verticalAlign = 'baseline';
          const after = block.getBoundingClientRect().height;
          (sup as HTMLElement).style.verticalAlign = '';
          return `${Math.round(before - after)} px: ${(block.textContent ?? '').slice(0, 50)}`;
        }),
      );
      expect(diffs.length, path).toBeGreaterThan(0);
      expect(diffs.filter((d) => !d.startsWith('0 px'))).toEqual([]);
      await page.close();
    }
  });
});

// A quotation in the official text had 8 px above its text and 24 px below it.
describe('quotations have as much room above their text as below it', () => {
  it.each([
    ['/documenten/raadsvoorstel-65-2021/', '.prose blockquote'],
    ['/route/', '.source-quote blockquote'],
  ])('%s: %s', async (path, selector) => {
    const page = await openAll(desktop, path);
    const rooms = await page.locator(selector).evaluateAll((quotes) =>
      quotes.map((q) => {
        const box = q.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(q);
        const text = [...range.getClientRects()].filter((r) => r.height > 0);
        const top = Math.min(...text.map((r) => r.top));
        const bottom = Math.max(...text.map((r) => r.bottom));
        return { above: Math.round(top - box.top), below: Math.round(box.bottom - bottom) };
      }),
    );
    expect(rooms.length).toBeGreaterThan(0);
    for (const r of rooms) expect(Math.abs(r.above - r.below), JSON.stringify(r)).toBeLessThanOrEqual(2);
    await page.close();
  });
});

// The figures page: "Alle cijfers downloaden" stood 32 px below the last theme; the themes stand 48 px apart.
describe('the figures page', () => {
  it('puts its last heading as far below the last theme as the themes are apart', async () => {
    const page = await openAll(desktop, '/cijfers/');
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll('.figures-theme + .figures-theme, .figures-theme + h2')].map((e) =>
        Math.round(e.getBoundingClientRect().top - e.previousElementSibling!.getBoundingClientRect().bottom),
      ),
    );
    expect(gaps.length).toBeGreaterThan(2);
    expect(new Set(gaps).size, `afstanden: ${gaps.join(', ')}`).toBe(1);
    await page.close();
  });

  // At 1280 px three downloads stood on a line and the fourth under them, alone.
  it('lists a chart’s downloads one under the other, as on a phone', async () => {
    const page = await openAll(desktop, '/cijfers/budget-uitvoeringsplan/');
    const lefts = await page
      .locator('.chart-page__downloads li')
      .evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().left)));
    expect(lefts.length).toBe(4);
    expect(new Set(lefts).size, `linkerkanten: ${lefts.join(', ')}`).toBe(1);
    await page.close();
  });
});

// The chosen filter had a 2 px border where the others have 1 px: 2 px taller, its row out of line.
describe('the chosen filter link is as high as the others', () => {
  it.each(['/begrippen/thema/toegang/', '/bevindingen/'])('%s', async (path) => {
    const page = await openAll(desktop, path);
    const heights = await page
      .locator('.filter-nav a')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThan(2);
    expect(new Set(heights).size, `hoogtes: ${heights.join(', ')}`).toBe(1);
    await page.close();
  });
});

// The route's step titles were balanced: "Sociale Visie 2040, hoofdstuk" / "3: Waar willen we naartoe?".
describe('the reading route', () => {
  it('keeps “hoofdstuk” and its number on one line, at 1280 and 360 px', async () => {
    for (const context of [desktop, phone]) {
      const page = await openAll(context, '/route/');
      const split = await page.locator('.route__title a').evaluateAll((links) =>
        links.flatMap((a) => {
          const node = a.firstChild as Text;
          const m = /hoofdstuk (\d)/.exec(node.data);
          if (!m) return [];
          const top = (from: number, to: number) => {
            const range = document.createRange();
            range.setStart(node, from);
            range.setEnd(node, to);
            return Math.round(range.getBoundingClientRect().top);
          };
          const word = top(m.index, m.index + 9);
          const number = top(m.index + 10, m.index + 11);
          return word === number ? [] : [node.data];
        }),
      );
      expect(split).toEqual([]);
      await page.close();
    }
  });
});

// "… staat niet in de documenten op deze site.REDACTIE": the badge glued to the sentence's full stop.
describe('an editorial badge after text', () => {
  it.each(['/bevindingen/', '/route/', '/inwoners/'])(
    '%s: stands a space away from the word before it',
    async (path) => {
      const page = await openAll(desktop, path);
      const glued = await page.locator('main .editorial-label').evaluateAll((labels) =>
        labels.flatMap((label) => {
          const before = label.previousSibling;
          return before?.nodeType === Node.TEXT_NODE && /\S$/.test(before.textContent ?? '')
            ? [`${(before.textContent ?? '').slice(-30)}|${label.textContent}`]
            : [];
        }),
      );
      expect(glued).toEqual([]);
      await page.close();
    },
  );
});

// "… nemen we dan graag" / "aan.": a quotation's last line held one word; under another, "¶ 26" stood alone.
describe('quotations from the sources', () => {
  it.each(['/bevindingen/', '/dossiers/toegang/'])(
    '%s at 1280 px: no last line of one word or of “¶ n” alone',
    async (path) => {
      const page = await openAll(desktop, path);
      const lonely = await page.locator('.source-quote :is(blockquote p, figcaption)').evaluateAll((blocks) =>
        blocks.flatMap((block) => {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          const words: { text: string; top: number }[] = [];
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (const m of node.data.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              words.push({ text: m[0], top: Math.round(range.getBoundingClientRect().top) });
            }
          }
          const last = words.filter((w) => w.top === words.at(-1)?.top).map((w) => w.text);
          const lines = new Set(words.map((w) => w.top)).size;
          return lines > 1 && (last.length === 1 || /^¶ \d+$/.test(last.join(' '))) ? [last.join(' ')] : [];
        }),
      );
      expect(lonely).toEqual([]);
      await page.close();
    },
  );
});

// "Lees in Sociale Visie 2040, Inleiding," / "¶ 4": on /tijdlijn/ at 360 px the paragraph number stood alone.
describe('a paragraph number in a source link', () => {
  it.each(['/tijdlijn/', '/bevindingen/', '/dossiers/financien/'])(
    '%s: stays on the line of the word before it, at 360 and 1280 px',
    async (path) => {
      for (const context of [phone, desktop]) {
        const page = await openAll(context, path);
        const { checked, alone } = await page.locator('a:has(> .paragraph-number)').evaluateAll((links) => {
          const alone: string[] = [];
          let checked = 0;
          for (const link of links) {
            const number = link.querySelector('.paragraph-number')!;
            const box = number.getBoundingClientRect();
            if (box.height === 0) continue;
            const before = document.createRange();
            before.setStart(link, 0);
            before.setEndBefore(number);
            const rects = [...before.getClientRects()].filter((r) => r.width > 0);
            const last = rects.at(-1);
            if (!last) continue;
            checked++;
            if (Math.abs(last.top + last.height / 2 - (box.top + box.height / 2)) > box.height / 2)
              alone.push((link.textContent ?? '').replace(/\s+/g, ' ').trim());
          }
          return { checked, alone };
        });
        expect(checked).toBeGreaterThan(0);
        expect(alone).toEqual([]);
        await page.close();
      }
    },
  );
});

// At 1280 px a chart's notes ran across the whole chart: 105 characters a line of small text.
describe('a chart’s running text', () => {
  it.each(['/cijfers/', '/documenten/sociale-visie-2040/bijlage-trends/'])(
    '%s at 1280 px: subtitle, unit, source and notes no wider than the reading measure',
    async (path) => {
      const page = await openAll(desktop, path);
      const { measure, wide } = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.width = 'var(--measure)';
        document.body.append(probe);
        const measure = probe.getBoundingClientRect().width;
        probe.remove();
        const blocks = [
          ...document.querySelectorAll('.chart :is(.chart__subtitle, .chart__unit, .chart__source, .chart__notes p)'),
        ];
        return {
          measure,
          wide: blocks
            .filter((b) => b.getBoundingClientRect().width > measure + 0.5)
            .map((b) => `${Math.round(b.getBoundingClientRect().width)} px: ${(b.textContent ?? '').slice(0, 40)}`),
        };
      });
      expect(measure).toBeGreaterThan(500);
      expect(wide).toEqual([]);
      await page.close();
    },
  );
});

// On /dossiers/ the editorial note stood 16 px above the first card and read as one more card; on the
// other overview pages 32 px lie between the note and what follows it.
describe('the editorial note on an overview page', () => {
  it('stands as far above what follows on /dossiers/ as on /documenten/ and /bevindingen/', async () => {
    const gaps: string[] = [];
    for (const [path, selector] of [
      ['/dossiers/', 'main > .editorial-note'],
      ['/documenten/', 'main > .editorial-note'],
      ['/bevindingen/', 'main .with-contents__head > .editorial-summary'],
    ] as const) {
      for (const context of [desktop, phone]) {
        const page = await openAll(context, path);
        const gap = await page.locator(selector).evaluate((note) => {
          const next = note.nextElementSibling!;
          return Math.round(next.getBoundingClientRect().top - note.getBoundingClientRect().bottom);
        });
        gaps.push(`${path} ${gap}`);
        await page.close();
      }
    }
    expect(new Set(gaps.map((g) => g.split(' ')[1])).size, gaps.join(', ')).toBe(1);
  });
});

// "… wat nog moet gebeuren." / "REDACTIE": a badge wrapped onto a line of its own, after the text it marks
// (src/components/EditorialBadge.astro joins it to the last word). Only where the last word and the badge
// together are wider than the line (a long heading badge on a phone) may it stand below.
describe('an editorial badge', () => {
  it.each([
    '/bevindingen/',
    '/bevindingen/toegang/',
    '/bevindingen/afspraken-zorgpartners/',
    '/route/',
    '/dossiers/toegang/',
    '/documenten/quickscan-vng-2024/',
    '/documenten/sociale-visie-2040/bestaanszekerheid/',
    '/toegankelijkheid/',
    '/',
  ])('%s: never stands alone on a line after its text, at 1280 and 360 px', async (path) => {
    for (const context of [desktop, phone]) {
      const page = await openAll(context, path);
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      const { checked, alone } = await page.evaluate(() => {
        let checked = 0;
        const alone: string[] = [];
        // Not the findings' "(afweging redactie)": it goes whole to a line of its own when the status and
        // it do not fit on one (the test below, 'a finding’s status with the editors’ weighing').
        for (const badge of document.querySelectorAll<HTMLElement>(
          'main .editorial-label:not([data-editorial-kind])',
        )) {
          const box = badge.getBoundingClientRect();
          if (box.height <= 1) continue; // not shown, or for screen readers only (.visually-hidden)
          let block = badge.parentElement!;
          while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
          const words: { top: number; bottom: number; width: number; before: boolean }[] = [];
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            if (badge.contains(node)) continue;
            for (const m of node.data.matchAll(/[^\s/]+\/?/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const r = range.getBoundingClientRect();
              if (r.height === 0) continue;
              const before = Boolean(badge.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING);
              words.push({ top: r.top, bottom: r.bottom, width: r.width, before });
            }
          }
          const last = words.filter((w) => w.before).at(-1);
          if (!last) continue;
          checked++;
          const middle = (w: { top: number; bottom: number }) => (w.top + w.bottom) / 2;
          if (words.some((w) => middle(w) > box.top && middle(w) < box.bottom)) continue;
          const style = getComputedStyle(block);
          const line = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          if (last.width + box.width + 8 > line) continue; // cannot share a line
          alone.push(`${(block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(-50)}`);
        }
        return { checked, alone };
      });
      expect(checked, `${path}: badges na tekst`).toBeGreaterThan(0);
      expect(alone, `${path} op ${context === desktop ? 1280 : 360} px`).toEqual([]);
      await page.close();
    }
  });
});

// On a phone the document details' summary ran to two lines, the second under the triangle: as GOV.UK's
// details, the triangle stands outside the text and the lines start at one edge.
describe('the document details’ summary', () => {
  it.each(['/documenten/quickscan-vng-2024/', '/documenten/raadsvoorstel-65-2021/'])(
    '%s at 360 px: its second line starts where the first line’s text does',
    async (path) => {
      const page = await openAll(phone, path);
      const lefts = await page.locator('.meta-details > summary').evaluate((summary) => {
        const range = document.createRange();
        range.selectNodeContents(summary);
        return [...range.getClientRects()].map((r) => Math.round(r.left));
      });
      expect(lefts.length, 'regels van de samenvatting').toBeGreaterThan(1);
      expect(new Set(lefts).size, `linkerkanten: ${lefts.join(', ')}`).toBe(1);
      await page.close();
    },
  );
});

// In print a glossary term was one unbreakable box: '… op het rapport van de' / 'Visitatiecommissie
// financiële beheersbaarheid sociaal domein', a short line before the term. On paper it wraps as text.
describe('a long glossary term in print', () => {
  it('wraps like text: no line ends early before it', async () => {
    const page = await openAll(phone, '/documenten/quickscan-vng-2024/');
    await page.emulateMedia({ media: 'print' });
    const { checked, ragged } = await page.locator('main button.term-link').evaluateAll((buttons) => {
      let checked = 0;
      const ragged: string[] = [];
      for (const button of buttons) {
        const text = button.textContent ?? '';
        // The text before the term; a term glued to punctuation stands in a span of its own.
        let prev = button.previousSibling;
        if (!prev && button.parentElement?.matches('span:has(> .term-link)'))
          prev = button.parentElement.previousSibling;
        const last = prev?.nodeType === Node.TEXT_NODE ? /(\S+)\s*$/.exec((prev as Text).data) : null;
        if (!text.includes(' ') || !last) continue;
        checked++;
        const word = document.createRange();
        word.setStart(prev!, last.index);
        word.setEnd(prev!, last.index + last[1]!.length);
        const inner = document.createTreeWalker(button, NodeFilter.SHOW_TEXT).nextNode() as Text;
        const first = document.createRange();
        first.setStart(inner, 0);
        first.setEnd(inner, inner.data.indexOf(' ') > 0 ? inner.data.indexOf(' ') : inner.data.length);
        const w = word.getBoundingClientRect();
        const f = first.getBoundingClientRect();
        if (Math.round(w.top) === Math.round(f.top)) continue;
        const block = button.closest('p, li')!;
        const right = block.getBoundingClientRect().right - parseFloat(getComputedStyle(block).paddingRight);
        // The term's first word would have fitted on the line, after the word before it.
        if (w.right + 6 + f.width <= right) ragged.push(`${last[1]} | ${text}`);
      }
      return { checked, ragged };
    });
    expect(checked).toBeGreaterThan(3);
    expect(ragged).toEqual([]);
    await page.close();
  });
});

// At 360 px a chart's frame stood 8 px into the left margin but kept the column's width: x = 8-336
// beside text at x = 16-344. It stands as far into the margin on both sides.
describe('a chart on a phone', () => {
  it.each([
    '/documenten/raadsvoorstel-65-2021/',
    '/documenten/quickscan-vng-2024/',
    '/documenten/sociale-visie-2040/waar-staan-we-nu/',
    '/documenten/sociale-visie-2040/bijlage-trends/',
    '/cijfers/',
    '/cijfers/maastricht-nederland-hoofdstuk-2/',
  ])('%s at 360 px: its frame stands as far beyond the text on the left as on the right', async (path) => {
    const page = await openAll(phone, path);
    const sides = await page.locator('main .chart').evaluateAll((charts) =>
      charts.map((chart) => {
        const column = chart.parentElement!;
        const c = column.getBoundingClientRect();
        const style = getComputedStyle(column);
        const left = c.left + parseFloat(style.paddingLeft);
        const right = c.right - parseFloat(style.paddingRight);
        const box = chart.getBoundingClientRect();
        return `${Math.round(left - box.left)}|${Math.round(box.right - right)}`;
      }),
    );
    expect(sides.length, path).toBeGreaterThan(0);
    expect(new Set(sides), path).toEqual(new Set(['8|8']));
    await page.close();
  });
});

// A wide table's scroll shadow was black at 25 %: on the dark background it did not show.
describe('the scroll shadow of a wide table', () => {
  it('is lighter than the background in dark mode and darker in light mode', async () => {
    const page = await openAll(phone, '/cijfers/maastricht-nederland-hoofdstuk-2/');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { shadow, background } = await page
        .locator('.table-scroll--wide')
        .first()
        .evaluate((region) => {
          const style = getComputedStyle(region);
          const rgb = (s: string) => (/rgba?\((\d+), (\d+), (\d+)/.exec(s) ?? []).slice(1).map(Number);
          const shadow = rgb(/radial-gradient\([^,]+, (rgba?\([^)]+\))/.exec(style.backgroundImage)?.[1] ?? '');
          // The cover at the edge is in the background colour (var(--color-bg)).
          const background = rgb(/linear-gradient\([^,]+, (rgba?\([^)]+\))/.exec(style.backgroundImage)?.[1] ?? '');
          return { shadow, background };
        });
      const light = (c: number[]) => c.reduce((a, b) => a + b, 0);
      expect(shadow, colorScheme).toHaveLength(3);
      expect(background, colorScheme).toHaveLength(3);
      if (colorScheme === 'dark') expect(light(shadow) - light(background)).toBeGreaterThan(100);
      else expect(light(background) - light(shadow)).toBeGreaterThan(100);
    }
    await page.close();
  });

  // Its first column was squeezed to 90 px ("bij-standsge-zin", "Arbeids-participa-tiegraad").
  it('leaves its first column at least 9em wide at 360 px', async () => {
    const page = await openAll(phone, '/cijfers/maastricht-nederland-hoofdstuk-2/');
    const narrow = await page.locator('.table-scroll--wide').evaluateAll((regions) =>
      regions.flatMap((region) => {
        region.closest('details')?.setAttribute('open', '');
        const th = region.querySelector<HTMLElement>('tbody th')!;
        const em = parseFloat(getComputedStyle(th).fontSize);
        const width = th.getBoundingClientRect().width;
        return width < 9 * em - 0.5 ? [`${Math.round(width)} px: ${th.textContent}`] : [];
      }),
    );
    expect(narrow).toEqual([]);
    await page.close();
  });
});

// On /tijdlijn/ a tag's own margin came on top of the date line's gap: 16 px between "Mijlpaal" and
// "gepland", 8 px between the date and the first tag.
describe('the timeline’s date line', () => {
  it('spaces the date and its tags evenly', async () => {
    const page = await openAll(desktop, '/tijdlijn/');
    const gaps = await page.locator('.timeline__when:has(.tag--planned):not(:has(time ~ time))').evaluateAll((lines) =>
      lines.flatMap((line) => {
        const items = [...line.children].map((c) => c.getBoundingClientRect());
        return items.slice(1).map((b, i) => Math.round(b.left - items[i]!.right));
      }),
    );
    expect(gaps.length).toBeGreaterThan(1);
    expect(new Set(gaps), `afstanden: ${gaps.join(', ')}`).toEqual(new Set([8]));
    await page.close();
  });
});

// At 1280 px "Vorige" stood on the left and "Volgende" a row lower on the right, as if by accident.
describe('a route step’s previous and next links', () => {
  it.each(['/route/stap-2/', '/route/stap-5/'])(
    '%s: side by side at 1280 px, one under the other at the left at 360 px',
    async (path) => {
      for (const context of [desktop, phone]) {
        const page = await openAll(context, path);
        const [prev, next] = await page
          .locator('.route-step__nav li')
          .evaluateAll((items) =>
            items.map((li) => li.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left, bottom: r.bottom })),
          );
        if (context === desktop) expect(Math.round(next!.top)).toBe(Math.round(prev!.top));
        else {
          expect(Math.round(next!.left)).toBe(Math.round(prev!.left));
          expect(next!.top).toBeGreaterThanOrEqual(prev!.bottom);
        }
        await page.close();
      }
    },
  );
});

// "▲ Nog een" / "opgave (afweging redactie)": the label tied to the last word left half a line empty.
describe('a finding’s status with the editors’ weighing', () => {
  it('keeps the status words on one line at 360 px; the label may go whole to the next', async () => {
    const page = await openAll(phone, '/bevindingen/');
    const { checked, split } = await page.locator('.scorecard__status').evaluateAll((statuses) => {
      let checked = 0;
      const split: string[] = [];
      for (const status of statuses) {
        const label = status.querySelector('[data-editorial-kind]');
        if (!label) continue;
        checked++;
        const range = document.createRange();
        range.setStartBefore(status.querySelector('.status__symbol')!);
        range.setEndBefore(label);
        const words = new Set([...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top)));
        const labelLines = new Set([...label.getClientRects()].map((r) => Math.round(r.top)));
        if (words.size > 1 || labelLines.size > 1) split.push(status.textContent ?? '');
      }
      return { checked, split };
    });
    expect(checked).toBeGreaterThan(3);
    expect(split).toEqual([]);
    await page.close();
  });
});
