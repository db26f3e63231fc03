/**
 * What the name and value start passes share (name-starts.ts, value-starts.ts): a map from word to the
 * bits of the extractors whose phrases may start with it, and a memo that keeps one result for the
 * document being analyzed (also used by the value extractors' document view).
 */
import type { Token } from '../../schema.js';
import type { ExtractContext } from '../types.js';
import { wordGeneration } from '../../segment/finish-tokens.js';

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
export function perDocument<C extends Pick<ExtractContext, 'tokens' | 'key' | 'wordIds'>, T>(compute: (context: C) => T): (context: C) => T {
  let current: { tokens: readonly Token[]; key: (s: string) => string; value: T } | undefined;
  return (context) => {
    if (current && current.tokens === context.tokens && current.key === context.key) return current.value;
    current = { tokens: context.tokens, key: context.key, value: compute(context) };
    return current.value;
  };
}

/**
 * Start bits per token through a memo per interned word: a word's bits depend only on its text and
 * clitic analyses, which are the same at every occurrence, so each distinct word is looked up once per
 * word-table generation instead of once per occurrence. Without word indexes (a context built by hand)
 * every token is looked up.
 */
export function perWordStarts(bitsOf: (t: Token) => number): (tokens: readonly Token[], ids: Int32Array | undefined) => Uint8Array {
  const starts = perWordBits(bitsOf);
  return (tokens, ids) => starts(tokens, ids, new Uint8Array(tokens.length));
}

/** perWordStarts for up to 15 bits (the pass gates; the memo keeps -1 for a word not looked up yet). */
export function perWordStarts16(bitsOf: (t: Token) => number): (tokens: readonly Token[], ids: Int32Array | undefined) => Uint16Array {
  const starts = perWordBits(bitsOf);
  return (tokens, ids) => starts(tokens, ids, new Uint16Array(tokens.length));
}

/** Fills `out` with each token's bits, through the per-word memo (-1: not computed yet). */
function perWordBits(bitsOf: (t: Token) => number): <A extends Uint8Array | Uint16Array>(tokens: readonly Token[], ids: Int32Array | undefined, out: A) => A {
  let generation = -1;
  let memo = new Int16Array(0); // small, as its reads at random word indexes are a cost of every token
  return (tokens, ids, out) => {
    if (ids === undefined) {
      for (let i = 0; i < tokens.length; i++) out[i] = bitsOf(tokens[i]!);
      return out;
    }
    if (generation !== wordGeneration()) {
      generation = wordGeneration();
      memo = new Int16Array(1 << 12).fill(-1);
    }
    for (let i = 0; i < tokens.length; i++) {
      const id = ids[i]!;
      if (id < 0) {
        out[i] = bitsOf(tokens[i]!); // a word read by its spelling (finishTokens): no memo
        continue;
      }
      if (id >= memo.length) {
        const grown = new Int16Array(Math.max(memo.length * 2, id + 1)).fill(-1);
        grown.set(memo);
        memo = grown;
      }
      let b = memo[id]!;
      if (b < 0) memo[id] = b = bitsOf(tokens[i]!);
      out[i] = b;
    }
    return out;
  };
}
