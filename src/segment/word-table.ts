/**
 * Interned words: every occurrence of a word, in every document, is the same string object. A token's
 * text is read straight out of the normalized text by hashing its characters, so no new string is
 * made for a word seen before, and V8 computes the string's own hash (which every lexicon lookup of
 * the word needs) once per word instead of once per occurrence. The table forgets everything when it
 * reaches its limit, so a stream of millions of documents keeps a bounded vocabulary.
 */
const LIMIT = 1 << 18;

export class WordTable {
  private slots = new Int32Array(1 << 12); // word index + 1, 0 for an empty slot
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

  /** The index of the interned string equal to `text.slice(from, to)`, valid until the table fills up and starts again. */
  intern(text: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    const length = to - from;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]! - 1;
      if (id < 0) return this.add(s, h, text.slice(from, to));
      if (this.hashes[id] === h) {
        const word = this.words[id]!;
        if (word.length === length && sameChars(word, text, from)) return id;
      }
    }
  }

  private add(slot: number, hash: number, word: string): number {
    if (this.words.length >= LIMIT) {
      this.clear();
      return this.intern(word, 0, word.length);
    }
    const id = this.words.length;
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[slot] = this.words.push(word);
    this.data.push(undefined);
    if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return this.words.length - 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      let s = this.hashes[id]! & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = id + 1;
    }
  }

  private clear(): void {
    this.generation++;
    this.slots = new Int32Array(1 << 12);
    this.hashes = new Int32Array(1 << 11);
    this.words = [];
    this.data.length = 0;
  }
}

function sameChars(word: string, text: string, from: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}
