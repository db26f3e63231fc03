import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import type { Token } from '../../src/schema.js';
import { arabicText, binaryText } from '../text/arbitraries.js';
import { segmentText, tokenTexts } from './helpers.js';

type Category = 'content' | 'space' | 'deleted';

/**
 * What normalization makes of each original code unit on its own: nothing ('deleted': diacritics,
 * tatweel, controls), only whitespace or control characters ('space'), or text ('content').
 */
function categories(text: string): Category[] {
  return [...Array(text.length).keys()].map((i) => {
    const nf = normalize(text[i]!).text;
    if (nf === '') return 'deleted';
    if (/^[\s\p{Cc}]+$/u.test(nf)) return 'space';
    return 'content';
  });
}

function coverage(text: string, tokens: readonly Token[]): number[] {
  const cover = new Array<number>(text.length).fill(0);
  for (const t of tokens) for (let i = t.start; i < t.end; i++) cover[i]!++;
  return cover;
}

/**
 * The tokenization contract: every character that normalizes to text belongs to exactly one token;
 * whitespace (and control characters) to none; a character normalization deletes belongs to the token
 * of the character before it — so a mark or control right after a space belongs to no token.
 */
function checkCoverage(text: string): void {
  const { tokens } = segmentText(text);
  const cats = categories(text);
  const cover = coverage(text, tokens);
  let before: Category = 'space'; // category of the nearest preceding character that is not deleted
  for (let i = 0; i < text.length; i++) {
    const expected = cats[i] === 'content' ? 1 : cats[i] === 'space' ? 0 : before === 'content' ? 1 : 0;
    if (cover[i] !== expected) {
      throw new Error(`char ${i} (U+${text.charCodeAt(i).toString(16)}, ${cats[i]}) is in ${cover[i]} tokens, expected ${expected}`);
    }
    if (cats[i] !== 'deleted') before = cats[i]!;
  }
}

describe('coverage', () => {
  it.each([
    ['قال وزير الخارجية إن مصر شريك مهم.'],
    ['وَزَارَةُ الخَارِجِيَّةِ'],
    ['بلغ 15,029مليون دولار (بـ1.04%)'],
    ['a\u00a0\u00a0b  c\n\nd'],
    ['ﻻ بد من ذلك ﷼'],
    ['مصر\u200f، قال'],
    ['\ud800\udc00x\udfff😀'],
  ])('every non-space character belongs to exactly one token: %j', (text) => {
    checkCoverage(text);
  });

  it('holds for Arabic-heavy text', () => {
    fc.assert(fc.property(arabicText, (x) => checkCoverage(x)), { numRuns: 500 });
  });

  it('holds for arbitrary strings', () => {
    fc.assert(fc.property(binaryText, (x) => checkCoverage(x)), { numRuns: 500 });
  });

  it('keeps marks and controls after a letter in that letter’s token', () => {
    const text = 'مصر\u200f قالَ';
    expect(tokenTexts(text)).toEqual(['مصر\u200f', 'قالَ']);
  });

  it('leaves a mark or control right after a space out of every token (documented choice)', () => {
    const text = 'قال \u200fمصر';
    const { tokens } = segmentText(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['قال', 'مصر']);
    expect(tokens[1]!.start).toBe(5);
  });

  it('is not a token: spaces and newlines', () => {
    expect(tokenTexts('  قال \n\n ذلك  ')).toEqual(['قال', 'ذلك']);
    expect(tokenTexts(' \u00a0\n\t')).toEqual([]);
    expect(tokenTexts('')).toEqual([]);
  });

  it('gives tokens in order, without overlaps, with norm equal to the normalized slice', () => {
    const text = 'قالَ أحمد: "بلغت الصادرات ١٥٬٠٢٩ مليون ﷼".';
    const { tokens } = segmentText(text);
    for (let k = 1; k < tokens.length; k++) expect(tokens[k]!.start).toBeGreaterThanOrEqual(tokens[k - 1]!.end);
    for (const t of tokens) expect(normalize(text.slice(t.start, t.end)).text).toBe(t.norm);
  });
});

