import type { Token } from '../../schema.js';
import { rawTokens } from '../../segment/tokenize.js';

/**
 * A trie over normalized words: multiword lexicon entries are matched token by token in one walk,
 * so lookups cost the length of the match, not the size of the lexicon. Every lexicon of the library
 * (places, titles, organizations, scale words, currencies, months …) is one of these.
 */
interface TrieNode<V> {
  next?: Map<string, TrieNode<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  /** Index one past the last token of the match. */
  end: number;
  value: V;
}

/** A match over a token array: the value and the index of the token after the phrase. */
export interface TokenMatch<V> {
  payload: V;
  next: number;
}

const NO_WORDS: ReadonlyMap<string, unknown> = new Map();

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = {};
  size = 0;

  /** Adds a phrase (already normalized and split into words). The first value added for a phrase wins. */
  add(words: readonly string[], value: V): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = {}));
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      this.size++;
    }
  }

  /** Does some phrase start with this word? */
  startsWith(word: string): boolean {
    return this.root.next?.has(word) ?? false;
  }

  /** The words phrases can start with, as a map to test readings against (see `someReadingIn`). */
  firstWordMap(): ReadonlyMap<string, unknown> {
    return this.root.next ?? NO_WORDS;
  }

  /** The words phrases can start with. */
  firstWords(): IterableIterator<string> {
    return (this.root.next ?? new Map<string, TrieNode<V>>()).keys();
  }

  /** The longest phrase made of the `norm`s of tokens i, i+1, … before token `end`. */
  match(tokens: readonly Token[], i: number, end: number): TokenMatch<V> | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: TokenMatch<V> | null = null;
    for (let k = i; k < end && node?.next; k++) {
      node = node.next.get(tokens[k]!.norm);
      if (!node) break;
      if (node.value !== undefined) best = { payload: node.value, next: k + 1 };
    }
    return best;
  }

  /**
   * The longest phrase that starts with `first` and goes on with `words(i)` for i = from, from+1, …
   * (`words` returns undefined where the phrase cannot go on, such as at punctuation).
   */
  longest(first: string, from: number, words: (i: number) => string | undefined): PhraseMatch<V> | undefined {
    let node = this.root.next?.get(first);
    if (!node) return undefined;
    let best: PhraseMatch<V> | undefined = node.value !== undefined ? { end: from, value: node.value } : undefined;
    for (let i = from; node.next; i++) {
      const w = words(i);
      if (w === undefined) break;
      node = node.next.get(w);
      if (!node) break;
      if (node.value !== undefined) best = { end: i + 1, value: node.value };
    }
    return best;
  }

  /**
   * `longest` over the words of tokens from, from+1, … before `end` (a sentence's end), as `wordAt`
   * reads them (a word or number token's `norm`; any other token ends the phrase), with no function
   * to call: the rules that ask it of every token made a closure and its context each time. Undefined
   * when no phrase starts with `first`, so no `startsWith` is needed before it.
   */
  longestInTokens(first: string, from: number, tokens: readonly Token[], end: number): PhraseMatch<V> | undefined {
    let node = this.root.next?.get(first);
    if (!node) return undefined;
    let best: PhraseMatch<V> | undefined = node.value !== undefined ? { end: from, value: node.value } : undefined;
    for (let i = from; node.next && i < end; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' && t.kind !== 'number') break;
      node = node.next.get(t.norm);
      if (!node) break;
      if (node.value !== undefined) best = { end: i + 1, value: node.value };
    }
    return best;
  }
}

/**
 * Splits a lexicon entry into words exactly as the tokenizer splits text (ج.م → ج . م, US$ → US $),
 * so an entry matches the tokens of the same words in a document.
 */
export function splitLikeTokens(entry: string): string[] {
  // Most entries are Arabic letters and single spaces, which the tokenizer splits at the spaces only:
  // skipping it keeps compiling tens of thousands of entries cheap.
  if (plainArabicWords(entry)) return entry.split(' ');
  const raw = rawTokens(entry);
  const words: string[] = [];
  for (let k = 0; k < raw.length; k++) words.push(entry.slice(raw.nStart[k], raw.nEnd[k]));
  return words;
}

/** Normalizes and splits a lexicon entry into words. */
export function phraseWords(entry: string, key: (s: string) => string): string[] {
  return splitLikeTokens(key(entry));
}

/** Arabic letters (ء … ي) in words joined by single spaces, nothing else. */
function plainArabicWords(entry: string): boolean {
  if (entry.length === 0) return false;
  let previousSpace = true;
  for (let i = 0; i < entry.length; i++) {
    const c = entry.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c >= 0x0621 && c <= 0x064a) previousSpace = false;
    else return false;
  }
  return !previousSpace;
}
