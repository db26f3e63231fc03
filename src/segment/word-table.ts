/**
 * Interned words: every occurrence of a word, in every document, is the same string object. A token's
 * text is read straight out of the normalized text by hashing its characters, so no new string is
 * made for a word seen before, and V8 computes the string's own hash (which every lexicon lookup of
 * the word needs) once per word instead of once per occurrence. The table forgets everything once it
 * has reached its limit, so a stream of millions of documents keeps a bounded vocabulary; it forgets
 * between documents only (`startDocument`), so that all word indexes of one document belong to one
 * generation: per-word memos keyed by index never mix two words of a document.
 */
const LIMIT = 1 << 18;

export class WordTable {
  constructor(private readonly limit = LIMIT) {}

  /**
   * Two entries per slot: the word index + 1 (0 for an empty slot) and the word's hash, side by side so
   * that a probe reads one cache line, not one in the slots and another in `hashes`.
   */
  private slots = new Int32Array(2 << 12);
  /** Each word's hash, by word index (for rehashing). */
  private hashes = new Int32Array(1 << 11);
  private words: string[] = [];
  /** Data kept per word by the table's user (clitic analyses), dense, one entry per word. */
  readonly data: unknown[] = [];
  /** Counts the times the table started again: an index means the same word only within one generation. */
  generation = 0;

  /** The word at an index returned by `intern`. */
  word(id: number): string {
    return this.words[id]!;
  }

  /** The word at an index, or undefined past the words held. */
  wordOrNone(id: number): string | undefined {
    return id < this.words.length ? this.words[id] : undefined;
  }

  /** The index of the interned string equal to `text.slice(from, to)`, valid until the table fills up and starts again. */
  intern(text: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = to - from;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = slots[2 * s]! - 1;
      if (id < 0) return this.add(s, h, text.slice(from, to));
      if (slots[2 * s + 1] === h) {
        const word = this.words[id]!;
        if (word.length === length && sameChars(word, text, from)) return id;
      }
    }
  }

  /**
   * Called before a document's words are interned: starts again when the table has reached its limit. A
   * document with more distinct words than the limit grows the table past it until the next document.
   */
  startDocument(): void {
    if (this.words.length >= this.limit) this.clear();
  }

  private add(slot: number, hash: number, word: string): number {
    const id = this.words.length;
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[2 * slot] = this.words.push(word);
    this.slots[2 * slot + 1] = hash;
    this.data.push(undefined);
    if (this.words.length * 4 > this.slots.length) this.rehash(this.slots.length); // half full: twice the slots
    return this.words.length - 1;
  }

  /** Rebuilds the table with `size` slots. */
  private rehash(size: number): void {
    this.slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      const hash = this.hashes[id]!;
      let s = hash & mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & mask;
      this.slots[2 * s] = id + 1;
      this.slots[2 * s + 1] = hash;
    }
  }

  private clear(): void {
    this.generation++;
    this.slots = new Int32Array(2 << 12);
    this.hashes = new Int32Array(1 << 11);
    this.words = [];
    this.data.length = 0;
  }
}

function sameChars(word: string, text: string, from: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}
