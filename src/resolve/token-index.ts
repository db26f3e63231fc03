import type { Token } from '../schema.js';
import { firstEndingAfter } from '../segment/spans.js';

/** Index of the first token that ends after `offset` (tokens are sorted and disjoint); tokens.length if none. */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  return firstEndingAfter(tokens, offset);
}

/** The tokens a span overlaps, as a half-open index range `[first, end)`. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const first = firstTokenEndingAfter(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  return [first, last];
}
