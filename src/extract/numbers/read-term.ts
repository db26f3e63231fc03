/**
 * One term of a number phrase: a count (digits, a wire-copy decimal, words, a fraction or a lone scale
 * word) followed by any scale words (1.5 مليون, خمسة وعشرون ألفا, نصف مليار, مليار مليار). Vague
 * counts (مئات الملايين, ملايين) are terms without a value.
 */
import { decOf, integerDigits, MAX_DIGITS, mulFraction, mulPow10, parseDec, type Dec } from './decimal.js';
import { asciiDigits, parseDigits, type DigitNumber } from './digits.js';
import type { NumberAtom } from './lexicon.js';
import { startAfterPrefix } from './proclitics.js';
import { readWords } from './read-words.js';
import { spaced, touching, wordEntry, type DocView } from './token-view.js';

/** What every reading of a quantity has: its tokens, its span, its value or why it has none. */
export interface QuantityReading {
  /** Index of the first token, and of the token after the reading. */
  first: number;
  next: number;
  /** Original offsets, after any proclitic of the first token (بـ1.04 starts at 1). */
  start: number;
  end: number;
  /** Exact value; null when vague or when `problem` says why it could not be computed (inexact, too large). */
  value: Dec | null;
  problem?: 'inexact' | 'too-large';
  /** Read through a separator that could also group thousands (89.500): reported, not guessed away. */
  ambiguousSeparator?: boolean;
  vague: boolean;
  hasWords: boolean;
  /** The reading is one plain number token (2024, 15). */
  digits: DigitNumber | null;
  /** Proclitic on the first token ('' when none). */
  prefix: string;
}

export interface Term extends QuantityReading {
  /** Sum of the powers of ten of the term's scale words (6 for مليون, 12 for مليون مليون). */
  power: number;
  /** The count before the scale words (1.5 in 1.5 مليون), null for fractions and vague terms. */
  count: Dec | null;
}

/** Which proclitic the first token may carry: any (start of a phrase), only و (a joined part), none. */
export type PrefixRule = 'any' | 'conjunction' | 'none';

/** 84ر3 = 3.84: the wire-copy decimal, fraction digits first, ر between, integer digits last. */
function readWireDecimal(view: DocView, k: number, end: number): { value: Dec; next: number } | null {
  const { tokens, text } = view;
  const frac = tokens[k]!;
  const sep = tokens[k + 1];
  const int = tokens[k + 2];
  if (k + 2 >= end || !sep || !int || sep.norm !== 'ر' || int.kind !== 'number') return null;
  if (!spaced(text, frac.end, sep.start) || !spaced(text, sep.end, int.start)) return null;
  const f = asciiDigits(frac.norm);
  const n = asciiDigits(int.norm);
  if (f === null || n === null) return null;
  const value = parseDec(`${n}.${f}`);
  return value ? { value, next: k + 3 } : null;
}

function scaleAt(view: DocView, k: number, end: number): Extract<NumberAtom, { kind: 'scale' }> | null {
  if (k >= end) return null;
  const e = wordEntry(view, k);
  return e && e.prefix === '' && !e.definite && e.atom.kind === 'scale' ? e.atom : null;
}

function vagueTerm(view: DocView, i: number, end: number, start: number, prefix: string): Term {
  let next = i + 1;
  while (next < end) {
    const e = wordEntry(view, next);
    if (!e || e.prefix !== '' || e.atom.kind !== 'scale' || e.atom.number === 'singular') break;
    next++;
  }
  const last = view.tokens[next - 1]!;
  return { first: i, next, start, end: last.end, value: null, vague: true, power: 0, count: null, hasWords: true, digits: null, prefix };
}

/** Reads one term starting at token `i`, or null when no number starts there. */
export function readTerm(view: DocView, i: number, end: number, prefixRule: PrefixRule): Term | null {
  const { tokens, text, lex } = view;
  const t = tokens[i];
  if (!t || i >= end) return null;
  let count: Dec | null;
  let fraction: { numerator: number; denominator: number } | null = null;
  let next = i + 1;
  let power = 0;
  let hasWords = false;
  let digits: DigitNumber | null = null;
  let start = t.start;
  let prefix = '';
  if (t.kind === 'number') {
    const before = tokens[i - 1];
    if (before && before.norm === '+' && touching(text, before.end, t.start)) return null; // +20 100…: a phone number
    const wire = readWireDecimal(view, i, end);
    if (wire) ({ value: count, next } = wire);
    else {
      digits = parseDigits(t.norm);
      if (!digits || digits.leadingZero) return null;
      count = digits.value;
    }
  } else {
    const e = wordEntry(view, i);
    if (!e || e.definite) return null;
    if (e.prefix !== '' && (prefixRule === 'none' || (prefixRule === 'conjunction' && e.prefix !== lex.conjunction))) return null;
    if (prefixRule === 'conjunction' && e.prefix === '') return null;
    prefix = e.prefix;
    start = startAfterPrefix(text, t, e.prefixLength);
    const atom = e.atom;
    if (atom.kind === 'vague' || (atom.kind === 'scale' && atom.number === 'plural')) return vagueTerm(view, i, end, start, prefix);
    if (atom.kind === 'scale') {
      count = decOf(atom.number === 'dual' ? 2 : 1);
      power = atom.power;
    } else if (atom.kind === 'fraction') {
      if (atom.plural) return null;
      count = null;
      fraction = atom;
    } else {
      const words = readWords(view, i, end);
      if (!words) return null;
      count = decOf(words.value);
      next = words.next;
      hasWords = true;
      // ثلاثة أرباع = 3 × ¼
      const f = wordEntry(view, next);
      if (next < end && f && f.prefix === '' && f.atom.kind === 'fraction' && f.atom.plural) {
        fraction = { numerator: words.value * f.atom.numerator, denominator: f.atom.denominator };
        count = null;
        next++;
      }
    }
  }
  for (let s = scaleAt(view, next, end); s; s = scaleAt(view, next, end)) {
    power += s.power;
    next++;
  }
  if (fraction && power === 0 && hasWords === false) return null; // a bare نصف or ربع is not a number
  const last = tokens[next - 1]!;
  const term: Term = { first: i, next, start, end: last.end, value: null, vague: false, power, count, hasWords, digits: next === i + 1 ? digits : null, prefix };
  // Normalization turns ٫ into '.', so look at the original: ٫ is always a decimal point.
  if (digits?.ambiguousSeparator && !text.slice(t.start, t.end).includes('\u066b')) term.ambiguousSeparator = true;
  if (power > MAX_DIGITS) {
    term.problem = 'too-large'; // «مليار مليار …» past the digit limit: not even computed
    return term;
  }
  const scaled = mulPow10(count ?? decOf(1), power);
  const value = fraction ? mulFraction(scaled, fraction.numerator, fraction.denominator) : scaled;
  if (value === null) term.problem = 'inexact';
  else if (integerDigits(value) > MAX_DIGITS) term.problem = 'too-large';
  else term.value = value;
  return term;
}
