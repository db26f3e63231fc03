/** Helpers of the scorer: which chunks overlap which, and surface-form tallies. */
import type { Chunk } from './metrics.js';
import type { SurfaceCount } from './scores.js';

/**
 * For each chunk of `a`, the range `[lo, hi)` of the chunks of `b` that overlap it. Both lists are
 * sorted and pairwise disjoint (as `chunks` returns them), so two pointers make this linear.
 */
export function overlapRanges(a: readonly Chunk[], b: readonly Chunk[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lo = 0;
  for (const c of a) {
    while (lo < b.length && b[lo]!.end <= c.start) lo++;
    let hi = lo;
    while (hi < b.length && b[hi]!.start < c.end) hi++;
    out.push([lo, hi]);
  }
  return out;
}

/** Does some chunk of `list[lo..hi)` pass `test`? */
export function anyIn(list: readonly Chunk[], [lo, hi]: [number, number], test: (x: Chunk) => boolean): boolean {
  for (let k = lo; k < hi; k++) if (test(list[k]!)) return true;
  return false;
}

export function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function top(map: Map<string, number>, n: number): SurfaceCount[] {
  const rows = [...map].map(([key, count]) => {
    const tab = key.indexOf('\t');
    return { type: key.slice(0, tab), text: key.slice(tab + 1), count };
  });
  rows.sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0) || (x.type < y.type ? -1 : x.type > y.type ? 1 : 0));
  return rows.slice(0, n);
}
