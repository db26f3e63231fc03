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

/** Int32 entries of a slot (32 bytes: half a cache line), and the characters a slot holds (two per entry). */
const SLOT = 8;
const INLINE = 2 * (SLOT - 3);

export class WordTable {
  constructor(private readonly limit = LIMIT) {}

  /**
   * SLOT entries per slot: the word index + 1 (0 for an empty slot), the word's hash, its length, and
   * its first INLINE characters two to an entry. A probe that finds a word of up to INLINE characters
   * compares it inside the slot's own cache line: the word's string (a pointer away, then its
   * characters another) is not read: a vocabulary of tens of thousands of words does not stay in the
   * cache, and those two dependent reads missed it for most tokens.
   */
  private slots = new Int32Array(SLOT << 12);
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
    const mask = slots.length / SLOT - 1;
    const length = to - from;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const id = slots[at]! - 1;
      if (id < 0) return this.add(s, h, text.slice(from, to));
      if (slots[at + 1] === h && slots[at + 2] === length && sameInline(slots, at + 3, text, from, length)) {
        if (length <= INLINE || sameChars(this.words[id]!, text, from)) return id;
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
    this.words.push(word);
    this.fill(this.slots, slot * SLOT, id, hash, word);
    this.data.push(undefined);
    const slotCount = this.slots.length / SLOT;
    if (this.words.length * 2 > slotCount) this.rehash(slotCount * 2); // half full: twice the slots
    return id;
  }

  /** Writes word `id` into the slot at `at`: index + 1, hash, length, and its first characters. */
  private fill(slots: Int32Array, at: number, id: number, hash: number, word: string): void {
    slots[at] = id + 1;
    slots[at + 1] = hash;
    slots[at + 2] = word.length;
    const n = Math.min(word.length, INLINE);
    for (let i = 0; i < n; i += 2) slots[at + 3 + (i >> 1)] = word.charCodeAt(i) | (i + 1 < n ? word.charCodeAt(i + 1) << 16 : 0);
  }

  /** Rebuilds the table with `size` slots. */
  private rehash(size: number): void {
    const slots = new Int32Array(SLOT * size);
    const mask = size - 1;
    for (let id = 0; id < this.words.length; id++) {
      const hash = this.hashes[id]!;
      let s = hash & mask;
      while (slots[s * SLOT] !== 0) s = (s + 1) & mask;
      this.fill(slots, s * SLOT, id, hash, this.words[id]!);
    }
    this.slots = slots;
  }

  private clear(): void {
    this.generation++;
    this.slots = new Int32Array(SLOT << 12);
    this.hashes = new Int32Array(1 << 11);
    this.words = [];
    this.data.length = 0;
  }
}

/** Do the characters a slot holds from `at` equal text's from `from` (up to INLINE of `length`)? */
function sameInline(slots: Int32Array, at: number, text: string, from: number, length: number): boolean {
  const n = Math.min(length, INLINE);
  for (let i = 0; i < n; i++) {
    const c = (slots[at + (i >> 1)]! >>> ((i & 1) << 4)) & 0xffff;
    if (c !== text.charCodeAt(from + i)) return false;
  }
  return true;
}

function sameChars(word: string, text: string, from: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}
