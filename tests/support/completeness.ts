/**
 * Normalisation for the completeness check: the source texts and the built pages are
 * reduced to the same comparable form, so that repaired extraction damage (line breaks,
 * hyphenation, quotes, bullets, spacing) does not count as a difference, but any changed,
 * missing or reordered word does. Comparable text, entity decoding and the removal of site
 * furniture are the site's own functions (src/lib/paragraphs.ts), so tests and pages agree.
 */

import { comparableText, decodeEntities, stripFurniture } from '../../src/lib/paragraphs';
import { withoutSoftHyphens } from '../../src/lib/hyphenate';

/** Page furniture of the PDFs that is not part of any sentence. */
const FURNITURE = [
  /^\s*(R|a|d|sv|o|rstel)\s*$/, // the vertical margin word "Raadsvoorstel", one piece a line
  /^\s*\d{1,2}\s*$/, // page numbers
  /^\s*Raadsvoorstel 65-2021\s*$/, // running header, line 1
  /^\s*Budget Uitvoeringsplan Duurzaam Sociaal Domein 2021-2022\s*$/, // running header, line 2
  /^\s*\d+\s+Platform sociaal domein\s*$/i, // footer of the quick scan
  /\{\{esl:[^}]*\}\}/, // signature-tool placeholders
  /^\s*Zz\s*$/, // stray glyphs from the needs pyramid figure in the vision
];

/** Footnote markers glued to the word before them ("zien2.", "Veerkracht5 laat"). */
const FOOTNOTE_MARKER = /(?<=[\p{L})])\d{1,2}(?=[\s.,;:]|$)/gu;

/** Splits a source text into the passages a reader would call sentences. */
export function sourceSentences(source: string): string[] {
  const lines = source.split(/\r?\n/).filter((line) => !FURNITURE.some((re) => re.test(line)));
  return lines
    .join('\n')
    .replace(FOOTNOTE_MARKER, '')
    .split(/\n\s*\n|\n(?= )/) // paragraphs, and blocks (a line that starts with a space opens a new block)
    .flatMap((block) => block.split(/[\tÒ•]/)) // bullet glyphs and tab-separated cells
    .flatMap((block) => block.replace(/\s+/g, ' ').split(/(?<=[.!?:])\s+(?=[^a-z])/)) // sentence ends
    .map((s) => s.trim())
    .filter(Boolean);
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Letters and digits only, lower case: what must match between source and site (the site's own rule). */
export const comparable = comparableText;

/** The visible text of an HTML fragment: site furniture and tags dropped, entities decoded. */
export function htmlText(html: string): string {
  // Soft hyphens in long row labels (src/lib/hyphenate.ts) are invisible unless a line breaks there.
  return withoutSoftHyphens(
    decodeEntities(
      stripFurniture(html)
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<sup>\s*<a[^>]*data-footnote-ref[^>]*>[\s\S]*?<\/a>\s*<\/sup>/g, '') // footnote references
        .replace(/<[^>]+>/g, ' '),
    ),
  );
}

export interface Coverage {
  checked: number;
  found: number;
  missing: string[];
  ratio: number;
}

/** Which source sentences of at least `minWords` words occur in the site text. */
export function coverage(source: string, siteText: string, minWords = 8): Coverage {
  const haystack = comparable(siteText);
  const sentences = sourceSentences(source).filter((s) => wordCount(s) >= minWords);
  const missing = sentences.filter((s) => !haystack.includes(comparable(s)));
  const checked = sentences.length;
  return {
    checked,
    found: checked - missing.length,
    missing,
    ratio: checked ? (checked - missing.length) / checked : 1,
  };
}
