import type { Token } from '../schema.js';

/** Index of the first token that ends after `offset` (tokens are sorted and disjoint); tokens.length if none. */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens a span overlaps, as a half-open index range `[first, end)`. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const first = firstTokenEndingAfter(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  return [first, last];
}
