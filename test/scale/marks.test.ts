import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { normalize } from '../../src/text/normalize.js';

// Found by the property tests: a presentation form that expands to several marks (ﳲ → fatha + shadda,
// when diacritics are kept) gave one token per mark, all on the same original character.
describe('marks with no letter before them', () => {
  it.each([
    ['ﳲ', { diacritics: false }],
    ['ﳲمصر', { diacritics: false }],
    ['َّ مصر', { diacritics: false }],
    ['! َُّ', { diacritics: false }],
    ['ﳲ', {}],
  ] as const)('%j (%j) gives tokens that never share a character', (text, options) => {
    const doc = analyze(text, { extractors: [], normalize: options });
    let prevEnd = 0;
    for (const t of doc.tokens) {
      expect(t.start).toBeGreaterThanOrEqual(prevEnd);
      expect(t.start).toBeLessThan(t.end);
      expect(normalize(text.slice(t.start, t.end), options).text).toBe(t.norm);
      prevEnd = t.end;
    }
  });

  it('makes one symbol token of a run of marks', () => {
    const doc = analyze('ﳲ', { extractors: [], normalize: { diacritics: false } });
    expect(doc.tokens.map((t) => [t.start, t.end, t.norm, t.kind])).toEqual([[0, 1, '\u064e\u0651', 'symbol']]);
  });
});
