import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/index.js';

/** Pronoun suffixes are split only after ت standing for a taa marbuta; other endings stay whole. */
const CASES: Array<[word: string, prefixes: string[], stem: string, suffix: string | undefined]> = [
  ['بشراكتنا', ['ب'], 'شراكه', 'نا'],
  ['حكومتها', [], 'حكومه', 'ها'],
  ['زيارته', [], 'زياره', 'ه'],
  ['وسياستهم', ['و'], 'سياسه', 'هم'],
  ['لدولتكم', ['ل'], 'دوله', 'كم'],
  ['تفاهم', [], '', undefined],
  ['الحكومة', [], '', undefined],
  // Written with ة, the word folds to one ending in ت + ه but carries no pronoun: the spelling decides.
  ['ومصراتة', ['و'], 'مصراته', undefined],
  ['ثابتة', [], '', undefined],
];

describe('pronoun suffixes', () => {
  test.each(CASES)('%s', (word, prefixes, stem, suffix) => {
    const [token] = analyze(word, { extractors: [] }).tokens;
    if (suffix === undefined) {
      expect(token!.clitics?.suffix).toBeUndefined();
      if (stem) expect(token!.clitics).toMatchObject({ prefixes, stem });
      return;
    }
    expect(token!.clitics).toMatchObject({ prefixes, stem, suffix });
  });
});

describe('the same folded word, two spellings', () => {
  test('ومصراته (his ...) splits the pronoun, ومصراتة (the city) does not, in one document', () => {
    const tokens = analyze('ومصراته ومصراتة', { extractors: [] }).tokens;
    expect(tokens.map((t) => t.clitics?.suffix)).toEqual(['ه', undefined]);
  });
});
