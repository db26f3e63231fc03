// Where a name begins and ends around its cue: one unlisted word after a role (السيد شيمزو من), a
// Maghrebi first name with the article before a listed name (الحبيب بورقيبة).
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { patronymicWithArticle } from './chain-guards.js';
import { titleAt } from './context.js';
import type { NameContext } from './name-chain.js';
import { imperfectShape } from './name-words.js';

/**
 * Prepositions that may follow a name standing alone after a role (والجنرال سلفستري من, السيد شيمزو إلى),
 * keyed like the tokens (إلى folds to الي). Not على, which folds to the name علي.
 */
const afterLoneName = keyedSetOf(['من', 'في', 'إلى', 'عن', 'مع']);

/** One unlisted word after a role that ends where a name would: before punctuation or a preposition, bare, no -ا, -ه or -ة. */
export function loneNameAfterRole(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence, key: (s: string) => string): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const n = t.norm;
  if (t.clitics?.prefixes.length || n.startsWith('ال') || n.endsWith('ا') || n.endsWith('ه') || n.length < 3 || ctx.people.common.has(n) || ctx.connectors.has(n)) return false;
  // A verb goes on from the role (المدرب سيشارك, الوزير قال): a future, or a listed verb. (An imperfect in ي
  // is no name anyway: plausibleName turns it away; names open with ت and أ too often to turn those away.)
  if ((n.charCodeAt(0) === 0x0633 /* س */ && imperfectShape(n.slice(1))) || ctx.people.verbs.has(n) || ctx.people.pastVerbs.has(n)) return false;
  return k + 1 >= sentence.tokenEnd || next === undefined || next.kind === 'punct' || afterLoneName(key).has(next.norm);
}

/**
 * Is the word before token i a listed given name with the article, standing as the first name (الحبيب
 * بورقيبة, الباجي قائد السبسي)? Not after a role or title, whose epithet it would be (الأستاذ الفاضل محمد);
 * not a name the lists also hold as a word (الطاهر: the pure), whose article is the word's.
 */
export function definiteFirstName(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (i - 1 < sentence.tokenStart) return false;
  const before = tokens[i - 1]!;
  if (before.clitics?.prefixes.length || !patronymicWithArticle(ctx, before.norm) || titleAt(ctx, tokens, i - 1, sentence)) return false;
  return i - 2 < sentence.tokenStart || titleAt(ctx, tokens, i - 2, sentence) === undefined;
}
