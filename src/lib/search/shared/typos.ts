/**
 * Typo tolerance and compounds typed apart, from the index's own vocabulary (written at build
 * time with the frequency of each word, src/lib/search/indexer/vocabulary.ts).
 *
 * The distance is Damerau-Levenshtein (the npm package damerau-levenshtein: a swapped pair of
 * letters counts as one edit, as in “informatiernode”), made Dutch-aware: two words that
 * differ only in what Dutch spelling confuses (a doubled or single letter, ei/ij, dt/d/t at the
 * end, g/ch, diacritics) are closer than any other one-letter difference.
 *
 * Pure functions: the search page and the benchmark use the same ones.
 */
import levenshtein from 'damerau-levenshtein';

/** Words shorter than this are neither in the vocabulary nor corrected. */
export const MIN_VOCABULARY_WORD = 4;
/** Query words shorter than this are not corrected (too many close words). */
export const MIN_CORRECTED_WORD = 5;

export interface Vocabulary {
  /** Words, most frequent first. */
  words: readonly string[];
  counts: ReadonlyMap<string, number>;
  /** Dutch spelling keys (see dutchKey), per word. */
  keys: ReadonlyMap<string, string>;
}

/** Where the vocabulary is written, inside Pagefind's folder (JSON, so servers compress it). */
export const VOCABULARY_FILE = 'vocabulary.json';

/** The vocabulary file: words, most frequent first, and their counts. */
export interface VocabularyFile {
  words: string[];
  counts: number[];
}

export function formatVocabulary(counts: ReadonlyMap<string, number>): string {
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const file: VocabularyFile = { words: sorted.map(([w]) => w), counts: sorted.map(([, n]) => n) };
  return `${JSON.stringify(file)}\n`;
}

export function parseVocabulary(file: VocabularyFile): Vocabulary {
  const counts = new Map<string, number>();
  const keys = new Map<string, string>();
  file.words.forEach((w, i) => {
    counts.set(w, file.counts[i] ?? 1);
    keys.set(w, dutchKey(w));
  });
  return { words: file.words, counts, keys };
}

/**
 * A word reduced to what Dutch spelling mixes up: no diacritics, ij as ei, ch as g, dt/d at the
 * end as t, doubled letters single (“hoenderkaamp” and “hoenderkamp” → “honderkamp”-like keys
 * that are equal).
 */
export function dutchKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ij/g, 'ei')
    .replace(/y/g, 'ei')
    .replace(/ch/g, 'g')
    .replace(/(dt|d)$/, 't')
    .replace(/(.)\1+/g, '$1');
}

/**
 * How far apart two words are, in edits: Damerau-Levenshtein, or, when their Dutch keys are
 * closer, the keys' distance plus a half (so a Dutch confusion costs half an edit).
 */
export function wordDistance(a: string, b: string, keyA = dutchKey(a), keyB = dutchKey(b)): number {
  if (a === b) return 0;
  const raw = levenshtein(a, b).steps;
  if (raw <= 1 && keyA !== keyB) return raw;
  const keyed = keyA === keyB ? 0.5 : levenshtein(keyA, keyB).steps + 0.5;
  return Math.min(raw, keyed);
}

/** The largest distance allowed for a word of this length. */
export function maxDistance(length: number): number {
  if (length < MIN_CORRECTED_WORD) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The best close word of the vocabulary for a query word that found nothing: the smallest
 * distance, then the most frequent. Undefined when nothing is close enough.
 */
export function correction(word: string, vocabulary: Vocabulary): string | undefined {
  const w = word.toLowerCase();
  const limit = maxDistance(w.length);
  if (!limit || vocabulary.counts.has(w)) return undefined;
  const key = dutchKey(w);
  let best: { word: string; d: number; n: number } | undefined;
  for (const candidate of vocabulary.words) {
    if (Math.abs(candidate.length - w.length) > limit) continue;
    const d = wordDistance(w, candidate, key, vocabulary.keys.get(candidate));
    if (d > limit) continue;
    const n = vocabulary.counts.get(candidate) ?? 0;
    if (!best || d < best.d || (d === best.d && n > best.n)) best = { word: candidate, d, n };
  }
  return best?.word;
}

/** Endings a typed part may have that the compound's part has not (plural, verb, -ing). */
const PART_ENDINGS = ['ingen', 'ing', 'en', 'e', 's', "'s"];

/** Stems of a typed word to look for inside a compound: the word, and without an ending. */
export function partStems(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  for (const end of PART_ENDINGS) {
    if (w.endsWith(end) && w.length - end.length >= 3) out.push(w.slice(0, -end.length));
  }
  // A doubled consonant before the ending is single in the stem: "wijken" → "wijk", "ramingen" → "raming".
  return [...new Set(out.flatMap((s) => (/([bdfgklmnprst])\1$/.test(s) ? [s, s.slice(0, -1)] : [s])))];
}

/** Linking sounds between the parts of a Dutch compound (“gezondheid-s-zorg”, “boek-en-kast”). */
const LINKS = ['', 's', 'e', 'en'];

/**
 * The compound of the vocabulary that two typed words make, in either order and with a part
 * in another form (“verpleging wijk” → “wijkverpleging”, “inwerken programma” →
 * “inwerkprogramma”, “signaleren vroeg” → “vroegsignalering”). The most frequent wins.
 */
export function compoundOf(a: string, b: string, vocabulary: Vocabulary): string | undefined {
  const A = partStems(a);
  const B = partStems(b);
  let best: { word: string; n: number } | undefined;
  const consider = (word: string) => {
    const n = vocabulary.counts.get(word) ?? 0;
    if (!best || n > best.n) best = { word, n };
  };
  for (const [heads, tails] of [
    [A, B],
    [B, A],
  ] as const) {
    for (const word of vocabulary.words) {
      for (const head of heads) {
        if (!word.startsWith(head) || word.length <= head.length + 2) continue;
        const rest = word.slice(head.length);
        const ok = LINKS.some((link) => {
          if (!rest.startsWith(link)) return false;
          const tail = rest.slice(link.length);
          // The tail starts with a stem of the other word (at least 4 letters of it, or all).
          return tails.some((t) => {
            const stem = t.length > 4 && tail.length < t.length ? t.slice(0, Math.max(4, t.length - 3)) : t;
            return stem.length >= 3 && tail.startsWith(stem);
          });
        });
        if (ok) consider(word);
      }
    }
  }
  return best?.word;
}
