/**
 * Abbreviations and synonyms: every way a term is written counts as the same term.
 *
 * Where one form of a term stands in a text, the index step adds the other forms next to it
 * (“Wmo” gets “wet maatschappelijke ondersteuning”, “Participatiewet” gets “p-wet”), so a
 * search for any form finds every passage. The list is the glossary,
 * content/glossary/glossary.yaml (abbreviations, variants and search-only synonyms).
 */
import type { SearchTerm } from '../../../schemas/search.ts';
import { WORD, normalizeWord } from '../shared/text.ts';

/** One way of writing a term, as a sequence of words. */
export interface Form {
  /** As written in the list. */
  text: string;
  /** Its words; lower case unless the form is case-sensitive. */
  words: string[];
  /** Abbreviations must match with their capitals (“OR”, not “or”). */
  caseSensitive: boolean;
}

/** A word in a text with its position (offsets into the text). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface TermMatch {
  /** Index of the first and one past the last token of the match. */
  from: number;
  to: number;
  /** The other forms of the term, to add to the index. */
  add: string[];
  termId: string;
}

function wordsOf(text: string, caseSensitive: boolean): string[] {
  const found = text.normalize('NFC').match(WORD) ?? [];
  return caseSensitive ? found : found.map(normalizeWord);
}

export function formsOf(term: SearchTerm): Form[] {
  const forms: Form[] = [
    ...[term.term, ...term.variants, ...term.synonyms].map((text) => ({
      text,
      words: wordsOf(text, false),
      caseSensitive: false,
    })),
    ...term.abbreviations.map((text) => ({ text, words: wordsOf(text, true), caseSensitive: true })),
  ];
  return forms.filter((f) => f.words.length > 0);
}

/** What the index step adds for a form: the other forms, in lower case, each once. */
function additionsFor(form: Form, all: Form[]): string[] {
  const own = normalizeWord(form.words.join(' '));
  const seen = new Set([own]);
  const out: string[] = [];
  for (const other of all) {
    const key = normalizeWord(other.words.join(' '));
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(normalizeWord(other.text));
  }
  return out;
}

export interface TermMatcher {
  /** Non-overlapping matches in a list of tokens, longest form first. */
  match(tokens: readonly Token[]): TermMatch[];
  /** The term that a query means as a whole, if it is one of the forms. */
  termFor(query: string): { id: string; forms: string[] } | undefined;
}

export function termMatcher(terms: ReadonlyArray<SearchTerm & { id: string }>): TermMatcher {
  const entries = terms.flatMap((term) => {
    const forms = formsOf(term);
    return forms.map((form) => ({ form, termId: term.id, add: additionsFor(form, forms), forms }));
  });
  // Longest forms first, so “Wmo 2015” wins over “Wmo”.
  entries.sort((a, b) => b.form.words.length - a.form.words.length);
  const byFirst = new Map<string, typeof entries>();
  for (const e of entries) {
    const key = normalizeWord(e.form.words[0]!);
    byFirst.set(key, [...(byFirst.get(key) ?? []), e]);
  }

  return {
    match(tokens) {
      const out: TermMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const candidates = byFirst.get(normalizeWord(tokens[i]!.text)) ?? [];
        const hit = candidates.find(({ form }) =>
          form.words.every((w, k) => {
            const t = tokens[i + k]?.text;
            if (t === undefined) return false;
            return form.caseSensitive ? t.normalize('NFC') === w : normalizeWord(t) === w;
          }),
        );
        if (!hit) continue;
        out.push({ from: i, to: i + hit.form.words.length, add: hit.add, termId: hit.termId });
        i += hit.form.words.length - 1;
      }
      return out;
    },
    termFor(query) {
      const q = normalizeWord(query.normalize('NFC').match(WORD)?.join(' ') ?? '');
      const hit = entries.find(({ form }) => normalizeWord(form.words.join(' ')) === q);
      return hit && { id: hit.termId, forms: hit.forms.map((f) => f.text) };
    },
  };
}
