import { describe, expect, it } from 'vitest';
import { splitLikeTokens } from '../../../src/extract/lexicon/phrase-trie.js';
import { rawTokens } from '../../../src/segment/tokenize.js';

/** The tokenizer's own split, the reference the fast path must agree with. */
function byTokenizer(entry: string): string[] {
  const raw = rawTokens(entry);
  const words: string[] = [];
  for (let k = 0; k < raw.length; k++) words.push(entry.slice(raw.nStart[k], raw.nEnd[k]));
  return words;
}

describe('splitLikeTokens', () => {
  it.each([
    ['الامم المتحده'],
    ['مصر'],
    ['بنك مصر  الدولي'], // two spaces: not the fast path
    [' مصر'],
    ['فرانس 24'],
    ['سي.إن.إن'],
    ['أبو ظبي'],
    ['مكتب الأمم المتحدة-للمخدرات'],
    ['Reuters رويترز'],
  ])('splits %j as the tokenizer does', (entry) => {
    expect(splitLikeTokens(entry)).toEqual(byTokenizer(entry));
  });
});
