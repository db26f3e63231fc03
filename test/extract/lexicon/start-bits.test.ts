import { describe, expect, test } from 'vitest';
import type { Token } from '../../../src/schema.js';
import { perWordStarts } from '../../../src/extract/lexicon/start-bits.js';
import { analyze } from '../../../src/index.js';

const token = (norm: string): Token => ({ start: 0, end: norm.length, norm, kind: 'word', script: 'arabic', sentence: 0 });

describe('perWordStarts', () => {
  test('looks each interned word up once and gives every occurrence its bits', () => {
    const seen: string[] = [];
    const starts = perWordStarts((t) => {
      seen.push(t.norm);
      return t.norm === 'مصر' ? 4 : 0;
    });
    const tokens = [token('مصر'), token('في'), token('مصر'), token('في')];
    expect([...starts(tokens, Int32Array.of(7, 9, 7, 9))]).toEqual([4, 0, 4, 0]);
    expect(seen).toEqual(['مصر', 'في']);
  });

  test('without word indexes every token is looked up', () => {
    let calls = 0;
    const starts = perWordStarts(() => ++calls);
    expect([...starts([token('أ'), token('أ')], undefined)]).toEqual([1, 2]);
  });

  test('documents analyzed one after another find the same mentions as each alone', () => {
    const a = 'وقال الرئيس عبد الفتاح السيسي إن مصر تدعم الحوار.';
    const b = 'وصل الوفد إلى القاهرة وبلغت الصادرات 1.5 مليون دولار.';
    const alone = analyze(b).mentions.map((m) => `${m.type} ${m.text}`);
    analyze(a);
    expect(analyze(b).mentions.map((m) => `${m.type} ${m.text}`)).toEqual(alone);
  });
});
