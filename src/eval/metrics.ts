/**
 * The arithmetic of scoring: conlleval chunking of BIO tags, and exact precision, recall and F1 of counts.
 */
import { parseTag } from './tags.js';

/** A chunk: a type over tokens `[start, end)` of one sentence. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/** Types whose scores are micro-averaged into the headline figure. */
export const MICRO_TYPES: readonly string[] = ['PERS', 'ORG', 'LOC'];

/** Chunks of a tag sequence, conlleval-style. Tags that do not parse count as O. */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | undefined;
  let prevPrefix = 'O';
  let prevType = '';
  for (let k = 0; k < tags.length; k++) {
    const t = parseTag(tags[k]!) ?? { prefix: 'O' as const };
    const prefix = t.prefix;
    const type = t.prefix === 'O' ? '' : t.type;
    const typeChanged = prevPrefix !== 'O' && prefix !== 'O' && type !== prevType;
    const ends = open !== undefined && (prefix === 'O' || prefix === 'B' || prefix === 'S' || prevPrefix === 'E' || prevPrefix === 'S' || typeChanged);
    if (ends) {
      open!.end = k;
      out.push(open!);
      open = undefined;
    }
    if (prefix !== 'O' && open === undefined) open = { type, start: k, end: k + 1 };
    prevPrefix = prefix;
    prevType = type;
  }
  if (open) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}

/** `n / d` rounded half-up to 4 decimal places, exactly (0 when `d` is 0, as conlleval does). */
export function ratio(n: number | bigint, d: number | bigint): number {
  const N = BigInt(n);
  const D = BigInt(d);
  if (D === 0n) return 0;
  return Number((N * 20000n + D) / (2n * D)) / 10000;
}

export interface Counts {
  /** Gold chunks (support). */
  gold: number;
  /** Predicted chunks. */
  predicted: number;
  /** Predicted chunks that match a gold chunk exactly (type and span). */
  correct: number;
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface OverlapCounts {
  gold: number;
  predicted: number;
  /** Predicted chunks that overlap a gold chunk of the same type. */
  predictedMatched: number;
  /** Gold chunks overlapped by a predicted chunk of the same type. */
  goldMatched: number;
}

export interface OverlapMetrics extends OverlapCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Exact precision, recall and F1 (= 2·correct / (gold + predicted)) of counts. */
export function metrics(c: Counts): Metrics {
  return {
    ...c,
    precision: ratio(c.correct, c.predicted),
    recall: ratio(c.correct, c.gold),
    f1: ratio(2 * c.correct, c.gold + c.predicted),
  };
}

/** Overlap precision and recall, and their harmonic mean computed exactly from the counts. */
export function overlapMetrics(c: OverlapCounts): OverlapMetrics {
  // F1 = 2PR/(P+R) with P = a/p, R = b/g  →  2ab / (a·g + b·p)
  const a = BigInt(c.predictedMatched);
  const b = BigInt(c.goldMatched);
  return {
    ...c,
    precision: ratio(c.predictedMatched, c.predicted),
    recall: ratio(c.goldMatched, c.gold),
    f1: ratio(2n * a * b, a * BigInt(c.gold) + b * BigInt(c.predicted)),
  };
}

