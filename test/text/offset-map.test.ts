import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { OffsetMap } from '../../src/text/offset-map.js';
import type { NormalizeOptions } from '../../src/text/options.js';

/**
 * Finds `normWord` in the normalized text (the `nth` occurrence) and returns the original slice its
 * range maps back to.
 */
function originalOf(text: string, normWord: string, nth = 0, options?: NormalizeOptions): string {
  const r = normalize(text, options);
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = r.text.indexOf(normWord, at + 1);
    if (at < 0) throw new Error(`${normWord} not in ${r.text}`);
  }
  const [s, e] = r.map.toOriginalRange(at, at + normWord.length);
  return text.slice(s, e);
}

describe('word ranges map back to the exact original word', () => {
  it.each<[string, string, string, string, number?]>([
    // fold, original text, normalized word, original word
    ['diacritics', 'وَزَارَةُ الخَارِجِيَّةِ المِصْرِيَّةِ', 'الخارجيه', 'الخَارِجِيَّةِ'],
    ['diacritics (first word)', 'وَزَارَةُ الخَارِجِيَّةِ', 'وزاره', 'وَزَارَةُ'],
    ['diacritics (last word)', 'وَزَارَةُ الخَارِجِيَّةِ', 'الخارجيه', 'الخَارِجِيَّةِ'],
    ['superscript alef', 'قال هٰذا الرجل', 'هذا', 'هٰذا'],
    ['Quranic marks', 'قال اللهۖ ثم', 'الله', 'اللهۖ'],
    ['tatweel', 'زار مـــصر أمس', 'مصر', 'مـــصر'],
    ['tatweel after the word', 'قالـــ ذلك', 'قال', 'قالـــ'],
    ['alef variants', 'قال أحمد إبراهيم', 'ابراهيم', 'إبراهيم'],
    ['alef wasla', 'بسم ٱلله', 'الله', 'ٱلله'],
    ['alef maksura', 'قال مصطفى أمس', 'مصطفي', 'مصطفى'],
    ['taa marbuta', 'في القاهرة اليوم', 'القاهره', 'القاهرة'],
    ['Arabic-Indic digits', 'بلغ ١٢٫٥ مليون', '12.5', '١٢٫٥'],
    ['Eastern digits', 'سال ۱۴۰۲ شمسی', '1402', '۱۴۰۲'],
    ['presentation forms', 'زار ﻣﺼﺮ أمس', 'مصر', 'ﻣﺼﺮ'],
    ['lam-alef ligature', 'قال ﻻبد من ذلك', 'لابد', 'ﻻبد'],
    ['lam-alef at word end', 'قال ﻻ أحد', 'لا', 'ﻻ'],
    ['rial sign', 'دفع 100 ﷼ فقط', 'ريال', '﷼'],
    ['format controls', 'قال \u200fمصر\u200f اليوم', 'مصر', 'مصر\u200f'],
    ['controls inside a word', 'مصر\u200dية', 'مصريه', 'مصر\u200dية'],
    ['non-breaking space', 'وزارة\u00a0الخارجية', 'الخارجيه', 'الخارجية'],
    ['run of spaces', 'وزارة \u00a0\u2003  الخارجية', 'الخارجيه', 'الخارجية'],
    ['every fold at once', '\u202bوَزَارَةُ\u00a0\u00a0الخَـــارِجِيَّةِ\u202c ﻻ ١٫٥', 'الخارجيه', 'الخَـــارِجِيَّةِ\u202c'],
    ['hamza carriers (on)', 'عقد مؤتمر في هيئة', 'هييه', 'هيئة', 0],
  ])('%s', (_, text, normWord, expected) => {
    const options = normWord === 'هييه' ? { hamzaCarriers: true } : undefined;
    expect(originalOf(text, normWord, 0, options)).toBe(expected);
  });

  it('maps the second of two identical words to the second occurrence', () => {
    const text = 'مِصْرُ و مَصْرُ';
    expect(normalize(text).text).toBe('مصر و مصر');
    const [s, e] = normalize(text).map.toOriginalRange(6, 9);
    expect(text.slice(s, e)).toBe('مَصْرُ');
    expect([s, e]).toEqual([9, 15]);
  });
});

