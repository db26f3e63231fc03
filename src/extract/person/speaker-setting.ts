// Where a statement is made, after its speaker (وأوضح الحجار في مؤتمر صحفي, وأوضح الشواربة خلال جلسة),
// and the family names in ة that speak after a masculine verb (وأكد سلامة أن).
import type { Sentence, Token } from '../../schema.js';
import { readingKey } from '../../segment/finish-tokens.js';
import type { NameContext } from './name-chain.js';
import { plausibleName, possessed, statementAfter } from './name-words.js';
import { lastLetter } from './word-shapes.js';

/** Nouns of the occasion a statement is made on, normalized: في بيان, خلال جلسة. */
const OCCASIONS = new Set(['بيان', 'تصريح', 'تصريحات', 'مؤتمر', 'موتمر', 'حديث', 'مقابله', 'كلمه', 'لقاء', 'ندوه', 'جلسه', 'اجتماع', 'رساله', 'منشور', 'تغريده', 'حفل', 'احتفال', 'زياره', 'جوله', 'ملتقي', 'منتدي', 'قمه', 'ورشه', 'مراسم']);

/** في and خلال, normalized: they put the occasion after the speaker. */
const SETTING = new Set(['في', 'خلال']);

/** Does the occasion of a statement follow token k (في بيان, خلال جلسة لمجلس الأمانة)? */
export function occasionAfter(tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k + 2 >= sentence.tokenEnd || !SETTING.has(tokens[k + 1]!.norm)) return false;
  const noun = tokens[k + 2]!;
  return noun.kind === 'word' && OCCASIONS.has(noun.clitics && !noun.clitics.prefixes.length ? readingKey(noun.clitics) : noun.norm);
}

/**
 * A family name written with ة or ending in -ات as the speaker after a masculine verb, before إن or أن
 * (وأكد سلامة أن, وأضاف كبارة أن, وأضاف مهيدات أن): no common word (وأكد ضرورة أن, وأكد أهمية أن) and no
 * noun with its pronoun.
 */
export function taaSurnameSpeaker(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const t = tokens[k]!;
  const verb = tokens[k - 1];
  // وأشار شحادة إلى أن: the verb's own preposition may come before the statement.
  if (k + 1 >= sentence.tokenEnd || !statementAfter(tokens, k) || verb === undefined || verb.norm.endsWith('ت')) return false;
  const n = t.norm;
  // A Maghrebi family name in بو (وأوضح بوخالفة أن) is read whole, though its ب reads as a proclitic.
  const bu = n.length >= 6 && n.startsWith('بو');
  // … and so is one whose ك reads as 'like' (وأضاف كبارة أن): no simile stands between a verb and أن.
  const kaf = t.clitics?.prefixes.length === 1 && t.clitics.prefixes[0] === 'ك' && !t.clitics.article; // not كالعادة
  if (t.kind !== 'word' || (t.clitics?.prefixes.length && !bu && !kaf) || n.startsWith('ال') || n.length < 4) return false;
  // … and so is one in -ات (وأضاف مهيدات أن): a plural of things takes a feminine verb, as a listed noun's does.
  const plural = n.endsWith('ات') && n.length >= 5 && !ctx.people.common.has(n.slice(0, -2)) && !ctx.people.common.has(`${n.slice(0, -2)}ه`);
  if (lastLetter(ctx.text, t) !== 0x0629 /* ة */ && !plural) return false;
  return !ctx.people.common.has(n) && !ctx.people.common.has(n.slice(0, -1)) && !possessed(ctx, n) && !ctx.people.titles.startsWith(n) && plausibleName(ctx, tokens, k);
}
