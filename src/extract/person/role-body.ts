// A role of a body, then the holder's name: رئيس نادي الزمالك حسين لبيب, النائبة في البرلمان الأوروبي
// مارييتا جياناكو, المدير التنفيذي لشركة أرامكو أمين الناصر. The organization extractor runs before this
// one; the body it found is stepped over, and the name is read after it.
import type { Sentence, Token } from '../../schema.js';
import { firstEndingAfter } from '../../segment/spans.js';
import type { Candidate } from '../types.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../common/quotes.js';

/**
 * Token index where each ORGANIZATION candidate found so far ends (exclusive), by the index of the token
 * it starts in: a span may start inside a token, behind a proclitic (لشركة: the mention starts at ش).
 */
export function bodiesByStart(previous: readonly Candidate[], tokens: readonly Token[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of previous) {
    if (c.type !== 'ORGANIZATION') continue;
    const first = firstEndingAfter(tokens, c.start);
    let end = first;
    while (end < tokens.length && tokens[end]!.start < c.end) end++;
    if (end > first) out.set(first, Math.max(out.get(first) ?? 0, end));
  }
  return out;
}

/**
 * Where the name after «role + body» starts: the body starts at k, or one word after it, a preposition
 * (النائب في البرلمان) or a head the body's mention leaves outside (نادي الزمالك: the mention is
 * الزمالك), or at the title's last word (وكيل وزارة …). A body in quotes is read with its marks (الرئيس
 * التنفيذي لـ « ألبا » علي البقالي). -1 when no body is there.
 */
export function afterBody(bodies: ReadonlyMap<number, number>, tokens: readonly Token[], k: number, sentence: Sentence): number {
  // وكيل وزارة الكهرباء والماء … عادل الزامل: the body may also open with the title's last word.
  for (const at of [k, k + 1, k - 1]) {
    if (at >= sentence.tokenEnd || at < sentence.tokenStart) break;
    if (at === k + 1 && tokens[k]!.kind !== 'word') continue;
    const quoted = OPENING_QUOTES.has(tokens[at]!.norm) && at + 1 < sentence.tokenEnd;
    const end = bodies.get(quoted ? at + 1 : at);
    if (end === undefined || end >= sentence.tokenEnd) continue;
    if (!quoted) return end;
    if (CLOSING_QUOTES.has(tokens[end]!.norm) && end + 1 < sentence.tokenEnd) return end + 1;
  }
  return -1;
}

/**
 * The end of a body found so far that starts before token k and runs past it, or -1: a name read from k
 * would start inside that body's name (النائب عن حركة أمل علي حسن خليل: أمل is the movement's).
 */
export function bodyAround(bodies: ReadonlyMap<number, number>, k: number): number {
  for (const [start, end] of bodies) if (start < k && end > k) return end;
  return -1;
}
