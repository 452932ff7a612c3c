/**
 * Words, and the marks around words that the index step adds.
 *
 * The index step adds findable words (parts of compounds, abbreviations and their full
 * forms) to the copy of a page that Pagefind indexes, never to the page people read. Each
 * addition stands right after the word it belongs to, between ADDED_OPEN and ADDED_CLOSE,
 * so that the section, the word position and the weight of the surrounding element stay
 * right. Pagefind ignores these two characters when it makes words, but keeps them in the
 * text it returns, so the search page can take the additions out of titles and excerpts
 * again (`cleanExcerpt`). Both characters are mathematical brackets that Dutch prose never
 * uses; the index step refuses a page that already contains one.
 */

export const ADDED_OPEN = '⟦';
/** Put by the index step between run-in blocks (a heading and its text, table cells): see indexer/blocks.ts. */
export const BLOCK_SEPARATOR = '·';
export const ADDED_CLOSE = '⟧';

/** A word as the index step sees it: letters (with diacritics) and digits, nothing else. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Lower case, NFC, with typographic apostrophes made plain. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

/** The words of a text, in order, lower-cased. */
export function words(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map(normalizeWord);
}

/** Wraps findable additions for one word: `⟦wijk verpleging⟧`. */
export function addedText(terms: readonly string[]): string {
  return `${ADDED_OPEN}${terms.join(' ')}${ADDED_CLOSE}`;
}

/** Removes additions from plain text (a title, a heading). */
export function stripAdded(text: string): string {
  return text.replace(/\s*⟦[^⟧]*(⟧|$)/g, '').trim();
}

/**
 * Removes additions from a Pagefind excerpt (HTML with `<mark>` around matched words) and
 * moves a highlight that stood on an addition to the word the addition belongs to. So a
 * search for “verpleging” shows “… beroep op <mark>wijkverpleging</mark> …”.
 *
 * Pagefind separates the words of an excerpt with single spaces and marks whole words, so
 * the excerpt is handled word by word. An addition cut off by the end of the excerpt is
 * dropped too.
 */
export function cleanExcerpt(html: string): string {
  interface Token {
    text: string;
    marked: boolean;
  }
  const kept: Token[] = [];
  let inside = false;
  let insideMarked = false;
  let tokens = html.trim().split(/\s+/);
  // An addition cut off by the start of the excerpt: its closing bracket comes first.
  const firstClose = tokens.findIndex((t) => t.includes(ADDED_CLOSE));
  const firstOpen = tokens.findIndex((t) => t.includes(ADDED_OPEN));
  if (firstClose !== -1 && (firstOpen === -1 || firstClose < firstOpen)) {
    const last = tokens[firstClose]!.replace(/<\/?mark>/g, '');
    const rest = last.slice(last.indexOf(ADDED_CLOSE) + 1);
    tokens = [...(rest ? [rest] : []), ...tokens.slice(firstClose + 1)];
  }
  for (const raw of tokens) {
    const marked = raw.includes('<mark>');
    const text = raw.replace(/<\/?mark>/g, '');
    if (!inside && !text.startsWith(ADDED_OPEN)) {
      kept.push({ text, marked });
      continue;
    }
    if (!inside) {
      inside = true;
      insideMarked = false;
    }
    insideMarked ||= marked;
    const close = text.indexOf(ADDED_CLOSE);
    if (close === -1) continue;
    inside = false;
    const previous = kept.at(-1);
    if (previous) {
      if (insideMarked) previous.marked = true;
      previous.text += text.slice(close + 1); // punctuation that followed the word
    }
  }
  if (inside && insideMarked && kept.length) kept.at(-1)!.marked = true;
  // Pagefind's window may open on the punctuation that ended the sentence before (“. Dit …”);
  // a sign that belongs to what follows (“€ 12,4 mln”, “(58,6 %”) stays.
  // Likewise a block separator at either end, or one after another.
  while (kept.length && /^[.,;:!?)\]»”’…·]+$/u.test(kept[0]?.text ?? '')) kept.shift();
  while (kept.at(-1)?.text === BLOCK_SEPARATOR) kept.pop();
  return kept
    .filter((t, i) => t.text !== '' && !(t.text === BLOCK_SEPARATOR && kept[i - 1]?.text === BLOCK_SEPARATOR))
    .map((t) => (t.marked ? markWord(t.text) : t.text))
    .join(' ');
}

/**
 * Where an excerpt (its text) is cut inside a sentence, for an ellipsis there: at the start when
 * it opens on a small letter or a comma's continuation, at the end when its last word does not
 * end a sentence. Pagefind cuts a window of words with no sign that it did.
 */
export function excerptCuts(text: string): { start: boolean; end: boolean } {
  const t = text.trim();
  return { start: /^\p{Ll}/u.test(t), end: t !== '' && !/[.!?…][”’")\]]*$/u.test(t) };
}

/** Signs (an entity counts as one) around a word, which a highlight leaves out: “(<mark>Toegang</mark>).” */
const AROUND = /^((?:[^\p{L}\p{N}&]|&[#\w]+;)*)(.*?)((?:[^\p{L}\p{N}&]|&[#\w]+;)*)$/u;

function markWord(text: string): string {
  const [, before = '', word = '', after = ''] = AROUND.exec(text) ?? [];
  return word ? `${before}<mark>${word}</mark>${after}` : `<mark>${text}</mark>`;
}

/** Text for HTML: the characters that would otherwise be read as markup or end an attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
