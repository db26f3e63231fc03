import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefer, resolveOverlaps, type Proposed } from '../../src/resolve/overlaps.js';
import type { MentionType } from '../../src/schema.js';

/** The straightforward reading of the rule: best first, keep what overlaps nothing kept (quadratic, for reference). */
function reference(candidates: Proposed[]): Proposed[] {
  const kept: Proposed[] = [];
  for (const c of [...candidates].sort(prefer)) if (kept.every((k) => k.end <= c.start || c.end <= k.start)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const TYPES: MentionType[] = ['PERSON', 'LOCATION', 'MONEY', 'NUMBER'];
const candidate = fc
  .record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 12 }), type: fc.constantFrom(...TYPES), score: fc.integer({ min: 0, max: 2 }), order: fc.integer({ min: 0, max: 3 }), rule: fc.constantFrom('a', 'b') })
  .map(({ start, length, type, score, order, rule }): Proposed => ({ start, end: start + length, type, score, order, rule, extractor: `x${order}` }));

describe('resolveOverlaps at scale', () => {
  it('keeps exactly what the one-by-one rule keeps (property)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (cs) => {
        const got = resolveOverlaps(cs);
        expect(got).toEqual(reference(cs));
        for (let i = 1; i < got.length; i++) expect(got[i - 1]!.end).toBeLessThanOrEqual(got[i]!.start);
        // And the result does not depend on the input order.
        expect(resolveOverlaps([...cs].reverse())).toEqual(got);
      }),
      { numRuns: 300 },
    );
  });

  it('stays near-linear when the preferred (longer) candidates come last in the text', () => {
    const make = (n: number): Proposed[] => {
      const out: Proposed[] = [];
      let pos = 0;
      for (let i = 0; i < n; i++) {
        const len = 1 + Math.floor(i / 10);
        out.push({ type: 'NUMBER', start: pos, end: pos + len, rule: 'r', extractor: 'x', order: 0 });
        pos += len + 1;
      }
      return out;
    };
    const time = (n: number) => {
      const cs = make(n);
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        expect(resolveOverlaps(cs)).toHaveLength(n);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    time(2000); // warm up
    const ratio = () => time(100_000) / time(25_000);
    // n log n gives about 4.5×; inserting into a sorted array gave 8× here and 16× at the next step. A
    // ratio past the bound is measured once more: other test files share the cores, a slow loop stays slow.
    const first = ratio();
    expect(first < 8 ? first : Math.min(first, ratio())).toBeLessThan(8);
  }, 60_000);
});