describe('numbers', () => {
  it.each([
    ['15,029', '15,029'],
    ['1.04', '1.04'],
    ['3,000,000.50', '3,000,000.50'],
    ['١٢٫٥', '12.5'],
    ['١٥٬٠٢٩', '15,029'],
    ['۱۴۰۲', '1402'],
    ['2024', '2024'],
    ['1.5.3', '1.5.3'],
  ])('%s is one number token (norm %s)', (text, normForm) => {
    const { tokens } = segmentText(`بلغ ${text} دولار`);
    expect(tokens).toHaveLength(3);
    expect(tokens[1]).toMatchObject({ start: 4, end: 4 + text.length, norm: normForm, kind: 'number', script: 'digit' });
  });

  it.each<[string, string[]]>([
    ['15,029مليون', ['15,029', 'مليون']],
    ['بـ1.04', ['بـ', '1.04']],
    ['ب1.04', ['ب', '1.04']],
    ['مليون15', ['مليون', '15']],
    ['2024م', ['2024', 'م']],
    ['١٢٫٥مليار', ['١٢٫٥', 'مليار']],
    ['iPhone15', ['iPhone', '15']],
    ['50%', ['50', '%']],
  ])('a number glued to a word splits: %s', (text, parts) => {
    expect(tokenTexts(text)).toEqual(parts);
  });

  it('reports the kinds of glued tokens', () => {
    expect(segmentText('15,029مليون').tokens.map((t) => [t.kind, t.script])).toEqual([
      ['number', 'digit'],
      ['word', 'arabic'],
    ]);
  });

  it.each<[string, string[]]>([
    ['15,', ['15', ',']],
    ['1.', ['1', '.']],
    ['.5', ['.', '5']],
    ['1..5', ['1', '.', '.', '5']],
    ['1, 5', ['1', ',', '5']],
    ['1 000', ['1', '000']],
  ])('a separator not between digits is punctuation: %s', (text, parts) => {
    expect(tokenTexts(text)).toEqual(parts);
  });
});

describe('words and scripts', () => {
  it.each<[string, Array<[string, Token['kind'], Token['script']]>]>([
    ['Hello World', [['Hello', 'word', 'latin'], ['World', 'word', 'latin']]],
    ['USAID', [['USAID', 'word', 'latin']]],
    ['قالJohn', [['قال', 'word', 'arabic'], ['John', 'word', 'latin']]],
    ['Average Rating', [['Average', 'word', 'latin'], ['Rating', 'word', 'latin']]],
    ['café', [['café', 'word', 'latin']]],
    ['Привет', [['Привет', 'word', 'other']]],
    ['پاکستان', [['پاکستان', 'word', 'arabic']]],
    ['مصر،', [['مصر', 'word', 'arabic'], ['،', 'punct', 'other']]],
    ['؟!', [['؟', 'punct', 'other'], ['!', 'punct', 'other']]],
    ['50%', [['50', 'number', 'digit'], ['%', 'punct', 'other']]],
    ['+', [['+', 'symbol', 'other']]],
    ['$', [['$', 'symbol', 'other']]],
    ['😀', [['😀', 'symbol', 'other']]],
  ])('%s', (text, expected) => {
    const { tokens } = segmentText(text);
    expect(tokens.map((t) => [text.slice(t.start, t.end), t.kind, t.script])).toEqual(expected);
  });

  it('keeps diacritics and tatweel inside the word', () => {
    const text = 'كَتَبَ مـــصر';
    const { tokens } = segmentText(text);
    expect(tokens.map((t) => [t.start, t.end, t.norm])).toEqual([
      [0, 6, 'كتب'],
      [7, 13, 'مصر'],
    ]);
  });

  it('maps an expanded ligature to its single original character', () => {
    const text = 'ﻻبد من 100 ﷼';
    const { tokens } = segmentText(text);
    expect(tokens.map((t) => [text.slice(t.start, t.end), t.norm, t.kind])).toEqual([
      ['ﻻبد', 'لابد', 'word'],
      ['من', 'من', 'word'],
      ['100', '100', 'number'],
      ['﷼', 'ريال', 'word'],
    ]);
  });

  it('keeps a zero-width joiner inside the word it joins', () => {
    const text = 'مصر\u200dية';
    expect(segmentText(text).tokens.map((t) => [t.start, t.end, t.norm])).toEqual([[0, 6, 'مصريه']]);
  });

  it('splits words on a zero-width joiner when format controls are kept', () => {
    // Unfolded, the control is a mark that stays with the word before it.
    const text = 'مصر\u200d ية';
    expect(tokenTexts(text, { formatControls: false })).toEqual(['مصر\u200d', 'ية']);
  });

  it('records the sentence of each token', () => {
    const { tokens } = segmentText('ذهب أحمد. عاد محمد.');
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});
