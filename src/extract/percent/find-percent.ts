/**
 * Finds percentages: an amount followed by a marker (5%, 5,3 ٪, ثلاثة في المائة, «بين 3 و5%»,
 * «من 2% إلى 3%»), the sign written before the number (%5, as right-to-left typing often stores it),
 * and a bare number announced by نسبة (بنسبة 5), whose span is the number alone.
 */
import type { Sentence } from '../../schema.js';
import { compareDec, decOf } from '../numbers/decimal.js';
import type { Qualifier } from '../numbers/lexicon.js';
import { qualifierAfter, readAmount, type Amount } from '../numbers/read-amount.js';
import { afterPhrase, readNumber } from '../numbers/read-number.js';
import { PERCENT_START } from '../lexicon/value-starts.js';
import { spaced, touching, type DocView } from '../numbers/token-view.js';
import type { PercentLexicon } from './lexicon.js';

export interface PercentMatch {
  next: number;
  start: number;
  end: number;
  amount: Amount;
  qualifier?: Qualifier;
  rule: 'marker' | 'sign-first' | 'rate-word' | 'range';
}

const HUNDRED = decOf(100);

/** %5: the sign stored before the number, when no number before it claims the sign. */
function signFirst(view: DocView, lex: PercentLexicon, i: number, end: number): PercentMatch | null {
  const { tokens, text } = view;
  const sign = tokens[i]!;
  const num = tokens[i + 1];
  if (!lex.signs.has(sign.norm) || !num || i + 1 >= end || num.kind !== 'number' || !touching(text, sign.end, num.start)) return null;
  const before = tokens[i - 1];
  if (before && before.kind === 'number' && spaced(text, before.end, sign.start)) return null;
  const phrase = readNumber(view, i + 1, end);
  if (!phrase || !phrase.digits || phrase.value === null) return null;
  const amount = readAmount(view, i + 1, end);
  if (!amount || amount.next !== i + 2) return null;
  return { next: i + 2, start: sign.start, end: num.end, amount, rule: 'sign-first' };
}

function percentAt(view: DocView, lex: PercentLexicon, i: number, end: number): PercentMatch | null {
  if ((view.starts[i]! & PERCENT_START) === 0) return null;
  if (lex.signs.has(view.tokens[i]!.norm)) return signFirst(view, lex, i, end);
  return amountThenMarker(view, lex, i, end);
}

/**
 * An amount, then a marker, or a rate word before the amount. Apart from percentAt, which every token
 * is handed: the closures here give this function a context, allocated on each call, and most tokens
 * start no percentage.
 */
function amountThenMarker(view: DocView, lex: PercentLexicon, i: number, end: number): PercentMatch | null {
  const { tokens } = view;
  const t = tokens[i]!;
  const intro = lex.intros.has(t.norm);
  const k = intro ? i + 1 : i;
  const skipMarker = (at: number): number => lex.markers.match(tokens, at, end)?.next ?? at;
  const hasMarker = (at: number): boolean => at < end && lex.markers.match(tokens, at, end) !== null;
  const amount = readAmount(view, k, end, { afterFirst: skipMarker, rangeFollowedBy: hasMarker });
  if (!amount || amount.vague) return null;
  const marker = lex.markers.match(tokens, amount.next, end);
  if (marker) {
    const m: PercentMatch = { next: marker.next, start: amount.start, end: tokens[marker.next - 1]!.end, amount, rule: amount.min ? 'range' : 'marker' };
    const qualifier = amount.qualifier ?? qualifierAfter(view, marker.next, end)?.qualifier;
    if (qualifier) m.qualifier = qualifier;
    return m;
  }
  // بنسبة 5: a rate word, then a plain number of at most 100 that counts nothing.
  const value = amount.value;
  if (!intro || amount.min || amount.hasScale || value === null || compareDec(value, HUNDRED) > 0) return null;
  if (amount.next < end && view.lex.countedNouns.match(tokens, amount.next, end)) return null;
  const m: PercentMatch = { next: amount.next, start: amount.start, end: amount.end, amount, rule: 'rate-word' };
  if (amount.qualifier) m.qualifier = amount.qualifier;
  return m;
}

export function findPercents(view: DocView, lex: PercentLexicon, sentences: readonly Sentence[]): PercentMatch[] {
  const out: PercentMatch[] = [];
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      const m = percentAt(view, lex, i, s.tokenEnd);
      if (m) {
        out.push(m);
        i = m.next;
      } else i = afterPhrase(view, i);
    }
  }
  return out;
}
