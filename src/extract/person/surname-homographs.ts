// Surnames spelled like other words that the chain reads where no other reading fits: a preposition's
// homograph with nothing to govern after it, a town's name where a town would need a preposition.
import type { Sentence, Token } from '../../schema.js';
import type { NameContext } from './name-chain.js';
import { COMPLEMENTIZERS } from './name-words.js';
import { accusative } from './word-shapes.js';
import { spelledAsFunctionWord, spelling } from '../common/spelling.js';
import familyWords from './data/family-words.json';

/**
 * ملحم خلف أن, محمد أحمد علي ،, ريتا حتي ،: a name spelled like a preposition is no preposition with nothing to
 * govern after it (the end of the sentence, punctuation, a particle, or an accusative: آبي أحمد علي
 * رئيسا); خلف المنصة, على القرار are the preposition.
 */
export function surnameNotPreposition(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  const familyWord = ctx.people.familyWords.has(n);
  // ريتا حتي ،: a particle in ى written with ي (حتي for حتى) before a mark is a surname too.
  const yaForAlefMaqsura = n.length >= 3 && ctx.stop.has(n) && ctx.text.charCodeAt(t.end - 1) === 0x064a /* ي */;
  if (!(familyWord || ctx.people.given.has(n) || ctx.people.family.has(n) || yaForAlefMaqsura)) return false;
  const next = tokens[j + 1];
  if (next === undefined || j + 1 >= sentence.tokenEnd || next.kind === 'punct') return true;
  if (!(familyWord || ctx.people.given.has(n) || ctx.people.family.has(n))) return false;
  // أكد صالح علي أن, علق علي ذلك: على governs a particle or a demonstrative too, and news often writes it
  // with ي; so only خلف is a name before one.
  return (familyWord && (COMPLEMENTIZERS.has(next.norm) || ctx.stop.has(next.norm))) || (!next.clitics?.prefixes.length && accusative(next.norm));
}

/**
 * After a transliterated given name, a one-word place before the statement, a mark or the verb's object
 * (وقال راسل كرو إن, المدرب خورخي فيلدا ،, يتولى إدوارد بيرن رئاستها) is his surname: a town there would
 * need a preposition (زار جون لندن is not read).
 */
/** Prepositions after a surname a title announced (الرئيس رافائيل كوريا في …), normalized. */
const TITLED_SURNAME_FOLLOWERS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'منذ', 'خلال', 'بعد', 'قبل']);

export function placeSurname(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence, titled = false): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'word' || t.norm.startsWith('ال') || ctx.placeLength(j) !== 1) return false;
  const next = tokens[j + 1];
  if (next === undefined || j + 1 >= sentence.tokenEnd || next.kind === 'punct' || COMPLEMENTIZERS.has(next.norm) || next.clitics?.prefixes[0] === 'و') return true;
  // … or before the verb's object: an accusative (خورخي فيلدا مدربا) or a noun with its pronoun (إدوارد بيرن رئاستها).
  const n = next.norm;
  // قاد الجنرال جورج واشنطن الجيش: after a title, before a definite noun that is no country's adjective
  // (the verb's object; جورج واشنطن الأمريكي would be the city's adjective).
  if (titled && next.kind === 'word' && !next.clitics?.prefixes.length && n.startsWith('ال') && !ctx.nisba.has(n) && !n.endsWith('ي') && !n.endsWith('يه')) return true;
  // الرئيس رافائيل كوريا في ديسمبر: … or before a preposition that opens the sentence's complement.
  if (titled && next.kind === 'word' && !next.clitics?.prefixes.length && TITLED_SURNAME_FOLLOWERS.has(n)) return true;
  return next.kind === 'word' && !next.clitics?.prefixes.length && !n.startsWith('ال') && ((accusative(n) && ctx.people.common.has(n.slice(0, -1))) || (n.length >= 5 && (n.endsWith('ها') || n.endsWith('هم'))));
}

/**
 * Is the definite word at j, a listed place of one word, a lineage's family name: a role right after it
 * (سعود بن راشد المعلا حاكم …)? A place after a lineage elsewhere, before a comma too, is the verb's
 * object (زار محمد بن سلمان القاهرة ، ثم).
 */
export function lineagePlaceSurname(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (!t.norm.startsWith('ال') || ctx.placeLength(j) !== 1 || next === undefined || j + 1 >= sentence.tokenEnd) return false;
  return next.kind === 'word' && !next.clitics?.prefixes.length && ctx.people.titles.longest(next.norm, j + 2, () => undefined)?.value === 'role';
}

/** The family names that are also words, as written (إمام, خلف): spelling tells إمام from أمام. */
const FAMILY_WRITTEN = new Set(familyWords.words.map(spelling));

/**
 * Is the original word a function word as written and no family name so written? أمام (before) folds to
 * the family name إمام but is not it; خلف is both, and the sentence decides.
 */
export function functionNotFamily(original: string): boolean {
  return spelledAsFunctionWord(original) && !FAMILY_WRITTEN.has(spelling(original));
}
