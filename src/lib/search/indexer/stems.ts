/**
 * How Pagefind reads a word: the stem it stores in its index and compares a query's stem with.
 *
 * Pagefind stems Dutch with Snowball's Dutch algorithm before it matches the start of a word,
 * and that stemmer rewrites endings rather than only cutting them: “visitatie” becomes
 * “visiteer”, “participatie” “participeer”, “woning” “woon”, while the compounds that begin
 * with them keep their spelling (“visitatiecommissie”, “participatiewet”, “woningmarkt”). So
 * the query “visitatie” does not find “visitatiecommissie” by prefix, although it starts with
 * it. Rather than copy the stemmer, the index step asks Pagefind itself: it indexes the words
 * in a small index of its own, in memory, and reads the stems back from it.
 *
 * Reading them back means reading Pagefind's index chunks (gzip, a signature, then CBOR: per
 * word its key and, per page, its positions). That format is Pagefind's own and may change with
 * a new version; when the words cannot be read back, this throws, so the build stops and says so
 * (tests/unit/search-stems.test.ts checks known stems).
 */
import * as pagefind from 'pagefind';
import { gunzipSync } from 'node:zlib';

/** The signature before the CBOR data in Pagefind's decompressed files. */
const SIGNATURE = 'pagefind_dcd';

/** A minimal CBOR reader: unsigned and negative integers, strings, arrays and maps (what the index chunks hold). */
function readCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = [1, 2, 4, 8][info - 24];
    if (size === undefined) throw new Error(`CBOR: lengte ${info} niet ondersteund`);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = view.getUint8(at++);
    const type = head >> 5;
    const n = length(head & 31);
    switch (type) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
      case 3: {
        const slice = bytes.subarray(at, at + n);
        at += n;
        return type === 3 ? text.decode(slice) : slice;
      }
      case 4:
        return Array.from({ length: n }, item);
      case 5: {
        const map = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      default:
        throw new Error(`CBOR: type ${type} niet ondersteund`);
    }
  };
  return item();
}

/**
 * The word positions in one list of pages of an index chunk: [page, positions, …]. A negative
 * number changes the weight of the positions after it, which start again from 0; the others are
 * the distance to the previous position.
 */
function positions(pages: unknown): number[] {
  const out: number[] = [];
  for (const page of pages as unknown[][]) {
    let last = 0;
    for (const loc of page[1] as number[]) {
      if (loc < 0) {
        last = 0;
        continue;
      }
      last += loc;
      out.push(last);
    }
  }
  return out;
}

/**
 * Pagefind's Dutch stem of each word (lower case, letters only), from an index of these words
 * alone. Throws when a word's stem cannot be read back.
 */
export async function pagefindStems(words: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(words)].filter((w) => /^\p{Ll}+$/u.test(w));
  const stems = new Map<string, string>();
  if (!list.length) return stems;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind start niet: ${errors.join('; ')}`);
  try {
    const added = await index.addCustomRecord({ url: '/', content: list.join(' '), language: 'nl' });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(fileErrors.join('; '));
    const byPosition = new Map<number, string>();
    for (const file of files) {
      if (!file.path.endsWith('.pf_index')) continue;
      const raw = gunzipSync(file.content);
      if (new TextDecoder().decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE)
        throw new Error(`${file.path} begint niet met ${SIGNATURE}`);
      const chunk = readCbor(raw.subarray(SIGNATURE.length)) as unknown[];
      for (const word of chunk[0] as unknown[][]) {
        const key = word[0] as string;
        // A form with diacritics (“continuïteit”) is a variant under the key without them.
        const variants = (word[2] ?? []) as unknown[][];
        for (const p of [...positions(word[1]), ...variants.flatMap((v) => positions(v[1]))]) byPosition.set(p, key);
      }
    }
    list.forEach((w, i) => {
      const stem = byPosition.get(i);
      if (stem !== undefined) stems.set(w, stem);
    });
  } catch (e) {
    throw new Error(`de stammen van Pagefind zijn niet te lezen (${e instanceof Error ? e.message : String(e)})`, {
      cause: e,
    });
  } finally {
    await index.deleteIndex().catch(() => {});
  }
  const missing = list.filter((w) => !stems.has(w));
  if (missing.length)
    throw new Error(
      `de stammen van Pagefind zijn niet te lezen: geen stam voor ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` en ${missing.length - 5} andere` : ''} (is het indexformaat van Pagefind veranderd?)`,
    );
  return stems;
}
