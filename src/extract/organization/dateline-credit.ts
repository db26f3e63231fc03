// The source a dateline credits, whatever its name: «البصرة - السومرية نيوز :», «وهران ( واج ) -». The
// place that opens the sentence, then the outlet: after a dash and before a colon, or in brackets before
// a dash. The shape says it is an agency or a paper, listed or not.
import type { Sentence, Token } from '../../schema.js';
import type { Candidate } from '../types.js';
import { DASHES } from './outlet-context.js';

/** Words in a credit at most (السومرية نيوز, و م ع, وكالة الأنباء الجزائرية). */
const MAX_WORDS = 4;

export interface CreditWords {
  /** Where a listed place read at token j ends (exclusive), or -1. */
  placeEnd: (j: number, s: Sentence) => number;
  /** A word of the lists that credits no outlet (القاهرة - خاص :, - متابعات :). */
  common: (norm: string) => boolean;
  /** A listed given name: a credit that opens with one is a reporter's byline (عمان - أحمد الخطيب :). */
  given: (norm: string) => boolean;
}

/** من, «from»: a byline (الكرك - من حسين الطراونة :). */
const FROM = 'من';

/** The words from `from` up to the token whose norm is in `closers` (at most MAX_WORDS): the index of the closer, or -1. */
function creditEnd(tokens: readonly Token[], from: number, s: Sentence, closers: ReadonlySet<string>): number {
  for (let k = from; k < s.tokenEnd && k - from <= MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (closers.has(t.norm)) return k > from ? k : -1;
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

export function findDatelineCredits(tokens: readonly Token[], sentences: readonly Sentence[], w: CreditWords): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (s.skip) continue;
    const after = w.placeEnd(s.tokenStart, s);
    if (after < 0 || after + 2 >= s.tokenEnd) continue;
    const mark = tokens[after]!.norm;
    let from = -1;
    let end = -1;
    if (mark === '(') {
      from = after + 1;
      end = creditEnd(tokens, from, s, CLOSE_BRACKET);
      if (end > 0 && !DASHES.has(tokens[end + 1]?.norm ?? '')) end = -1;
    } else if (DASHES.has(mark)) {
      from = after + 1;
      end = creditEnd(tokens, from, s, COLON);
    }
    // ساو باولو ( البرازيل ) -: a place in the brackets is the country, not a source.
    if (end < 0 || (end - from === 1 && w.common(tokens[from]!.norm)) || w.placeEnd(from, s) === end) continue;
    // الكرك - من حسين الطراونة :, عمان - أحمد الخطيب :: the reporter, a person, not the source's outlet.
    if (tokens[from]!.norm === FROM || (end - from >= 2 && w.given(tokens[from]!.norm))) continue;
    // بيروت - الاتحاد ووكالات الأنباء: the outlet named, then «and the agencies».
    for (let k = from + 1; k < end; k++) if (tokens[k]!.clitics?.prefixes[0] === 'و') end = k;
    const first = tokens[from]!;
    out.push({ type: 'ORGANIZATION', start: first.clitics?.prefixes.length ? first.clitics.baseStart : first.start, end: tokens[end - 1]!.end, rule: 'dateline-credit' });
  }
  return out;
}

const CLOSE_BRACKET = new Set([')']);
const COLON = new Set([':']);
