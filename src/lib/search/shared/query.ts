/**
 * What the search page does with a query before Pagefind sees it, and the query's place in
 * the URL. Pure functions: the search page and the benchmark use the same ones.
 */
import { FILTER_KEYS, type FilterKey } from './filters.ts';

/** The longest query passed on; longer input is cut (Pagefind gets slow and nothing matches). */
export const MAX_QUERY_LENGTH = 200;

/**
 * Dutch function words, question words and common verbs. Pagefind finds only pages that
 * contain every word of a query, so “wat doet de gemeente aan armoede” would need “wat”, “doet”
 * and “de” as well, and “wanneer vond de stadsdialoog plaats” would need “wanneer” and “vond”;
 * these are dropped, unless the query is nothing but such words or a phrase in quotes.
 */
const FUNCTION_WORDS = [
  'aan',
  'al',
  'als',
  'bij',
  'dan',
  'dat',
  'de',
  'den',
  'der',
  'des',
  'die',
  'dit',
  'een',
  'en',
  'er',
  'het',
  'hij',
  'ik',
  'in',
  'je',
  'maar',
  'me',
  'met',
  'mijn',
  'na',
  'naar',
  'niet',
  'nog',
  'of',
  'om',
  'ons',
  'onze',
  'ook',
  'op',
  'over',
  'te',
  'tegen',
  'tot',
  'u',
  'uit',
  'uw',
  'van',
  'voor',
  'wij',
  'ze',
  'zij',
  'zo',
  'deze',
  'daar',
  'hier',
  'iets',
  'zich',
];
const QUESTION_WORDS = [
  'hoe',
  'hoeveel',
  'hoelang',
  'waar',
  'waarom',
  'waardoor',
  'waarmee',
  'waarop',
  'waarover',
  'waarvoor',
  'wanneer',
  'wat',
  'welk',
  'welke',
  'wie',
  'wiens',
];
/** Forms of verbs that say nothing about a subject (to be, to have, can, must, to do, to find…). */
const COMMON_VERBS = [
  'ben',
  'bent',
  'is',
  'zijn',
  'was',
  'waren',
  'geweest',
  'wordt',
  'worden',
  'werd',
  'werden',
  'heb',
  'hebt',
  'heeft',
  'hebben',
  'had',
  'hadden',
  'kan',
  'kun',
  'kunt',
  'kunnen',
  'kon',
  'konden',
  'moet',
  'moeten',
  'moest',
  'moesten',
  'mag',
  'mogen',
  'mocht',
  'mochten',
  'zal',
  'zullen',
  'zou',
  'zouden',
  'wil',
  'wilt',
  'willen',
  'wilde',
  'wilden',
  'doe',
  'doet',
  'doen',
  'deed',
  'deden',
  'gaat',
  'gaan',
  'ging',
  'gingen',
  'komt',
  'komen',
  'kwam',
  'kwamen',
  'vind',
  'vindt',
  'vinden',
  'vond',
  'vonden',
  'staat',
  'staan',
  'stond',
  'krijg',
  'krijgt',
  'krijgen',
  'kreeg',
  'maakt',
  'maken',
  'maakte',
  'betekent',
  'betekenen',
  'zit',
  'zitten',
  'zat',
  'weet',
  'weten',
  'wist',
];
export const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...QUESTION_WORDS, ...COMMON_VERBS]);

/** Tidies what someone typed: spacing, length, typographic quotes. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(/[“”„]/g, '"').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** The words of a prepared query, quotes left out. */
export function queryWords(query: string): string[] {
  return query.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
}

/** The query as Pagefind gets it: tidied, and without function words outside quotes. */
export function prepareQuery(raw: string): string {
  const query = normalizeQuery(raw);
  if (query.includes('"')) return query;
  const words = query.split(' ');
  const content = words.filter((w) => !STOP_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  return (content.length ? content : words).join(' ');
}

/** The URL parameter that asks for the words as typed, without typo correction. */
export const EXACT_PARAM = 'precies';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  /** Search the words as typed (no correction from the vocabulary). */
  exact?: boolean;
}

/** Reads the search from a URL's query string (`?q=…&soort=…`). */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const state: SearchState = { q: normalizeQuery(params.get('q') ?? ''), filters };
  if (params.get(EXACT_PARAM) === '1') state.exact = true;
  return state;
}

/** Writes the search into a query string; empty values are left out. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.exact) params.set(EXACT_PARAM, '1');
  return params;
}

/** Pagefind's filter object for the chosen filters. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) out[key] = value;
  }
  return out;
}

const DOUBLING_VOWELS = 'aeou';

/**
 * Base forms of a Dutch word that neither Pagefind's prefix match nor its stemmer reach,
 * because the spelling changes with the ending: an open syllable loses a vowel (“eenzame” →
 * “eenzaam”, “bomen” → “boom”, “essentiële” → “essentieel”), v and z become f and s (“actieve” → “actief”, “huizen” →
 * “huis”), and a doubled consonant is single again (“katten” → “kat”). Only forms that differ
 * from the word are returned, most likely first; they may not be words (that is for the index
 * to decide: a form that matches nothing is not used).
 */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  const m = /^(.*?)(en|e)$/.exec(w);
  if (!m || m[1]!.length < 2) return out;
  const stem = m[1]!;
  // Doubled consonant: katten → kat, natte → nat.
  const doubled = /([bdfgklmnprst])\1$/.exec(stem);
  if (doubled) out.push(stem.slice(0, -1));
  // A diaeresis after i marks an open syllable too: essentiële → essentieel, ideeën is left alone.
  const trema = /^(.*i)ë([^aeiou])$/.exec(stem);
  if (trema) out.push(`${trema[1]}ee${trema[2]}`);
  // v/z → f/s, with the vowel doubled where the syllable was open: brieven → brief, lieve → lief, huizen → huis.
  const vz = /^(.*)([vz])$/.exec(stem);
  const base = vz ? `${vz[1]}${vz[2] === 'v' ? 'f' : 's'}` : stem;
  // Open syllable: consonant, single vowel, consonant at the end → double the vowel.
  const open = /^(.*[^aeiou])([aeiou])([^aeiouwyj])$/.exec(base);
  if (open && DOUBLING_VOWELS.includes(open[2]!)) out.push(`${open[1]}${open[2]}${open[2]}${open[3]}`);
  if (vz) out.push(base);
  return [...new Set(out)].filter((f) => f !== w && f.length >= 3);
}
