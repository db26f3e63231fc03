import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/segment/word-table.js';

describe('WordTable', () => {
  it('gives one index and one string object per distinct word, equal to the slice', () => {
    const table = new WordTable();
    const text = 'مصر في مصر وفي مصرف';
    const a = table.intern(text, 0, 3);
    const b = table.intern(text, 7, 10);
    const prefix = table.intern(text, 15, 18); // the first three letters of مصرف
    const whole = table.intern(text, 15, 19);
    expect(a).toBe(b);
    expect(prefix).toBe(a);
    expect(table.word(a)).toBe('مصر');
    expect(whole).not.toBe(a);
    expect(table.word(whole)).toBe('مصرف');
  });

  it('tells apart long words that share the letters a slot holds, and words of one hash prefix and another length', () => {
    const table = new WordTable();
    const text = 'الاستثماراتها الاستثماراتهم الاستثمارات الاستثماراتها';
    const a = table.intern(text, 0, 13);
    const b = table.intern(text, 14, 27);
    const c = table.intern(text, 28, 39);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(table.intern(text, 40, 53)).toBe(a);
    expect(table.word(a)).toBe('الاستثماراتها');
    expect(table.word(b)).toBe('الاستثماراتهم');
    expect(table.word(c)).toBe('الاستثمارات');
  });

  it('tells apart words whose hashes collide: of two lengths, and long ones that share the letters a slot holds', () => {
    // FNV-1a pairs found by search: same 32-bit hash, so only the length and letter comparisons tell them apart.
    const table = new WordTable();
    const text = 'razgcnd faeuvj abcdefghijjpypjh abcdefghijrsrerk';
    const short = table.intern(text, 0, 7);
    const shorter = table.intern(text, 8, 14);
    const long = table.intern(text, 15, 31);
    const other = table.intern(text, 32, 48);
    expect(shorter).not.toBe(short);
    expect(other).not.toBe(long);
    expect(table.word(shorter)).toBe('faeuvj');
    expect(table.word(other)).toBe('abcdefghijrsrerk');
    expect(table.intern(text, 32, 48)).toBe(other);
  });

  it('keeps every word through growth, and keeps data per word dense', () => {
    const table = new WordTable();
    const ids = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const w = `w${i}`;
      ids.set(w, table.intern(w, 0, w.length));
    }
    for (const [w, id] of ids) {
      expect(table.intern(w, 0, w.length)).toBe(id);
      expect(table.word(id)).toBe(w);
    }
    expect(table.data.length).toBe(20_000);
  });

  it('starts again when full, between documents only, so a stream of documents keeps a bounded vocabulary', () => {
    const table = new WordTable(16);
    const ids = new Set<number>();
    for (let i = 0; i < 40; i++) ids.add(table.intern(`x${i}`, 0, `x${i}`.length));
    // One document's 40 words keep 40 indexes, past the limit: none is reused inside the document.
    expect(ids.size).toBe(40);
    expect(table.generation).toBe(0);
    expect(table.word(table.intern('x3', 0, 2))).toBe('x3');
    table.startDocument();
    expect(table.generation).toBe(1);
    const first = table.intern('y0', 0, 2);
    expect(first).toBe(0);
    expect(table.data.length).toBe(1);
    expect(table.word(first)).toBe('y0');
    // Below the limit a new document keeps the words.
    table.startDocument();
    expect(table.generation).toBe(1);
    expect(table.intern('y0', 0, 2)).toBe(first);
  });
});
