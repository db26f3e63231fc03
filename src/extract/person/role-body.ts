// A role of a body, then the holder's name: رئيس نادي الزمالك حسين لبيب, النائبة في البرلمان الأوروبي
// مارييتا جياناكو, المدير التنفيذي لشركة أرامكو أمين الناصر. The organization extractor runs before this
// one; the body it found is stepped over, and the name is read after it.
import type { Sentence, Token } from '../../schema.js';
import type { Candidate } from '../types.js';

/** Prepositions that attach a role to its body as separate words (النائبة في البرلمان). */
const ROLE_PREPOSITIONS = new Set(['في', 'فى', 'لدى', 'لدي']);

/** Token index where each ORGANIZATION candidate found so far ends, by the token index it starts at. */
export function bodiesByStart(previous: readonly Candidate[], tokens: readonly Token[]): Map<number, number> {
  const byOffset = new Map<number, number>();
  for (const c of previous) if (c.type === 'ORGANIZATION') byOffset.set(c.start, Math.max(byOffset.get(c.start) ?? 0, c.end));
  const out = new Map<number, number>();
  if (byOffset.size === 0) return out;
  for (let k = 0; k < tokens.length; k++) {
    // A span starts inside a token behind a proclitic (لشركة: the mention starts at ش).
    const t = tokens[k]!;
    for (let offset = t.start; offset < t.end && offset <= t.start + 3; offset++) {
      const end = byOffset.get(offset);
      if (end === undefined) continue;
      let last = k;
      while (last + 1 < tokens.length && tokens[last]!.end < end) last++;
      out.set(k, last + 1);
    }
  }
  return out;
}

/**
 * Where the name after «role + body» starts: the body starts at k, or after a preposition at k, or after
 * one head word the body leaves outside (نادي الزمالك: the mention is الزمالك). -1 when no body is there.
 */
export function afterBody(bodies: ReadonlyMap<number, number>, tokens: readonly Token[], k: number, sentence: Sentence): number {
  for (const at of [k, k + 1]) {
    if (at >= sentence.tokenEnd) break;
    if (at === k + 1 && !(ROLE_PREPOSITIONS.has(tokens[k]!.norm) || tokens[k]!.kind === 'word')) break;
    const end = bodies.get(at);
    if (end !== undefined && end < sentence.tokenEnd) return end;
  }
  return -1;
}
