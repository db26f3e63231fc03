/**
 * Binary search over items sorted by position and pairwise disjoint (tokens, sentences): the index of
 * the first item that ends after `offset`, or `items.length` when none does. One helper for every
 * "which token / which sentence holds this offset" question of the pipeline.
 */
export function firstEndingAfter(items: ReadonlyArray<{ end: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
