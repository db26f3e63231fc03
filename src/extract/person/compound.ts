// Compound given names: listed ones (عبد الله, نور الدين) and عبد + any definite word (عبد الوحيد).
import type { Sentence, Token } from '../../schema.js';
import type { NameContext } from './name-chain.js';
import { COMMON, wordIs } from './word-classes.js';

/** عبد, the first word of the compound names of servitude (عبد الله, عبد الرحمن). */
const ABD = 'عبد';

/** الدين, the second word of the laqabs of religion (نور الدين, صلاح الدين), and الله (عطاء الله). */
export const RELIGION = 'الدين';
export const GOD = 'الله';

/** The number of tokens of a compound given name starting at i (عبد الله = 2), or 0. */
export function compoundAt(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, key: string): number {
  const m = ctx.people.compound.longestInTokens(key, i + 1, tokens, sentence.tokenEnd);
  if (m) return m.end - i;
  // عبد + a definite word is a compound name whether or not it is listed (عبد الوحيد, عبد المنعم): the
  // servant of one of God's names. Not عبد before a nisba (عبد المصري is a man called عبد, then an adjective).
  const next = tokens[i + 1];
  // بهي الدين, تقي الدين, محيي الدين: a laqab of religion, listed or not, when its first word is no
  // common noun (يوم الدين, رجل الدين) and opens with no و, a short word the splitter leaves whole (وعز الدين).
  // عطاء الله, فضل الله: a name of God's gift, when the first word is also no verb, carries no pronoun
  // and opens no blessing (حفظه الله, شاء الله, طيب الله ثراه); not a name that is also a word (دين الله).
  const laqab = next !== undefined && i + 1 < sentence.tokenEnd && (next.norm === RELIGION || (next.norm === GOD && !key.endsWith('ه') && !ctx.people.foreign.has(key) && !ctx.people.ambiguous.has(key) && !ctx.people.pastVerbs.has(key) && !ctx.people.verbs.has(key) && !(ctx.people.blessings.startsWith(key) && ctx.people.blessings.match(tokens, i, sentence.tokenEnd))));
  if (laqab && !next.clitics?.prefixes.length && key.length >= 3 && key.length <= 5 && !key.startsWith('ال') && !key.startsWith('و') && !tokens[i]!.clitics?.prefixes.length && !ctx.people.common.has(key) && !ctx.stop.has(key)) return 2;
  // ريم العبد الله: the Levantine family name, عبد الله with the article.
  if (key === 'العبد' && next !== undefined && i + 1 < sentence.tokenEnd && next.norm === GOD) return 2;
  if (key === ABD && next !== undefined && i + 1 < sentence.tokenEnd && next.kind === 'word' && next.norm.length > 4 && next.norm.startsWith('ال') && (next.clitics?.prefixes.length ?? 0) === 0 && !ctx.nisba.has(next.norm) && !wordIs(ctx.people, next, COMMON)) return 2;
  return 0;
}
