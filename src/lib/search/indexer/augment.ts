/**
 * The copy of a built page that Pagefind indexes: the same HTML, with findable additions
 * (compound tails, other forms of a term) after the words they belong to. The page that
 * people read is not changed.
 *
 * Only text between tags is touched, and only inside <body>; tags, attributes, entities,
 * scripts and styles stay as they are. An addition goes after the run of non-space
 * characters that holds the word (“(wijkverpleging),” → “(wijkverpleging), ⟦verpleging⟧”),
 * so hyphenated words and punctuation stay whole for Pagefind.
 */
import { ADDED_CLOSE, ADDED_OPEN, addedText, escapeHtml } from '../shared/text.ts';
import type { TermMatcher, Token } from './synonyms.ts';
import { searchKeys } from './search-keys.ts';

export interface Augmenters {
  /** Tails of a compound word (lower case), or nothing. */
  compoundTails(word: string): readonly string[] | undefined;
  terms: TermMatcher;
}

export interface AugmentStats {
  /** How many words got compound tails, and which (word → tails). */
  compounds: Map<string, readonly string[]>;
  /** How often each term was found (term id → count). */
  terms: Map<string, number>;
  additions: number;
}

export function emptyStats(): AugmentStats {
  return { compounds: new Map(), terms: new Map(), additions: 0 };
}

const TOKEN = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/giu;

/** Adds findable words to one piece of text (no tags in it). */
export function augmentText(text: string, aug: Augmenters, stats: AugmentStats = emptyStats()): string {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[0].startsWith('&')) continue;
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  if (!tokens.length) return text;

  // What to add after which character offset (the end of the word's run of non-spaces).
  const additions = new Map<number, string[]>();
  const runEnd = (offset: number): number => {
    const rest = text.slice(offset).search(/\s|&nbsp;/);
    return rest === -1 ? text.length : offset + rest;
  };
  const add = (offset: number, terms: readonly string[]) => {
    const at = runEnd(offset);
    const list = additions.get(at) ?? [];
    for (const t of terms) if (!list.includes(t)) list.push(t);
    additions.set(at, list);
  };

  for (const m of aug.terms.match(tokens)) {
    // A term whose forms differ only in capitals ("sociaal domein", "Sociaal Domein") adds nothing.
    if (!m.add.length) continue;
    add(tokens[m.to - 1]!.end, m.add);
    stats.terms.set(m.termId, (stats.terms.get(m.termId) ?? 0) + 1);
  }
  tokens.forEach((t) => {
    const tails = aug.compoundTails(t.text);
    if (!tails?.length) return;
    add(t.end, tails);
    stats.compounds.set(t.text.toLowerCase(), tails);
  });
  if (!additions.size) return text;

  let out = '';
  let last = 0;
  for (const at of [...additions.keys()].sort((a, b) => a - b)) {
    out += `${text.slice(last, at)} ${addedText(additions.get(at)!.map(escapeHtml))}`;
    last = at;
    stats.additions++;
  }
  return out + text.slice(last);
}

/** Elements Pagefind leaves out of the index. */
const IGNORE_ATTR = /\sdata-pagefind-ignore\b/i;

/**
 * Whether Pagefind reads the element's text as a filter value or metadata: a key without a value
 * of its own (`data-pagefind-filter="thema"`). A key with its value (`data-pagefind-meta="soort:
 * Visie"`, as a page's <main> carries it) or an attribute (`image[src]`) leaves the text to the index.
 */
function textIsRead(tag: string): boolean {
  return searchKeys(tag).some((k) => k.readsText);
}
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Adds findable words to the text of a whole page. Text inside elements marked
 * data-pagefind-ignore, -filter or -meta stays as it is: filter values and metadata must keep
 * their exact wording.
 */
export function augmentHtml(html: string, aug: Augmenters, stats: AugmentStats = emptyStats()): string {
  if (html.includes(ADDED_OPEN) || html.includes(ADDED_CLOSE)) {
    throw new Error(
      `de pagina bevat al het teken ${ADDED_OPEN} of ${ADDED_CLOSE}, dat de zoekindex voor toevoegingen gebruikt`,
    );
  }
  const bodyStart = html.search(/<body[\s>]/i);
  if (bodyStart === -1) return html;
  let out = html.slice(0, bodyStart);
  let i = bodyStart;
  let skip: { name: string; depth: number } | undefined;
  const text = (t: string) => (skip ? t : augmentText(t, aug, stats));
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += text(html.slice(i));
      break;
    }
    out += text(html.slice(i, lt));
    // Scripts, styles and comments are copied whole.
    const raw = /^<(script|style|textarea)\b/i.exec(html.slice(lt, lt + 10));
    let end: number;
    if (html.startsWith('<!--', lt)) {
      end = html.indexOf('-->', lt);
      end = end === -1 ? html.length : end + 3;
    } else if (raw) {
      const close = html.toLowerCase().indexOf(`</${raw[1]!.toLowerCase()}`, lt);
      const gt = close === -1 ? -1 : html.indexOf('>', close);
      end = gt === -1 ? html.length : gt + 1;
    } else {
      end = tagEnd(html, lt);
      const tag = html.slice(lt, end);
      const m = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(tag);
      if (m) {
        const name = m[2]!.toLowerCase();
        const closing = m[1] === '/';
        const selfClosing = VOID.has(name) || tag.endsWith('/>');
        if (skip) {
          if (name === skip.name && !selfClosing) skip.depth += closing ? -1 : 1;
          if (skip.depth === 0) skip = undefined;
        } else if (!closing && !selfClosing && (IGNORE_ATTR.test(tag) || textIsRead(tag))) {
          skip = { name, depth: 1 };
        }
      }
    }
    out += html.slice(lt, end);
    i = end;
  }
  return out;
}

/** The end of a tag, with `>` inside quoted attribute values skipped. */
function tagEnd(html: string, lt: number): number {
  let quote: string | undefined;
  for (let k = lt + 1; k < html.length; k++) {
    const c = html[k];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return k + 1;
    }
  }
  return html.length;
}
