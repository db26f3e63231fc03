/**
 * A trie over normalized words: multiword lexicon entries are matched token by token in one walk,
 * so lookups cost the length of the match, not the size of the lexicon.
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
}

/** Normalizes and splits a lexicon entry into words. */
export function phraseWords(entry: string, key: (s: string) => string): string[] {
  return key(entry).split(' ').filter(Boolean);
}
