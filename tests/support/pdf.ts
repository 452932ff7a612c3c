/**
 * Print a page to PDF in Chromium and read it back with Poppler (pdftotext, pdfinfo), as a
 * council member's printout would come out: CSS page size, running headers and page numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export interface PrintedPdf {
  file: string;
  /** The text of each page, in order (pdftotext, reading order). */
  pages: string[];
  /** Width and height of each page in points (A4 portrait is about 595 x 842). */
  sizes: Array<{ width: number; height: number }>;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} mislukte: ${r.error?.message ?? r.stderr}. Installeer poppler-utils (npm run pretest doet dat).`,
    );
  }
  return r.stdout;
}

export function readPdf(file: string): PrintedPdf {
  const pages = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  const info = run('pdfinfo', ['-f', '1', '-l', String(pages.length), file]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return { file, pages, sizes };
}

/**
 * Opens the page (without JavaScript, like a reading page), prints it to PDF and reads the PDF.
 * `colorScheme` is the reader's system setting (light unless given).
 */
export async function printPage(
  context: BrowserContext,
  url: string,
  { colorScheme = 'light' }: { colorScheme?: 'light' | 'dark' } = {},
): Promise<PrintedPdf> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.emulateMedia({ media: 'print', colorScheme });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
    writeFileSync(file, pdf);
    return readPdf(file);
  } finally {
    await page.close();
  }
}

/** Each word of the PDF with its page (from 1) and box in points from the page's top left (pdftotext -bbox). */
export function wordBoxes(
  file: string,
): Array<{ page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }> {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .flatMap((p, i) =>
      [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          page: i + 1,
          text: m[5]!,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
        }),
      ),
    );
}

/**
 * How much of each page's type area (inside the 20 mm top and bottom margins of print.css)
 * is blank below its last printed line, 0 to 1: the page drawn at 40 dpi in grey (pdftoppm)
 * and read from the bottom up for the first row with ink.
 */
export function blankBelowText(file: string, marginMm = 20): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  run('pdftoppm', ['-r', '40', '-gray', file, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const pgm = readFileSync(join(dir, f));
      // Binary PGM: "P5\n<width> <height>\n255\n" and one byte a pixel.
      const [, width, height] = pgm.toString('latin1', 0, 32).split(/\s+/).map(Number) as [number, number, number];
      const pixels = pgm.subarray(pgm.length - width * height);
      const top = Math.round((marginMm / 25.4) * 40);
      const bottom = height - top;
      let last = top;
      for (let y = bottom - 1; y > top && last === top; y--) {
        if (pixels.subarray(y * width, (y + 1) * width).some((v) => v < 200)) last = y;
      }
      return (bottom - last) / (bottom - top);
    });
}

/** Each page of the PDF drawn in grey at a low resolution (pdftoppm), as raw PGM files, in order. */
export function pageImages(file: string, dpi = 30): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'images-'));
  run('pdftoppm', ['-r', String(dpi), '-gray', file, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

/**
 * The text of each page in the order it was drawn (pdftotext -raw): for Chromium the order of
 * the document, so boxes side by side (a grid of cards) do not interleave their lines.
 */
export function rawPages(file: string): string[] {
  const pages = run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}
