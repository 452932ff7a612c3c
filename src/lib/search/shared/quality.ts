/**
 * Search-quality measures for the benchmark (bench/search/): where the first acceptable
 * section stands in a ranked list, recall@k and mean reciprocal rank.
 */

/** Compares section URLs regardless of percent-encoding (“#5-financi%C3%ABn” = “#5-financiën”). */
export function sameSection(url: string, expected: string): boolean {
  const norm = (u: string) => {
    try {
      return decodeURIComponent(u).normalize('NFC');
    } catch {
      return u.normalize('NFC');
    }
  };
  const a = norm(url);
  const e = norm(expected);
  // "/page/*" accepts any section of the page; "/page/" only text before its first heading.
  if (e.endsWith('*')) return a.split('#')[0] === e.slice(0, -1);
  return a === e;
}

/** 1-based rank of the first acceptable section, or undefined when none is in the list. */
export function firstHit(ranked: readonly string[], expected: readonly string[]): number | undefined {
  const i = ranked.findIndex((url) => expected.some((e) => sameSection(url, e)));
  return i === -1 ? undefined : i + 1;
}

export interface Scores {
  queries: number;
  /** Share of queries with an acceptable section in the first k. */
  recallAtK: number;
  /** Mean of 1/rank (0 when not found at all). */
  mrr: number;
}

export function scores(ranks: ReadonlyArray<number | undefined>, k = 5): Scores {
  const n = ranks.length;
  if (n === 0) return { queries: 0, recallAtK: 0, mrr: 0 };
  const found = ranks.filter((r) => r !== undefined && r <= k).length;
  const rr = ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0);
  return { queries: n, recallAtK: found / n, mrr: rr / n };
}
