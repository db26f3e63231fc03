import type { Sentence, Token } from '../../schema.js';
import { bareKey, NO_PREFIXES } from '../lexicon/token-forms.js';
import { readingKey } from '../../segment/finish-tokens.js';
import type { NameContext } from './name-chain.js';
import { imperfectShape } from './word-shapes.js';

/** Conjunctions, then prepositions, that a nisba standing for a person may carry (وللكيني, بالفرنسية). */
const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ل', 'ب']);
/** The proclitics a verb may carry (وسيعادل, فليعادل). */
const VERB_PROCLITICS = new Set(['و', 'ف', 'ل', 'س']);

/**
 * Is the definite singular nisba at i a noun, «the Frenchman», «the Japanese woman», that introduces a
 * name (والفرنسي ليليان تورام, السنغالي سيدي بيه, للكيني كيبلاغات كيبكورير, على اليابانية آي سوغياما)?
 * Only where it cannot be an adjective of the word before it: behind و or a preposition (an adjective
 * never carries one), at the start of a sentence, or after punctuation, a function word, a verb or an
 * occupation with the article (الملاكمة الجزائرية إيمان خليف).
 * After a noun (المنتخب الفرنسي, الحكومة اليابانية) it is that noun's adjective.
 */
export function nationalityNoun(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
  if (!proclitics(prefixes)) return false;
  const key = prefixes.length > 0 ? readingKey(t.clitics!) : t.norm;
  // السعودية is the country as well as «the Saudi woman»: a place is no nationality noun.
  if (!key.startsWith('ال') || !(key.endsWith('ي') || feminine(key)) || !ctx.nisba.has(key) || ctx.isPlace(i)) return false;
  if (prefixes.length > 0 || i === sentence.tokenStart) return true;
  const before = tokens[i - 1]!;
  if (before.kind === 'punct') return true;
  const word = bareKey(before); // وسجل → سجل
  // الملاكمة الجزائرية إيمان خليف, العداء الكيني …: an occupation with the article names the person,
  // and the nationality is its adjective before the name.
  const occupation = word.startsWith('ال') && (ctx.people.occupations.has(word.slice(2)) || ctx.people.occupations.has(word.slice(2, -1)));
  // يعادل الإيراني سردار آزمون: after an imperfect verb too; a noun shaped so agrees with no definite adjective.
  // (Not a name shaped so, تاتا, كيوتل: no imperfect ends in ا, and none carries ك or ب.)
  const verbPrefixes = (before.clitics?.prefixes ?? NO_PREFIXES).every((p) => VERB_PROCLITICS.has(p));
  const imperfectVerb = !before.clitics?.suffix && verbPrefixes && !word.startsWith('ال') && !word.endsWith('ا') && imperfectShape(word) && !ctx.people.common.has(word);
  return ctx.stop.has(word) || ctx.people.verbs.has(word) || ctx.people.pastVerbs.has(word) || occupation || imperfectVerb;
}

/** A feminine singular ending, with ة folded to ه or kept (the normalization options decide). */
function feminine(key: string): boolean {
  return key.endsWith('يه') || key.endsWith('ية');
}

/** At most a conjunction and then a preposition. */
function proclitics(prefixes: readonly string[]): boolean {
  if (prefixes.length > 2) return false;
  if (prefixes.length === 2) return CONJUNCTIONS.has(prefixes[0]!) && PREPOSITIONS.has(prefixes[1]!);
  return prefixes.length === 0 || CONJUNCTIONS.has(prefixes[0]!) || PREPOSITIONS.has(prefixes[0]!);
}
