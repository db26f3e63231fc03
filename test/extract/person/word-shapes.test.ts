/** Word shapes read from letters alone: each case names a word the name readers must tell apart. */
import { describe, expect, it } from 'vitest';
import {
  accusative, brokenPluralShape, derivedPastFeminine, derivedVerbalNoun, foreignSurnameShape, imperfectInitial, imperfectShape, likelyFirstName, withoutPronoun,
} from '../../../src/extract/person/word-shapes.js';

const CASES: Array<[string, (w: string) => boolean, string, boolean]> = [
  ['an imperfect opens with ي', imperfectInitial, 'يستطيع', true],
  ['a long word with no Arabic ending has a transliterated surname\'s shape', foreignSurnameShape, 'تريباثي', true],
  ['a long imperfect with a pronoun has not', foreignSurnameShape, 'تستقبلها', false],
  ['a long feminine past has not', foreignSurnameShape, 'استقبلت', false],
  ['a long plural in -ات has not', foreignSurnameShape, 'تصريحات', false],
  ['a Japanese surname has ا after its ي', imperfectInitial, 'ياماناكا', false],
  ['ت, ي and ن open imperfects', imperfectShape, 'تعمل', true],
  ['a name opening with م is no imperfect', imperfectShape, 'محمود', false],
  ['a long word with alef second is a transliterated name', imperfectShape, 'ناميك', false],
  ['a short one is an imperfect with a folded hamza', imperfectShape, 'تاخذ', true],
  ['a past with alef second ends in ت', imperfectShape, 'تابعت', true],
  ['an imperfect plural with alef second', imperfectShape, 'ياكلون', true],
  ['مفاعيل is a broken plural', brokenPluralShape, 'مشاريع', true],
  ['a name of six letters with another shape is not', brokenPluralShape, 'مصطفي', false],
  ['أفاعيل is a broken plural', brokenPluralShape, 'احاديث', true],
  ['تفعيل is a verbal noun', derivedVerbalNoun, 'تاجير', true],
  ['استفعال is a verbal noun', derivedVerbalNoun, 'استقبال', true],
  ['a name of five letters is none', derivedVerbalNoun, 'سلامه', false],
  ['انفعلت is a feminine past', derivedPastFeminine, 'انتقلت', true],
  ['استفعلت is a feminine past', derivedPastFeminine, 'استمرت', true],
  ['a name ending in ت need not be one', derivedPastFeminine, 'بركات', false],
  ['an indefinite noun in -ا is accusative', accusative, 'اجتماعا', true],
  ['a definite word ends in a long alef', accusative, 'الرضا', false],
  ['a name in -يا is no accusative', accusative, 'ماريا', false],
  ['an unlisted word can open a name', (w) => likelyFirstName(w), 'ماثيو', true],
  ['an abstract noun in -يه cannot', (w) => likelyFirstName(w), 'خارجيه', false],
  ['a word with the article cannot', (w) => likelyFirstName(w), 'الرئيس', false],
];

describe('word shapes', () => {
  it.each(CASES)('%s: %s', (_what, shape, word, expected) => {
    expect(shape(word)).toBe(expected);
  });

  it.each([
    ['تابعها', 'تابع'],
    ['حلمه', 'حلم'],
    ['مواقفهم', 'مواقف'],
    ['عمه', 'عمه'], // too short once the pronoun goes: the word itself
    ['ماثيو', 'ماثيو'],
  ])('strips a pronoun: %s → %s', (word, stem) => {
    expect(withoutPronoun(word)).toBe(stem);
  });
});
