/**
 * The bundle's lexicon JSON is wrapped by lazyJson (tsup.config.ts): it must read exactly like the parsed
 * value to every use the lexicon code makes of it, and parse only when first read.
 */
import { describe, expect, it } from 'vitest';
import { lazyJson } from '../src/lazy-json.js';

const ARRAY = ['مصر', 'الأردن', 'قطر'];
const OBJECT = { note: 'من المعرفة العامة', words: ['قال', 'أكد'], nested: { n: 1 } };

describe('lazyJson', () => {
  it('reads as the array it holds', () => {
    const a = lazyJson<string[]>(true, JSON.stringify(ARRAY));
    expect(Array.isArray(a)).toBe(true);
    expect(a.length).toBe(3);
    expect(a[1]).toBe('الأردن');
    expect(a.map((w) => w.length)).toEqual([3, 6, 3]);
    expect([...a]).toEqual(ARRAY);
    expect(new Set(a).has('قطر')).toBe(true);
    expect(a.includes('مصر')).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(ARRAY));
    expect(Object.keys(a)).toEqual(['0', '1', '2']);
  });

  it('reads as the object it holds', () => {
    const o = lazyJson<typeof OBJECT>(false, JSON.stringify(OBJECT));
    expect(o.words).toEqual(['قال', 'أكد']);
    expect(o.nested.n).toBe(1);
    expect('note' in o).toBe(true);
    expect('missing' in o).toBe(false);
    expect(Object.entries(o).map(([k]) => k)).toEqual(['note', 'words', 'nested']);
    expect({ ...o }).toEqual(OBJECT);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
  });

  it('parses nothing until first read', () => {
    const broken = lazyJson<string[]>(true, '[not json');
    expect(() => broken.length).toThrow(SyntaxError);
  });

  it('is read-only, as shared lexicon data must be', () => {
    const a = lazyJson<string[]>(true, JSON.stringify(ARRAY));
    expect(() => {
      (a as string[]).push('ليبيا');
    }).toThrow(TypeError);
    expect(a.length).toBe(3);
  });
});
