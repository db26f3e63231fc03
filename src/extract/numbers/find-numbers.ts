/**
 * NUMBER mentions. Not every digit is worth a mention: a pipeline wants the quantities of the story.
 * The rule: an exact amount (a number phrase or a range, with an optional qualifier) that is not part
 * of a MONEY, PERCENT or DATE span, and that either
 *   1. contains a scale word — «5 ملايين نسمة», «مليون لاجئ», «ثلاثة آلاف» — or
 *   2. is followed by a counted noun from data/counted-nouns.json — «27 وحدة سكنية», «2024 شخصا»,
 *      «10 ملايين برميل», «خمسة أشخاص».
 * The counted noun is part of the span and its lemma is the value's `unit`; adjectives after it are
 * not. Never a NUMBER: bare digits, ordinals, article and law numbers (المادة 12), phone numbers
 * (leading 0 or +), vague counts (آلاف, عشرات).
 */
import type { Sentence } from '../../schema.js';
import type { Qualifier } from './lexicon.js';
import { readAmount, type Amount } from './read-amount.js';
import { AMOUNT_START } from '../lexicon/value-starts.js';
import type { DocView } from './token-view.js';

export interface NumberMatch {
  next: number;
  start: number;
  end: number;
  amount: Amount;
  unit?: string;
  qualifier?: Qualifier;
  rule: 'scale' | 'counted';
}

/** The NUMBER at token `i`, and where to look next (past a number that was read and rejected). */
function numberAt(view: DocView, i: number, start: number, end: number, covered: Uint8Array): { match: NumberMatch | null; next: number } {
  const { tokens, lex } = view;
  const none = { match: null, next: i + 1 };
  const amount = readAmount(view, i, end);
  if (!amount || amount.vague || (amount.value === null && !amount.min && !amount.problem)) return none;
  for (let k = amount.first; k < amount.next; k++) if (covered[k]) return none;
  const rejected = { match: null, next: Math.max(i + 1, amount.next) };
  const before = amount.first > start ? tokens[amount.first - 1] : undefined;
  if (before && lex.references.has(before.norm)) return rejected; // المادة 12, رقم 1500
  const counted = amount.next < end && !covered[amount.next] ? lex.countedNouns.match(tokens, amount.next, end) : null;
  if (!counted && !amount.hasScale) return rejected;
  if (!counted && authoredVerb(view, amount.first, amount.next, end)) return rejected;
  const m: NumberMatch = {
    next: counted ? counted.next : amount.next,
    start: amount.start,
    end: counted ? tokens[counted.next - 1]!.end : amount.end,
    amount,
    rule: counted ? 'counted' : 'scale',
  };
  if (counted) m.unit = counted.payload;
  if (amount.qualifier) m.qualifier = amount.qualifier;
  return { match: m, next: m.next };
}

export function findNumbers(view: DocView, sentences: readonly Sentence[], covered: Uint8Array): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      if (covered[i] || (view.starts[i]! & AMOUNT_START) === 0) {
        i++;
        continue;
      }
      const { match, next } = numberAt(view, i, s.tokenStart, s.tokenEnd, covered);
      if (match) out.push(match);
      i = next;
    }
  }
  return out;
}

/** ألف, normalized: 'thousand', and the verb ألّف, 'wrote'. */
const ALF = 'الف';

/** The particle قد (and لقد, وقد, فقد): a past verb follows it, never a number. */
const QAD = new Set(['قد', 'لقد', 'وقد', 'فقد', 'ولقد']);

/**
 * Is the lone word ألف the verb 'wrote' (ألف الكتاب, ألف كتبا عديدة, فقد ألف كتاب القانون)? A thousand
 * governs an indefinite noun in the genitive (ألف كتاب), never a definite word nor an accusative, and
 * stands after no قد.
 */
function authoredVerb(view: DocView, first: number, next: number, end: number): boolean {
  if (next !== first + 1 || next >= end || view.tokens[first]!.norm !== ALF) return false;
  if (first > 0 && QAD.has(view.tokens[first - 1]!.norm)) return true;
  const after = view.tokens[next]!;
  if (after.kind !== 'word') return false;
  // As written: كتبا is no ك + a word here.
  return after.norm.startsWith('ال') || (after.norm.length >= 4 && after.norm.endsWith('ا'));
}
