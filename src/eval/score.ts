/**
 * Chunk-level scoring with the conventions of conlleval (CoNLL-2000 shared task script):
 *
 * - A chunk starts at a B- (or S-) tag, at an I- (or E-) tag that follows O, the end of a chunk
 *   (E-/S-), or a tag of another type; so `O I-LOC I-LOC` is one LOC chunk and `B-ORG I-LOC` is two.
 * - A predicted chunk is correct only with the same type and exactly the same token span.
 *
 * Counts are integers; ratios are computed from them exactly and rounded half-up to 4 places.
 * Besides exact match, an overlap score counts a predicted chunk as right when it overlaps a gold
 * chunk of the same type (and a gold chunk as found when a same-type prediction overlaps it).
 */
import { CONLL_TYPES } from './tags.js';
import { anyIn, bump, overlapRanges, top } from './chunk-overlap.js';
import { MICRO_TYPES, chunks, metrics, overlapMetrics, type Chunk, type Counts, type Metrics, type OverlapCounts, type OverlapMetrics } from './metrics.js';
import type { ErrorBreakdown, Scores } from './scores.js';

export { chunks, metrics, overlapMetrics, ratio, MICRO_TYPES, type Chunk, type Counts, type Metrics, type OverlapCounts, type OverlapMetrics } from './metrics.js';
export type { ErrorBreakdown, Scores, SurfaceCount } from './scores.js';

/**
 * Accumulates sentence after sentence (constant memory apart from the surface-form tallies), then
 * reports. Gold and predicted tags must be aligned with the same tokens.
 */
export class Scorer {
  private sentences = 0;
  private tokens = 0;
  private readonly exact = new Map<string, Counts>();
  private readonly overlap = new Map<string, OverlapCounts>();
  private readonly misses = new Map<string, number>();
  private readonly falsePositives = new Map<string, number>();
  private readonly errors: ErrorBreakdown = {
    misses: { total: 0, type: 0, boundary: 0, missed: 0 },
    falsePositives: { total: 0, type: 0, boundary: 0, spurious: 0 },
  };

  constructor() {
    for (const t of CONLL_TYPES) this.typeCounts(t);
  }

  private typeCounts(type: string): [Counts, OverlapCounts] {
    let e = this.exact.get(type);
    let o = this.overlap.get(type);
    if (!e || !o) {
      e = { gold: 0, predicted: 0, correct: 0 };
      o = { gold: 0, predicted: 0, predictedMatched: 0, goldMatched: 0 };
      this.exact.set(type, e);
      this.overlap.set(type, o);
    }
    return [e, o];
  }

  /** Adds one sentence: its tokens (for surface forms), gold tags and predicted tags. */
  add(tokens: readonly string[], gold: readonly string[], predicted: readonly string[]): void {
    if (gold.length !== tokens.length || predicted.length !== tokens.length) {
      throw new RangeError(`Scorer.add: ${tokens.length} tokens, ${gold.length} gold tags, ${predicted.length} predicted tags`);
    }
    this.sentences++;
    this.tokens += tokens.length;
    const g = chunks(gold);
    const p = chunks(predicted);
    const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    const surface = (c: Chunk): string => `${c.type}\t${tokens.slice(c.start, c.end).join(' ')}`;
    const goldRanges = overlapRanges(g, p);
    const predRanges = overlapRanges(p, g);
    for (let i = 0; i < g.length; i++) {
      const c = g[i]!;
      const [e, o] = this.typeCounts(c.type);
      e.gold++;
      o.gold++;
      const sameType = anyIn(p, goldRanges[i]!, (x) => x.type === c.type);
      if (sameType) o.goldMatched++;
      if (predKeys.has(key(c)) || !MICRO_TYPES.includes(c.type)) continue;
      bump(this.misses, surface(c));
      const m = this.errors.misses;
      m.total++;
      if (anyIn(p, goldRanges[i]!, (x) => x.start === c.start && x.end === c.end)) m.type++;
      else if (sameType) m.boundary++;
      else m.missed++;
    }
    for (let i = 0; i < p.length; i++) {
      const c = p[i]!;
      const [e, o] = this.typeCounts(c.type);
      e.predicted++;
      o.predicted++;
      const sameType = anyIn(g, predRanges[i]!, (x) => x.type === c.type);
      if (sameType) o.predictedMatched++;
      if (goldKeys.has(key(c))) {
        e.correct++;
        continue;
      }
      if (!MICRO_TYPES.includes(c.type)) continue;
      bump(this.falsePositives, surface(c));
      const f = this.errors.falsePositives;
      f.total++;
      if (anyIn(g, predRanges[i]!, (x) => x.start === c.start && x.end === c.end)) f.type++;
      else if (sameType) f.boundary++;
      else f.spurious++;
    }
  }

  /** The scores so far, with the `topN` most frequent misses and false positives. */
  result(topN = 20): Scores {
    const names = [...CONLL_TYPES, ...[...this.exact.keys()].filter((t) => !(CONLL_TYPES as readonly string[]).includes(t)).sort()];
    const types: Record<string, Metrics> = {};
    const overlapTypes: Record<string, OverlapMetrics> = {};
    const micro: Counts = { gold: 0, predicted: 0, correct: 0 };
    const overall: Counts = { gold: 0, predicted: 0, correct: 0 };
    const microOverlap: OverlapCounts = { gold: 0, predicted: 0, predictedMatched: 0, goldMatched: 0 };
    for (const t of names) {
      const e = this.exact.get(t)!;
      const o = this.overlap.get(t)!;
      types[t] = metrics(e);
      overlapTypes[t] = overlapMetrics(o);
      for (const k of ['gold', 'predicted', 'correct'] as const) overall[k] += e[k];
      if (!MICRO_TYPES.includes(t)) continue;
      for (const k of ['gold', 'predicted', 'correct'] as const) micro[k] += e[k];
      for (const k of ['gold', 'predicted', 'predictedMatched', 'goldMatched'] as const) microOverlap[k] += o[k];
    }
    return {
      sentences: this.sentences,
      tokens: this.tokens,
      types,
      micro: metrics(micro),
      overall: metrics(overall),
      overlap: { types: overlapTypes, micro: overlapMetrics(microOverlap) },
      errors: structuredClone(this.errors),
      topMisses: top(this.misses, topN),
      topFalsePositives: top(this.falsePositives, topN),
    };
  }
}

/** Scores whole tag sequences at once: `[tokens, gold, predicted]` per sentence. */
export function scoreSentences(sentences: Iterable<readonly [readonly string[], readonly string[], readonly string[]]>, topN = 20): Scores {
  const scorer = new Scorer();
  for (const [tokens, gold, predicted] of sentences) scorer.add(tokens, gold, predicted);
  return scorer.result(topN);
}
