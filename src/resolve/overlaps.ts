import type { MentionType } from '../schema.js';
import type { Candidate } from '../extract/types.js';

/** A candidate with the extractor that proposed it and that extractor's position in the run order. */
export interface Proposed extends Candidate {
  extractor: string;
  order: number;
}

const TYPE_ORDER: Record<MentionType, number> = {
  MONEY: 0, PERCENT: 1, DATE: 2, NUMBER: 3, ORGANIZATION: 4, PERSON: 5, LOCATION: 6, TITLE: 7, MISC: 8,
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Total order of preference: longer span, higher score, earlier extractor, earlier start, type; then
 * rule, value and whether a score is stated, so that two candidates for the same span never tie and
 * input order cannot matter.
 */
export function prefer(a: Proposed, b: Proposed): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    (b.score ?? 0) - (a.score ?? 0) ||
    a.order - b.order ||
    a.start - b.start ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    compareText(a.rule, b.rule) ||
    compareText(a.extractor, b.extractor) ||
    compareText(JSON.stringify(a.value) ?? '', JSON.stringify(b.value) ?? '') ||
    // A score of 0 ranks as no score; the one that states it comes first, so even these two never tie.
    Number(a.score === undefined) - Number(b.score === undefined)
  );
}

/**
 * The one place overlaps are settled. Candidates are taken in order of preference and kept when they
 * overlap nothing kept before, so the result does not depend on the order extractors returned them.
 * Returns the kept candidates sorted by position.
 *
 * O(n log n) whatever the spans: the text is cut at every candidate boundary into elementary pieces, a
 * Fenwick tree counts the pieces already covered by kept candidates, and a candidate is kept when its
 * pieces are all free. (Inserting each kept candidate into a sorted array would move O(n) entries per
 * insertion when the preferred, longer candidates come late in the text.)
 */
export function resolveOverlaps(candidates: Proposed[]): Proposed[] {
  if (candidates.length <= 1) return [...candidates];
  const ranked = [...candidates].sort(prefer);
  const bounds = new Float64Array(candidates.length * 2);
  candidates.forEach((c, i) => {
    bounds[2 * i] = c.start;
    bounds[2 * i + 1] = c.end;
  });
  bounds.sort();
  let unique = 0;
  for (let i = 0; i < bounds.length; i++) if (i === 0 || bounds[i] !== bounds[unique - 1]) bounds[unique++] = bounds[i]!;
  const cuts = bounds.subarray(0, unique);
  const piece = (offset: number): number => {
    let lo = 0;
    let hi = cuts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // covered[k] = 1 when piece k (between cuts k and k+1) lies inside a kept candidate; tree holds their prefix sums.
  const pieces = cuts.length - 1;
  const tree = new Int32Array(pieces + 1);
  const coveredBefore = (k: number): number => {
    let sum = 0;
    for (let i = k; i > 0; i -= i & -i) sum += tree[i]!;
    return sum;
  };
  const cover = (k: number): void => {
    for (let i = k + 1; i <= pieces; i += i & -i) tree[i]!++;
  };
  const kept: Proposed[] = [];
  for (const c of ranked) {
    const from = piece(c.start);
    const to = piece(c.end); // the candidate covers pieces from … to - 1
    if (coveredBefore(to) - coveredBefore(from) > 0) continue;
    for (let k = from; k < to; k++) cover(k);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
