import { describe, expect, it } from 'vitest';
import { chunks, metrics, overlapMetrics, ratio, Scorer, scoreSentences } from '../../src/eval/score.js';

const spans = (tags: string[]): string[] => chunks(tags).map((c) => `${c.type}[${c.start},${c.end})`);

describe('chunks (conlleval conventions)', () => {
  it('B- starts, I- of the same type continues', () => {
    expect(spans(['B-PERS', 'I-PERS', 'O', 'B-LOC'])).toEqual(['PERS[0,2)', 'LOC[3,4)']);
  });
  it('an I- tag after O (or first in the sentence) starts a chunk', () => {
    expect(spans(['O', 'I-LOC', 'I-LOC', 'O'])).toEqual(['LOC[1,3)']);
    expect(spans(['I-ORG', 'I-ORG'])).toEqual(['ORG[0,2)']);
  });
  it('a change of type starts a new chunk, I- or B-', () => {
    expect(spans(['B-ORG', 'I-LOC'])).toEqual(['ORG[0,1)', 'LOC[1,2)']);
    expect(spans(['I-LOC', 'I-ORG', 'I-ORG'])).toEqual(['LOC[0,1)', 'ORG[1,3)']);
  });
  it('B- after a chunk of the same type starts another', () => {
    expect(spans(['B-LOC', 'B-LOC', 'I-LOC'])).toEqual(['LOC[0,1)', 'LOC[1,3)']);
  });
  it('reads IOBES too', () => {
    expect(spans(['B-LOC', 'E-LOC', 'I-LOC', 'S-PERS', 'S-PERS'])).toEqual(['LOC[0,2)', 'LOC[2,3)', 'PERS[3,4)', 'PERS[4,5)']);
  });
  it('counts unparseable tags as O', () => {
    expect(spans(['B-LOC', '???', 'I-LOC'])).toEqual(['LOC[0,1)', 'LOC[2,3)']);
    expect(spans([])).toEqual([]);
  });
});

describe('ratio', () => {
  it('rounds half-up to 4 places from exact integers', () => {
    expect(ratio(1, 3)).toBe(0.3333);
    expect(ratio(2, 3)).toBe(0.6667);
    expect(ratio(1, 8)).toBe(0.125);
    expect(ratio(1, 20000)).toBe(0.0001); // 0.00005 → up
    expect(ratio(1, 20001)).toBe(0);
    expect(ratio(7, 7)).toBe(1);
    expect(ratio(0, 0)).toBe(0);
    expect(ratio(10n ** 15n, 3n * 10n ** 15n)).toBe(0.3333);
  });
  it('F1 is 2·correct / (gold + predicted)', () => {
    expect(metrics({ gold: 4, predicted: 3, correct: 2 })).toEqual({ gold: 4, predicted: 3, correct: 2, precision: 0.6667, recall: 0.5, f1: 0.5714 });
    expect(overlapMetrics({ gold: 9, predicted: 10, predictedMatched: 8, goldMatched: 8 }).f1).toBe(0.8421);
  });
});

