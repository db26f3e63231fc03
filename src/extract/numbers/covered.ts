/** Which tokens lie inside candidates proposed by earlier extractors (money, percent, dates). */
import type { Token } from '../../schema.js';
import type { Candidate } from '../types.js';

export function coveredTokens(tokens: readonly Token[], previous: readonly Candidate[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (const c of previous) {
    // First token ending after the candidate starts (binary search), then every token it overlaps.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokens.length && tokens[k]!.start < c.end; k++) covered[k] = 1;
  }
  return covered;
}
