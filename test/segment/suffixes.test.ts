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
];

describe('pronoun suffixes', () => {
  test.each(CASES)('%s', (word, prefixes, stem, suffix) => {
    const [token] = analyze(word, { extractors: [] }).tokens;
    if (suffix === undefined) {
      expect(token!.clitics?.suffix).toBeUndefined();
      return;
    }
    expect(token!.clitics).toMatchObject({ prefixes, stem, suffix });
  });
});