describe('deletions', () => {
  it('attaches deleted characters to the character before them', () => {
    const text = 'مـــصر';
    const { map } = normalize(text);
    expect(map.toOriginalRange(0, 1)).toEqual([0, 4]); // م with its tatweel
    expect(map.toOriginalRange(1, 3)).toEqual([4, 6]); // صر
    expect(map.toOriginalStart(1)).toBe(4);
  });

  it('starts a range at the first kept character after leading deletions', () => {
    const text = '\ufeff\u200fمصر';
    const { text: t, map } = normalize(text);
    expect(t).toBe('مصر');
    expect(map.toOriginalRange(0, 3)).toEqual([2, 5]);
    expect(map.toOriginalStart(0)).toBe(2);
  });

  it('maps offsets inside a diacritised word one letter at a time', () => {
    const text = 'كَتَبَ';
    const { map } = normalize(text);
    expect([0, 1, 2, 3].map((n) => map.toOriginalStart(n))).toEqual([0, 2, 4, 6]);
    expect(map.toOriginalRange(1, 2)).toEqual([2, 4]); // تَ
  });

  it('maps folded spaces to the space that was kept', () => {
    const text = 'a \u00a0\u2003 b';
    const { text: t, map } = normalize(text);
    expect(t).toBe('a b');
    expect(map.toOriginalRange(1, 2)).toEqual([1, 5]); // the kept space and the folded ones after it
    expect(map.toOriginalRange(2, 3)).toEqual([5, 6]);
  });
});

describe('expansions', () => {
  const text = 'ﻻبد';
  const { text: t, map } = normalize(text);

  it('normalizes the ligature to two letters', () => {
    expect(t).toBe('لابد');
  });

  it.each<[number, number, [number, number]]>([
    [0, 2, [0, 1]], // the whole ligature
    [0, 1, [0, 1]], // ل alone rounds outward to the ligature
    [1, 2, [0, 1]], // ا alone rounds outward to the ligature
    [1, 3, [0, 2]], // ا + ب: starts in the ligature
    [0, 4, [0, 3]],
    [2, 4, [1, 3]], // after the ligature: exact
    [1, 1, [0, 1]], // an empty range inside the ligature also rounds outward to the whole ligature
  ])('normalized [%i, %i) → original %j', (s, e, expected) => {
    expect(map.toOriginalRange(s, e)).toEqual(expected);
  });

  it('rounds a range ending in the middle of a long expansion outward', () => {
    const src = 'دفع 100 ﷼ نقدا';
    const r = normalize(src);
    expect(r.text).toBe('دفع 100 ريال نقدا');
    const at = r.text.indexOf('ريال');
    for (let s = at; s < at + 4; s++) {
      for (let e = s + 1; e <= at + 4; e++) {
        const [os, oe] = r.map.toOriginalRange(s, e);
        expect(src.slice(os, oe)).toBe('﷼');
      }
    }
    // A range that starts before the sign and ends inside it covers the whole sign.
    const [os, oe] = r.map.toOriginalRange(at - 4, at + 2);
    expect(src.slice(os, oe)).toBe('100 ﷼');
  });

  it('keeps offsets after consecutive ligatures exact', () => {
    const src = 'ﻻﻷ ب';
    const r = normalize(src);
    expect(r.text).toBe('لالا ب');
    expect(r.map.toOriginalRange(2, 4)).toEqual([1, 2]);
    expect(r.map.toOriginalRange(5, 6)).toEqual([3, 4]);
  });
});

describe('one-to-one folds do not shift offsets', () => {
  it.each([
    ['أحمد إبراهيم'],
    ['مصطفى'],
    ['القاهرة'],
    ['١٢٫٥ ۱۴۰۲'],
    ['وزارة\u00a0الخارجية'],
  ])('%s', (text) => {
    const { text: t, map } = normalize(text);
    expect(t).toHaveLength(text.length);
    for (let n = 0; n <= t.length; n++) expect(map.toOriginalStart(n)).toBe(n);
  });
});

describe('bounds', () => {
  it('maps the end of the normalized text to the end of the original', () => {
    const text = 'قال ذلكَ\u200f';
    const { text: t, map } = normalize(text);
    expect(map.toOriginalStart(t.length)).toBe(text.length);
    expect(map.toOriginalEnd(t.length)).toBe(text.length);
    expect(map.normalizedLength).toBe(t.length);
    expect(map.originalLength).toBe(text.length);
  });

  it('clamps offsets past the end', () => {
    const { map } = normalize('مَصر');
    expect(map.toOriginalStart(99)).toBe(4);
    expect(map.toOriginalRange(2, 99)).toEqual([3, 4]);
  });

  it('the identity map maps every offset to itself', () => {
    const map = OffsetMap.identity(5);
    expect([0, 1, 2, 3, 4, 5].map((n) => map.toOriginalStart(n))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(map.toOriginalRange(1, 3)).toEqual([1, 3]);
  });
});
