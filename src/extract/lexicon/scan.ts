import type { Sentence, Token } from '../../schema.js';
import type { ExtractContext } from '../types.js';

/** The words of a sentence as a lookup function for trie walks: undefined past the sentence or at a non-word. */
export function wordAt(tokens: readonly Token[], sentence: Sentence): (i: number) => string | undefined {
  return (i) => {
    if (i >= sentence.tokenEnd) return undefined;
    const t = tokens[i]!;
    return t.kind === 'word' || t.kind === 'number' ? t.norm : undefined;
  };
}

/**
 * wordAt, with a mark written between two letters with no space (سي.إن.إن, AT&T): names spelled with
 * dots or an ampersand inside them are matched whole.
 */
export function wordOrInnerMarkAt(tokens: readonly Token[], sentence: Sentence): (i: number) => string | undefined {
  return (i) => {
    if (i >= sentence.tokenEnd) return undefined;
    const t = tokens[i]!;
    if (t.kind === 'word' || t.kind === 'number') return t.norm;
    const before = tokens[i - 1];
    const after = i + 1 < sentence.tokenEnd ? tokens[i + 1] : undefined;
    const inner = before !== undefined && after !== undefined && before.end === t.start && after.start === t.end && before.kind === 'word' && after.kind === 'word';
    return inner && t.end - t.start === 1 ? t.norm : undefined;
  };
}

/**
 * Every token of a sentence, punctuation included, as a lookup function for trie walks: for entries
 * written with a dot (the abbreviated titles د. and أ.د.). Undefined past the sentence.
 */
export function tokenAt(tokens: readonly Token[], sentence: Sentence): (i: number) => string | undefined {
  return (i) => (i < sentence.tokenEnd ? tokens[i]!.norm : undefined);
}

/** Calls `visit` with each token index of each sentence extractors read; `visit` returns the next index. */
export function scanSentences(context: ExtractContext, visit: (i: number, sentence: Sentence) => number): void {
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const next = visit(i, sentence);
      i = next > i ? next : i + 1;
    }
  }
}

/**
 * scanSentences over the tokens whose `starts` entry has `bit` set (see name-starts): the test runs in
 * this loop, so the many tokens that start nothing cost an array read, not a call of `visit`.
 */
export function scanStarts(context: ExtractContext, starts: Uint8Array, bit: number, visit: (i: number, sentence: Sentence) => number): void {
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      if ((starts[i]! & bit) === 0) {
        i++;
        continue;
      }
      const next = visit(i, sentence);
      i = next > i ? next : i + 1;
    }
  }
}

/** True when the original text of a token carries tanween (ًٌٍ): an indefinite word, not part of a name. */
export function hasTanween(text: string, token: Token): boolean {
  for (let i = token.start; i < token.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) return true;
  }
  return false;
}
