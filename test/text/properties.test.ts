import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { normalize } from '../../src/text/normalize.js';
import type { NormalizeOptions } from '../../src/text/options.js';
import { anyText, arabicText, binaryText, normalizeOptions } from './arbitraries.js';

const RUNS = { numRuns: 400 };

/** Every invariant of a normalization result and its offset map. */
function checkMap(x: string, options?: NormalizeOptions): void {
  const { text, map } = normalize(x, options);
  expect(map.normalizedLength).toBe(text.length);
  expect(map.originalLength).toBe(x.length);
  expect(map.toOriginalStart(text.length)).toBe(x.length);
  expect(map.toOriginalEnd(text.length)).toBe(x.length);
  let prevStart = 0;
  let prevEnd = 0;
  for (let n = 0; n <= text.length; n++) {
    const s = map.toOriginalStart(n);
    const e = map.toOriginalEnd(n);
    expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(prevStart);
    expect(e).toBeGreaterThanOrEqual(prevEnd);
    expect(s).toBeLessThanOrEqual(e);
    expect(e).toBeLessThanOrEqual(x.length);
    if (n < text.length) expect(s).toBeLessThan(x.length); // a normalized character comes from some original character
    prevStart = s;
    prevEnd = e;
  }
}

describe('normalize', () => {
  it('never throws (arbitrary strings incl. lone surrogates and control characters)', () => {
    fc.assert(
      fc.property(binaryText, normalizeOptions, (x, o) => {
        expect(typeof normalize(x).text).toBe('string');
        expect(typeof normalize(x, o).text).toBe('string');
      }),
      RUNS,
    );
  });

  it('is idempotent with the default options', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        const once = normalize(x).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent with any option set', () => {
    fc.assert(
      fc.property(anyText, normalizeOptions, (x, o) => {
        const once = normalize(x, o).text;
        expect(normalize(once, o).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('never grows the text except through expansions, and keeps text without folds unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abc xyz123,.؟ابتمصر'), maxLength: 40 }), (x) => {
        // Nothing to fold but runs of spaces.
        expect(normalize(x).text).toBe(x.replace(/ {2,}/g, ' '));
      }),
      RUNS,
    );
  });

  it('builds a map that is monotonic and in bounds (default options)', () => {
    fc.assert(fc.property(anyText, (x) => checkMap(x)), RUNS);
  });

  it('builds a map that is monotonic and in bounds (any option set)', () => {
    fc.assert(fc.property(anyText, normalizeOptions, (x, o) => checkMap(x, o)), RUNS);
  });

  it('maps the whole normalized text to the original text minus leading deletions', () => {
    fc.assert(
      fc.property(anyText, (x) => {
        const { text, map } = normalize(x);
        const [s, e] = map.toOriginalRange(0, text.length);
        expect(e).toBe(x.length);
        // What precedes the first normalized character normalizes to nothing.
        expect(normalize(x.slice(0, s)).text).toBe('');
        expect(normalize(x.slice(s)).text).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('analyze with no extractors', () => {
  const check = (x: string, options?: NormalizeOptions): void => {
    const doc = analyze(x, { extractors: [], normalize: options });
    expect(doc.text).toBe(x);
    expect(doc.mentions).toEqual([]);
    let prevEnd = 0;
    for (const t of doc.tokens) {
      expect(t.start).toBeGreaterThanOrEqual(0);
      expect(t.end).toBeLessThanOrEqual(x.length);
      expect(t.start).toBeLessThan(t.end);
      expect(t.start).toBeGreaterThanOrEqual(prevEnd); // ordered, non-overlapping
      prevEnd = t.end;
      expect(normalize(x.slice(t.start, t.end), options).text).toBe(t.norm);
      if (t.clitics) {
        expect(t.clitics.baseStart).toBeGreaterThanOrEqual(t.start);
        expect(t.clitics.stemStart).toBeGreaterThanOrEqual(t.clitics.baseStart);
        expect(t.clitics.stemStart).toBeLessThan(t.end);
      }
    }
    // Sentences partition the tokens in order.
    let next = 0;
    let prevSentenceEnd = 0;
    for (const s of doc.sentences) {
      expect(s.tokenStart).toBe(next);
      expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
      next = s.tokenEnd;
      expect(s.start).toBe(doc.tokens[s.tokenStart]!.start);
      expect(s.end).toBe(doc.tokens[s.tokenEnd - 1]!.end);
      expect(s.start).toBeGreaterThanOrEqual(prevSentenceEnd);
      prevSentenceEnd = s.end;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(doc.tokens[k]!.sentence).toBe(s.id);
    }
    expect(next).toBe(doc.tokens.length);
  };

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(binaryText, (x) => check(x)), RUNS);
  });

  it('gives every token a span whose original slice normalizes to its norm (Arabic-heavy text)', () => {
    fc.assert(fc.property(arabicText, (x) => check(x)), { numRuns: 1000 });
  });

  it('keeps the token invariants with any option set', () => {
    fc.assert(fc.property(anyText, normalizeOptions, (x, o) => check(x, o)), RUNS);
  });
});