describe('Scorer', () => {
  const tokens = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  // gold: PERS[0,2) ORG[3,5) LOC[6,7)
  const gold = ['B-PERS', 'I-PERS', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O'];

  it('scores a perfect prediction 1.0', () => {
    const s = scoreSentences([[tokens, gold, gold]]);
    for (const t of ['PERS', 'ORG', 'LOC']) expect(s.types[t]).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(s.micro).toMatchObject({ gold: 3, predicted: 3, correct: 3, f1: 1 });
    expect(s.types.MISC).toMatchObject({ gold: 0, predicted: 0, f1: 0 });
    expect(s.topMisses).toEqual([]);
    expect(s.topFalsePositives).toEqual([]);
  });

  it('gives known P/R/F1 for a hand-made pair', () => {
    // pred: PERS[0,1) (bounds), ORG[3,5) ✓, ORG[6,7) (type), LOC[7,8) (spurious)
    const pred = ['B-PERS', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-ORG', 'B-LOC'];
    const s = scoreSentences([[tokens, gold, pred]]);
    expect(s.types.PERS).toMatchObject({ gold: 1, predicted: 1, correct: 0, precision: 0, recall: 0, f1: 0 });
    expect(s.types.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5, recall: 1, f1: 0.6667 });
    expect(s.types.LOC).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
    expect(s.micro).toMatchObject({ gold: 3, predicted: 4, correct: 1, precision: 0.25, recall: 0.3333, f1: 0.2857 });
    // overlap: PERS[0,1) overlaps gold PERS; ORG ✓; ORG[6,7) overlaps LOC only; LOC[7,8) overlaps nothing
    expect(s.overlap.micro).toMatchObject({ predicted: 4, predictedMatched: 2, gold: 3, goldMatched: 2, precision: 0.5, recall: 0.6667 });
    expect(s.overlap.micro.f1).toBe(ratio(2 * 2 * 2, 2 * 3 + 2 * 4)); // 2ab/(a·g + b·p) = 8/14
    expect(s.errors).toEqual({
      misses: { total: 2, type: 1, boundary: 1, missed: 0 },
      falsePositives: { total: 3, type: 1, boundary: 1, spurious: 1 },
    });
    expect(s.topMisses).toEqual([
      { type: 'PERS', text: 'a b', count: 1 },
      { type: 'LOC', text: 'g', count: 1 },
    ]);
  });

  it('micro-averages PERS/ORG/LOC only; overall includes MISC and other types', () => {
    const t = ['a', 'b', 'c'];
    const s = scoreSentences([[t, ['B-MISC', 'B-LOC', 'B-GPE'], ['B-MISC', 'O', 'O']]]);
    expect(Object.keys(s.types)).toEqual(['PERS', 'ORG', 'LOC', 'MISC', 'GPE']);
    expect(s.types.MISC!.f1).toBe(1);
    expect(s.micro).toMatchObject({ gold: 1, predicted: 0, correct: 0 });
    expect(s.overall).toMatchObject({ gold: 3, predicted: 1, correct: 1, precision: 1, recall: 0.3333, f1: 0.5 });
    expect(s.errors.misses.total).toBe(1); // the MISC and GPE misses are not listed
  });

  it('tallies the most frequent misses and false positives by surface form', () => {
    const scorer = new Scorer();
    for (let i = 0; i < 3; i++) scorer.add(['في', 'بغداد'], ['O', 'B-LOC'], ['O', 'O']);
    scorer.add(['في', 'عدن'], ['O', 'B-LOC'], ['O', 'O']);
    scorer.add(['في', 'بغداد'], ['O', 'B-LOC'], ['B-PERS', 'O']);
    const s = scorer.result(2);
    expect(s.topMisses).toEqual([
      { type: 'LOC', text: 'بغداد', count: 4 },
      { type: 'LOC', text: 'عدن', count: 1 },
    ]);
    expect(s.topFalsePositives).toEqual([{ type: 'PERS', text: 'في', count: 1 }]);
    expect(scorer.result(0).topMisses).toEqual([]);
    expect(s.sentences).toBe(5);
    expect(s.tokens).toBe(10);
  });

  it('sums counts exactly over many sentences', () => {
    const scorer = new Scorer();
    for (let i = 0; i < 3000; i++) scorer.add(['x', 'y', 'z'], ['B-ORG', 'O', 'B-LOC'], i % 3 === 0 ? ['B-ORG', 'O', 'O'] : ['B-ORG', 'O', 'B-LOC']);
    const s = scorer.result();
    expect(s.micro).toMatchObject({ gold: 6000, predicted: 5000, correct: 5000, precision: 1, recall: 0.8333, f1: 0.9091 });
  });

  it('refuses misaligned tag sequences', () => {
    expect(() => new Scorer().add(['a'], ['O', 'O'], ['O'])).toThrow(RangeError);
  });
});
