import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps, type Proposed } from '../../src/resolve/overlaps.js';
import type { MentionType } from '../../src/schema.js';

let serial = 0;
function p(start: number, end: number, more: Partial<Proposed> = {}): Proposed {
  return { type: 'LOCATION', start, end, rule: `r${serial++}`, extractor: 'x', order: 0, ...more };
}
const spans = (kept: Proposed[]): Array<[number, number]> => kept.map((c) => [c.start, c.end]);

describe('preference', () => {
  it('keeps the longer of two overlapping spans, whatever the score and extractor order', () => {
    const short = p(0, 5, { score: 100, order: 0, extractor: 'first' });
    const long = p(3, 12, { score: -1, order: 5, extractor: 'last' });
    expect(resolveOverlaps([short, long])).toEqual([long]);
    expect(resolveOverlaps([long, short])).toEqual([long]);
  });

  it('keeps a span that contains another', () => {
    const inner = p(4, 6, { type: 'NUMBER' });
    const outer = p(0, 10, { type: 'MONEY' });
    expect(resolveOverlaps([inner, outer])).toEqual([outer]);
  });

  it('orders two candidates that differ only in stating a score of 0, whatever the input order', () => {
    const base = { type: 'TITLE', start: 16, end: 19, rule: 'a', extractor: 'e0', order: 0, value: { kind: 'number', value: '1' } } as Proposed;
    const stated = { ...base, score: 0 };
    expect(resolveOverlaps([stated, base])).toEqual([stated]);
    expect(resolveOverlaps([base, stated])).toEqual([stated]);
  });

  it('keeps a decade with its century over the century alone (التسعينيات من القرن الماضي)', () => {
    const decade = p(0, 26, { type: 'DATE', extractor: 'dates', rule: 'decade-century', value: { kind: 'date', value: '199', calendar: 'gregorian', granularity: 'decade' } });
    const century = p(14, 26, { type: 'DATE', extractor: 'dates', rule: 'century', value: { kind: 'date', value: '19', calendar: 'gregorian', granularity: 'century' } });
    expect(resolveOverlaps([century, decade])).toEqual([decade]);
    expect(resolveOverlaps([decade, century])).toEqual([decade]);
  });

  it('breaks a length tie by score', () => {
    const low = p(0, 5, { score: 1, order: 0 });
    const high = p(2, 7, { score: 2, order: 1 });
    expect(resolveOverlaps([low, high])).toEqual([high]);
  });

  it('treats a missing score as 0', () => {
    const none = p(0, 5, { order: 0 });
    const negative = p(2, 7, { score: -0.5, order: 0 });
    const positive = p(1, 6, { score: 0.5, order: 1 });
    expect(resolveOverlaps([none, negative])).toEqual([none]);
    expect(resolveOverlaps([none, positive])).toEqual([positive]);
  });

  it('breaks a length and score tie by extractor order', () => {
    const first = p(0, 5, { order: 0, extractor: 'a', type: 'ORGANIZATION' });
    const second = p(0, 5, { order: 1, extractor: 'b', type: 'PERSON' });
    expect(resolveOverlaps([second, first])).toEqual([first]);
    expect(resolveOverlaps([first, second])).toEqual([first]);
  });

  it('then by earlier start', () => {
    const left = p(0, 5);
    const right = p(3, 8);
    expect(resolveOverlaps([right, left])).toEqual([left]);
  });

  it('then by type (MONEY before NUMBER, ORGANIZATION before PERSON before LOCATION for the same span)', () => {
    const money = p(0, 5, { type: 'MONEY' });
    const number = p(0, 5, { type: 'NUMBER' });
    expect(resolveOverlaps([number, money])).toEqual([money]);
    const org = p(0, 5, { type: 'ORGANIZATION' });
    const person = p(0, 5, { type: 'PERSON' });
    const loc = p(0, 5, { type: 'LOCATION' });
    expect(resolveOverlaps([loc, person, org])).toEqual([org]);
    expect(resolveOverlaps([loc, person])).toEqual([person]);
  });

  it('then by rule, so that an exact tie never depends on input order', () => {
    const a = { ...p(0, 5), rule: 'alpha' };
    const b = { ...p(0, 5), rule: 'beta' };
    expect(resolveOverlaps([b, a])).toEqual([a]);
    expect(resolveOverlaps([a, b])).toEqual([a]);
  });

  it('then by value', () => {
    const one: Proposed = { ...p(0, 5, { type: 'NUMBER' }), rule: 'n', value: { kind: 'number', value: '1' } };
    const two: Proposed = { ...p(0, 5, { type: 'NUMBER' }), rule: 'n', value: { kind: 'number', value: '2' } };
    expect(resolveOverlaps([two, one])).toEqual([one]);
    expect(resolveOverlaps([one, two])).toEqual([one]);
  });
});

