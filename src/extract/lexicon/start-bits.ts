/**
 * What the name and value start passes share (name-starts.ts, value-starts.ts): a map from word to the
 * bits of the extractors whose phrases may start with it, and a memo that keeps one result for the
 * document being analyzed (also used by the value extractors' document view).
 */
import type { Token } from '../../schema.js';
import type { ExtractContext } from '../types.js';

/** One map from word to bits, each group of words setting its bit. */
export function startBitMap(groups: ReadonlyArray<readonly [Iterable<string>, number]>): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  for (const [words, bit] of groups) for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  return bits;
}

/**
 * A per-document result, computed once for the token array being analyzed and kept in one reference,
 * not a WeakMap: V8's young-generation collector keeps WeakMap entries alive, and every document's
 * arrays would be promoted to the old generation.
 */
export function perDocument<C extends Pick<ExtractContext, 'tokens' | 'key'>, T>(compute: (context: C) => T): (context: C) => T {
  let current: { tokens: readonly Token[]; key: (s: string) => string; value: T } | undefined;
  return (context) => {
    if (current && current.tokens === context.tokens && current.key === context.key) return current.value;
    current = { tokens: context.tokens, key: context.key, value: compute(context) };
    return current.value;
  };
}
