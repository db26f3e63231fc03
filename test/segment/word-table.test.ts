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

  it('starts again when full, so a stream of documents keeps a bounded vocabulary', () => {
    const table = new WordTable();
    let last = 0;
    for (let i = 0; i < (1 << 18) + 10; i++) {
      const w = `x${i}`;
      last = table.intern(w, 0, w.length);
    }
    expect(last).toBeLessThan(20);
    expect(table.data.length).toBeLessThan(20);
    expect(table.word(last)).toBe(`x${(1 << 18) + 9}`);
  });
});
