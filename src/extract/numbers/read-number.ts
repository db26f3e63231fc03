/**
 * The shared number grammar: a phrase is one term, then further terms joined by و while each is
 * smaller than the scale before it («53 مليون و653 ألف» = 53653000, «ثلاثة آلاف و750» = 3750), and
 * possibly a closing fraction («مليون ونصف» = 1500000, «ثلاثة ونصف» = 3.5). «2 و3 ملايين» is not one
 * number: 3 ملايين is not below the scale of 2 (none), so the phrase stops at 2.
 */
import { addDec, compareDec, decOf, integerDigits, MAX_DIGITS, mulFraction, mulPow10, type Dec } from './decimal.js';
import { readTerm, type PrefixRule, type QuantityReading, type Term } from './read-term.js';
import { isConjunction, wordEntry, type DocView } from './token-view.js';

export interface NumberPhrase extends QuantityReading {
  hasScale: boolean;
  /** The first term: its scale power and count (2 in «بين 2 و3 ملايين» borrows the scale of 3 ملايين). */
  lead: Term;
}

/** Where the next part joined by و starts: after a standalone و token, or at a word carrying و. */
function joinedPart(view: DocView, k: number, end: number): { at: number; rule: PrefixRule } | null {
  if (k >= end) return null;
  if (isConjunction(view, k)) return k + 1 < end ? { at: k + 1, rule: 'none' } : null;
  const e = wordEntry(view, k);
  return e && e.prefix === view.lex.conjunction ? { at: k, rule: 'conjunction' } : null;
}

/** «ونصف» closing a phrase, optionally «ونصف المليون»: the fraction and the index after it. */
function closingFraction(view: DocView, at: number, rule: PrefixRule, end: number, power: number) {
  const e = wordEntry(view, at);
  if (!e || e.atom.kind !== 'fraction' || e.atom.plural) return null;
  if (rule === 'none' ? e.prefix !== '' : e.prefix !== view.lex.conjunction) return null;
  let next = at + 1;
  const scale = wordEntry(view, next);
  if (next < end && scale && scale.definite && scale.prefix === '' && scale.atom.kind === 'scale' && scale.atom.power === power) next++;
  return { numerator: e.atom.numerator, denominator: e.atom.denominator, next };
}

function compute(view: DocView, i: number, end: number, prefixRule: PrefixRule): NumberPhrase | null {
  const lead = readTerm(view, i, end, prefixRule);
  if (!lead) return null;
  const phrase: NumberPhrase = {
    first: i, next: lead.next, start: lead.start, end: lead.end, value: lead.value, vague: lead.vague,
    hasScale: lead.power > 0 || lead.vague, hasWords: lead.hasWords, lead, digits: lead.digits, prefix: lead.prefix,
  };
  if (lead.problem) phrase.problem = lead.problem;
  if (lead.ambiguousSeparator) phrase.ambiguousSeparator = true;
  if (lead.vague || lead.value === null) return phrase;
  let total: Dec = lead.value;
  let power = lead.power;
  let hasScale = power > 0;
  for (;;) {
    const part = joinedPart(view, phrase.next, end);
    if (!part) break;
    const fraction = closingFraction(view, part.at, part.rule, end, power);
    if (fraction) {
      if (power === 0 && !lead.digits && !lead.hasWords) break;
      const added = mulFraction(mulPow10(decOf(1), power), fraction.numerator, fraction.denominator);
      if (!added) break;
      total = addDec(total, added);
      phrase.next = fraction.next;
      phrase.end = view.tokens[fraction.next - 1]!.end;
      break;
    }
    if (power === 0) break;
    const term = readTerm(view, part.at, end, part.rule);
    if (!term || term.vague || term.value === null) break;
    if (compareDec(term.value, mulPow10(decOf(1), power)) >= 0) break;
    total = addDec(total, term.value);
    power = term.power;
    hasScale ||= power > 0;
    phrase.hasWords ||= term.hasWords;
    if (term.ambiguousSeparator) phrase.ambiguousSeparator = true;
    phrase.next = term.next;
    phrase.end = term.end;
  }
  phrase.value = integerDigits(total) > MAX_DIGITS ? null : total;
  if (phrase.value === null) phrase.problem = 'too-large';
  phrase.hasScale = hasScale;
  if (phrase.next !== lead.next) phrase.digits = null;
  return phrase;
}

/**
 * The number phrase starting at token `i` (ending before `end`, the sentence end), or null. Phrases
 * read with any proclitic allowed are memoized per document: several extractors ask for the same ones.
 */
export function readNumber(view: DocView, i: number, end: number, prefixRule: PrefixRule = 'any'): NumberPhrase | null {
  if (prefixRule !== 'any') return compute(view, i, end, prefixRule);
  let phrase = view.phrases[i];
  if (phrase === undefined) phrase = view.phrases[i] = compute(view, i, end, 'any');
  return phrase;
}

/**
 * Where a scan that found nothing at `i` goes next: past the number phrase read there, if any. No
 * suffix of a phrase can succeed where the whole phrase failed, and skipping keeps scans linear.
 */
export function afterPhrase(view: DocView, i: number): number {
  const phrase = view.phrases[i];
  return phrase ? Math.max(i + 1, phrase.next) : i + 1;
}