describe('selection', () => {
  it('keeps every candidate when none overlap, sorted by position', () => {
    const a = p(10, 12);
    const b = p(0, 3);
    const c = p(5, 9);
    expect(spans(resolveOverlaps([a, b, c]))).toEqual([[0, 3], [5, 9], [10, 12]]);
  });

  it('keeps spans that only touch (offsets are half-open)', () => {
    expect(spans(resolveOverlaps([p(0, 5), p(5, 9), p(9, 10)]))).toEqual([[0, 5], [5, 9], [9, 10]]);
  });

  it('drops a candidate that overlaps a preferred one by a single character', () => {
    expect(spans(resolveOverlaps([p(0, 5), p(4, 6)]))).toEqual([[0, 5]]);
  });

  it('lets a dropped candidate’s neighbours survive', () => {
    // B loses to A; C overlaps only B, so it stays.
    const a = p(0, 10);
    const b = p(5, 12);
    const c = p(11, 15);
    expect(spans(resolveOverlaps([c, b, a]))).toEqual([[0, 10], [11, 15]]);
  });

  it('is greedy by preference: the longest span wins even if two shorter ones would cover more', () => {
    const x = p(0, 6);
    const y = p(4, 12);
    const z = p(10, 16);
    expect(spans(resolveOverlaps([x, y, z]))).toEqual([[4, 12]]);
  });

  it('returns nothing for nothing, and does not change its input', () => {
    expect(resolveOverlaps([])).toEqual([]);
    const input = [p(3, 8), p(0, 5)];
    const copy = [...input];
    resolveOverlaps(input);
    expect(input).toEqual(copy);
  });
});

const TYPES: MentionType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MONEY', 'PERCENT', 'NUMBER', 'DATE', 'TITLE', 'MISC'];

/** Candidates in a small text, so overlaps and exact ties are frequent. */
const candidates = fc.array(
  fc
    .record({
      start: fc.integer({ min: 0, max: 30 }),
      len: fc.integer({ min: 1, max: 8 }),
      score: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
      order: fc.integer({ min: 0, max: 3 }),
      type: fc.constantFrom(...TYPES),
      rule: fc.constantFrom('a', 'b', 'c'),
      value: fc.option(fc.constantFrom('1', '2'), { nil: undefined }),
    })
    .map(({ start, len, score, order, type, rule, value }): Proposed => {
      const c: Proposed = { type, start, end: start + len, rule, extractor: `e${order}`, order };
      if (score !== undefined) c.score = score;
      if (value !== undefined) c.value = { kind: 'number', value };
      return c;
    }),
  { maxLength: 25 },
);

/** Last tie-break between types of the same span: values first, then names. */
const TYPE_RANK: MentionType[] = ['MONEY', 'PERCENT', 'DATE', 'NUMBER', 'ORGANIZATION', 'PERSON', 'LOCATION', 'TITLE', 'MISC'];

/** The documented order of preference, as a sort key (smaller is better). */
function key(c: Proposed): number[] {
  return [-(c.end - c.start), -(c.score ?? 0), c.order, c.start, TYPE_RANK.indexOf(c.type)];
}
function better(a: Proposed, b: Proposed): boolean {
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]!;
  return false;
}
const overlap = (a: Proposed, b: Proposed): boolean => a.start < b.end && b.start < a.end;

describe('properties', () => {
  it('gives the same result whatever the input order', () => {
    fc.assert(
      fc.property(
        candidates.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        ([cs, shuffled]) => {
          expect(resolveOverlaps(shuffled)).toEqual(resolveOverlaps(cs));
          expect(resolveOverlaps([...cs].reverse())).toEqual(resolveOverlaps(cs));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps disjoint candidates in position order, and drops only candidates beaten by a kept overlapping one', () => {
    fc.assert(
      fc.property(candidates, (cs) => {
        const kept = resolveOverlaps(cs);
        for (let k = 1; k < kept.length; k++) expect(kept[k]!.start).toBeGreaterThanOrEqual(kept[k - 1]!.end);
        for (const c of kept) expect(cs).toContain(c);
        for (const c of cs) {
          if (kept.includes(c)) continue;
          const blocker = kept.find((k) => overlap(k, c));
          expect(blocker).toBeDefined();
          expect(kept.some((k) => overlap(k, c) && !better(c, k))).toBe(true);
        }
        // Maximal: nothing dropped could be added back without an overlap.
        for (const c of cs) if (!kept.includes(c)) expect(kept.some((k) => overlap(k, c))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('always keeps the single most preferred candidate', () => {
    fc.assert(
      fc.property(candidates.filter((cs) => cs.length > 0), (cs) => {
        const best = cs.reduce((a, b) => (better(b, a) ? b : a));
        const kept = resolveOverlaps(cs);
        expect(kept.some((k) => k.start === best.start && k.end === best.end && k.order === best.order && (k.score ?? 0) === (best.score ?? 0))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
