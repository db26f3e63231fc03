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
 * rule and value, so that two candidates for the same span never tie and input order cannot matter.
 */
function prefer(a: Proposed, b: Proposed): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    (b.score ?? 0) - (a.score ?? 0) ||
    a.order - b.order ||
    a.start - b.start ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    compareText(a.rule, b.rule) ||
    compareText(a.extractor, b.extractor) ||
    compareText(JSON.stringify(a.value) ?? '', JSON.stringify(b.value) ?? '')
  );
}

/**
 * The one place overlaps are settled. Candidates are taken in order of preference and kept when they
 * overlap nothing kept before, so the result does not depend on the order extractors returned them.
 * Returns the kept candidates sorted by position.
 */
export function resolveOverlaps(candidates: Proposed[]): Proposed[] {
  const ranked = [...candidates].sort(prefer);
  const kept: Proposed[] = []; // sorted by start, pairwise disjoint
  for (const c of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if (before && before.end > c.start) continue;
    if (after && after.start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
