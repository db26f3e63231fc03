/**
 * Hostile input through `analyze` with every built-in extractor: arbitrary Unicode (lone surrogates,
 * controls, any plane) and Arabic-heavy generators. The document never fails to come back, its spans
 * are in bounds and equal to their text, it validates against the shipped JSON Schema, no extractor
 * throws, and the same text always gives the same document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { hostileText, newsText, spanProblems, validateDocument } from './hostile.js';

const RUNS = { numRuns: 300 };

describe('analyze on hostile input (all extractors)', () => {
  it('never throws, keeps every span in bounds and equal to its text, and validates against the JSON Schema', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const doc = analyze(text);
        expect(spanProblems(doc, text)).toEqual([]);
        const json = JSON.parse(JSON.stringify(doc));
        const ok = validateDocument(json);
        expect(validateDocument.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }),
      RUNS,
    );
  });

  // A name particle that ends the text (بن, عبد, أبو, آل) once made the person extractor throw.
  it('has no extractor that throws', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(analyze(text).diagnostics.filter((d) => d.code === 'extractor.failed')).toEqual([]);
      }),
      { ...RUNS, examples: [['بن'], ['قال عبد'], ['أبو'], ['آل']] },
    );
  });

  it('is deterministic: the same text gives the same document, whatever was analyzed before', () => {
    fc.assert(
      fc.property(hostileText, newsText, (text, other) => {
        const first = JSON.stringify(analyze(text));
        analyze(other); // caches and lexicon state must not leak between documents
        expect(JSON.stringify(analyze(text))).toBe(first);
        expect(JSON.stringify(analyze(text, { tokens: false, id: 'x' }))).toBe(JSON.stringify(analyze(text, { id: 'x', tokens: false })));
      }),
      { numRuns: 150 },
    );
  });
});
