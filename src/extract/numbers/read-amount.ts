/**
 * An amount: a number phrase or a range of two («بين 2 و3 ملايين», «من 10 إلى 15 مليار», «2-3»),
 * with an approximation qualifier before it (نحو, أكثر من, ما يزيد على) kept apart from the value and
 * outside the span. Money, percentages and counted numbers all read amounts this way.
 */
import { compareDec, mulPow10, type Dec } from './decimal.js';
import type { Qualifier } from './lexicon.js';
import { readNumber, type NumberPhrase } from './read-number.js';
import { spaced, wordEntry, type DocView } from './token-view.js';

export interface Amount {
  first: number;
  next: number;
  start: number;
  end: number;
  value: Dec | null;
  min?: Dec;
  max?: Dec;
  vague: boolean;
  problem?: 'inexact' | 'too-large';
  ambiguousSeparator?: boolean;
  qualifier?: Qualifier;
  hasScale: boolean;
  /** The number phrase (the second one of a range). */
  phrase: NumberPhrase;
}

export interface AmountOptions {
  /** Skips what may stand between the first number of a range and the connector (the % of «3% إلى 5%»). */
  afterFirst?: (k: number) => number;
  /** A range must be followed by this (the % of «3 و5%»); otherwise the first number is read alone. */
  rangeFollowedBy?: (k: number) => boolean;
}

function single(phrase: NumberPhrase, qualifier: Qualifier | undefined): Amount {
  const a: Amount = {
    first: phrase.first, next: phrase.next, start: phrase.start, end: phrase.end, value: phrase.value,
    vague: phrase.vague, hasScale: phrase.hasScale, phrase,
  };
  if (phrase.problem) a.problem = phrase.problem;
  if (phrase.ambiguousSeparator) a.ambiguousSeparator = true;
  if (qualifier) a.qualifier = qualifier;
  return a;
}

/** The second number of a range after `low`, if a connector follows it. */
function rangeTail(view: DocView, low: NumberPhrase, end: number, introduced: boolean, options: AmountOptions): Amount | null {
  const { tokens, lex } = view;
  if (low.value === null || low.vague) return null;
  const k = options.afterFirst ? options.afterFirst(low.next) : low.next;
  const t = tokens[k];
  if (!t || k >= end) return null;
  let high: NumberPhrase | null = null;
  if (lex.rangeConnectors.has(t.norm) && (introduced || !lex.introOnlyConnectors.has(t.norm))) {
    if (t.kind === 'punct' && !(spaced(view.text, tokens[k - 1]!.end, t.start) && spaced(view.text, t.end, tokens[k + 1]?.start ?? t.end))) return null;
    high = readNumber(view, k + 1, end, 'none');
  } else if (introduced && wordEntry(view, k)?.prefix === lex.conjunction) {
    high = readNumber(view, k, end, 'conjunction');
  }
  if (!high || high.value === null || high.vague) return null;
  let min = low.value;
  const lead = high.lead;
  // «بين 2 و3 ملايين»: the first number borrows the scale of the second when it is the smaller count.
  if (!low.hasScale && lead.power > 0 && lead.count && compareDec(low.value, lead.count) < 0) min = mulPow10(low.value, lead.power);
  if (compareDec(min, high.value) >= 0) return null;
  if (options.rangeFollowedBy && !options.rangeFollowedBy(high.next)) return null;
  const range: Amount = {
    first: low.first, next: high.next, start: low.start, end: high.end, value: null, min, max: high.value,
    vague: false, hasScale: low.hasScale || high.hasScale, phrase: high,
  };
  if (low.ambiguousSeparator || high.ambiguousSeparator) range.ambiguousSeparator = true;
  return range;
}

/** Reads an amount whose qualifier, range word or number starts at token `i`. */
export function readAmount(view: DocView, i: number, end: number, options: AmountOptions = {}): Amount | null {
  const { tokens, lex } = view;
  let k = i;
  let qualifier: Qualifier | undefined;
  const q = lex.qualifiersBefore.match(tokens, k, end);
  if (q) {
    qualifier = q.payload;
    k = q.next;
  }
  const intro = lex.rangeIntros.match(tokens, k, end);
  if (intro) {
    const low = readNumber(view, intro.next, end);
    const range = low && rangeTail(view, low, end, true, options);
    if (!range) return null;
    if (qualifier) range.qualifier = qualifier;
    return range;
  }
  const phrase = readNumber(view, k, end);
  if (!phrase) return null;
  const range = rangeTail(view, phrase, end, false, options);
  if (range) {
    if (qualifier) range.qualifier = qualifier;
    return range;
  }
  return single(phrase, qualifier);
}

/** A qualifier written after the value (تقريبا) at token `k`: the qualifier and the index after it. */
export function qualifierAfter(view: DocView, k: number, end: number): { qualifier: Qualifier; next: number } | null {
  const m = view.lex.qualifiersAfter.match(view.tokens, k, end);
  return m ? { qualifier: m.payload, next: m.next } : null;
}
