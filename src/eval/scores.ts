/** What a scoring run reports: the shapes `Scorer.result` returns and the CLI prints or writes as JSON. */
import type { Metrics, OverlapMetrics } from './metrics.js';

export interface SurfaceCount {
  type: string;
  /** The chunk's tokens joined by single spaces. */
  text: string;
  count: number;
}

/** How exact-match errors break down (over the micro types). */
export interface ErrorBreakdown {
  /** Gold chunks not predicted exactly. */
  misses: {
    total: number;
    /** A prediction has the same span but another type. */
    type: number;
    /** A prediction of the same type overlaps it with other bounds. */
    boundary: number;
    /** Nothing of its type overlaps it, nor has its span. */
    missed: number;
  };
  /** Predicted chunks not in the gold. */
  falsePositives: {
    total: number;
    type: number;
    boundary: number;
    /** Overlaps no gold chunk of its type, and no gold chunk has its span. */
    spurious: number;
  };
}

export interface Scores {
  sentences: number;
  tokens: number;
  /** Per type: PERS, ORG, LOC, MISC always, then any other type seen, alphabetically. */
  types: Record<string, Metrics>;
  /** Micro-average over PERS, ORG, LOC. */
  micro: Metrics;
  /** Micro-average over every type, MISC included (conlleval's headline figure). */
  overall: Metrics;
  overlap: { types: Record<string, OverlapMetrics>; micro: OverlapMetrics };
  errors: ErrorBreakdown;
  /** Most frequent gold chunks not predicted exactly (micro types), by type and surface form. */
  topMisses: SurfaceCount[];
  /** Most frequent predicted chunks not in the gold (micro types), by type and surface form. */
  topFalsePositives: SurfaceCount[];
}
