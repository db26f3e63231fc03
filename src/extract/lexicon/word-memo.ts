import type { Token } from '../../schema.js';
import { wordAtIndex, wordGeneration, wordIndexOf } from '../../segment/finish-tokens.js';

/**
 * Memoizes a small number (0 … 126: a few yes/no bits) computed from a token's word, its text and clitic
 * readings, which are the same at every occurrence, by the token's interned word index: rules handed
 * one token at a time (is this a place's first word? can a name open here?) ask it of the same words
 * over and over, and each answer costs lookups in large sets, while the memo costs two array reads.
 * The answers are forgotten when the table starts again (its generation changes), and an answer is
 * used only while the table still holds the token's word at its index (the same interned string, so
 * compared by reference): a token kept from an earlier document may carry an index of an older
 * generation (the table starts again between documents only). The word table's
 * own list of words is read for that, one list for every memo, not a list kept by each. Tokens
 * without an index (built by hand, or read by their spelling) are computed every time. `compute` must
 * depend on the token's word only.
 */
export function perWord(compute: (t: Token) => number): (t: Token) => number {
  let answers = new Int8Array(1 << 12); // answer + 1, 0 for none yet
  let generation = wordGeneration();
  return (t) => {
    const id = wordIndexOf(t);
    if (id < 0) return compute(t);
    if (generation !== wordGeneration()) {
      generation = wordGeneration();
      answers.fill(0);
    }
    if (id >= answers.length) {
      const grown = new Int8Array(Math.max(answers.length * 2, id + 1));
      grown.set(answers);
      answers = grown;
    }
    const a = answers[id]!;
    const current = wordAtIndex(id) === t.norm;
    if (a !== 0 && current) return a - 1;
    const value = compute(t);
    if (current) answers[id] = value + 1;
    return value;
  };
}

/**
 * perWord for a computation that reads a lexicon (one per normalization): one memo per lexicon object,
 * the last one used kept at hand, since a document is read with one normalization.
 */
export function perLexiconWord<L extends object>(compute: (lexicon: L, t: Token) => number): (lexicon: L, t: Token) => number {
  const memos = new WeakMap<L, (t: Token) => number>();
  let last: L | undefined;
  let lastMemo: (t: Token) => number = () => 0;
  return (lexicon, t) => {
    if (lexicon !== last) {
      let memo = memos.get(lexicon);
      if (memo === undefined) memos.set(lexicon, (memo = perWord((token) => compute(lexicon, token))));
      [last, lastMemo] = [lexicon, memo];
    }
    return lastMemo(t);
  };
}
