// Where a name read by name-chain.ts ends: the nisbas a lineage name ends in, a transliterated name's
// second surname, and a role that follows it.
import type { Sentence, Token } from '../../schema.js';
import { articleWritten } from '../common/spelling.js';
import { wordAt } from '../lexicon/scan.js';
import type { NameContext } from './name-chain.js';
import { COMPLEMENTIZERS, definiteSurnameAt, knownName, plausibleName } from './name-words.js';
import { derivedVerbalNoun, imperfectShape, lastLetter, noImperfectYa, withoutPronoun } from './word-shapes.js';
import { COMMON, wordIs } from './word-classes.js';

/** A definite nisba with nothing attached, not a word of the sentence (الذي, الحالي, الثاني); in -ية for a woman. */
export function lineageNisba(ctx: NameContext, t: Token, feminine: boolean): boolean {
  const n = t.norm;
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || t.clitics?.suffix !== undefined) return false;
  const nisba = n.endsWith('ي') || (feminine && n.endsWith('يه') && lastLetter(ctx.text, t) === 0x0629 /* ة */);
  if (n.length < 5 || !n.startsWith('ال') || !nisba || ctx.stop.has(n) || ctx.people.common.has(n) || ctx.people.common.has(n.slice(2))) return false;
  // محمد بن سلمان السعودي: a country's adjective after the name is the man's nationality, as in news.
  return !ctx.people.ordinals.has(n) && !ctx.people.titles.startsWith(n) && !ctx.nisba.has(n);
}

/**
 * Does a role start at token j (عضو المجلس, ملك إسبانيا, مساعد الوزير, أمين عام الحزب)? A listed name
 * that only opens a longer role is the name when neither the rest nor a definite noun follows it (قاسم
 * أمين إلى: not أمين عام, أمين المتحف).
 */
export function roleAt(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const { people } = ctx;
  const n = tokens[j]!.norm;
  if (!people.titles.startsWith(n) && !people.titles.startsWith('ال' + n)) return false;
  const words = wordAt(tokens, sentence);
  const m = people.titles.longest(n, j + 1, words) ?? people.titles.longest('ال' + n, j + 1, words);
  const role = m !== undefined;
  // A family name that only opens longer roles (محمد الأمين ولد بلعيد: not الأمين العام) is the name; so
  // is a one-word title that is a family name with no name and no noun it governs after it (عبد الرحمن
  // الفقيه; القاضي أحمد is the judge, صاحب الهدف the scorer).
  const after = j + 1 < sentence.tokenEnd ? tokens[j + 1] : undefined;
  const surname = m?.end === j + 1 && !knownName(ctx, after) && !(after?.kind === 'word' && articleWritten(ctx.text, after));
  if (!people.ambiguous.has(n)) return !people.familyWords.has(n) || (role && !surname);
  // سعيد خليفة المري, محمد سلطان الكعبي: a one-word role that is a given name too is the father's name
  // before a listed name or a family name (not ملك الأردن, أمير المؤمنين: a place, a plural noun).
  // After a lineage (محمد بن زايد خليفة حفتر) a bare given name starts the next person.
  const lineage = j >= 2 && ctx.connectors.has(tokens[j - 2]!.norm);
  // نورة خليفة بوعلاي ،: so it is before an unlisted bare word of a name where the name ends.
  if (m?.end === j + 1 && !lineage && after !== undefined && after.kind === 'word' && (!after.clitics?.prefixes.length || after.norm.startsWith('بو')) && after.norm !== ALLAH && (knownName(ctx, after) || (definiteSurnameAt(ctx, tokens, j + 1) && !ctx.isPlace(j + 1) && !pluralNoun(after.norm)) || bareSurnameEnding(ctx, tokens, j + 1, sentence))) return false;
  // واستبعد المستشار فاروق سلطان عشرة مرشحين: a one-word role that is a given name too, bare, with no
  // definite noun, place or name after it to govern, is the family name (a role in apposition is definite:
  // السلطان).
  // (Only before a word of the sentence: a count, a listed noun, a function word. An unlisted word may be
  // the place the role governs: خايمي ملك أراجون.)
  const sentenceWord = after !== undefined && after.kind === 'word' && (ctx.numberWords.has(after.norm) || ctx.people.common.has(after.norm) || ctx.stop.has(after.norm));
  if (role && m!.end === j + 1 && sentenceWord && !after!.clitics?.prefixes.length && !articleWritten(ctx.text, after!) && !ctx.isPlace(j + 1) && !knownName(ctx, after) && !tokens[j]!.norm.startsWith('ال')) return false;
  if (role) return true;
  // أمين المتحف, أمين السر: in construct with a definite noun it is the role; not before an unlisted
  // family name in -ي (محمد أمين الزياني), which no role governs.
  const next = tokens[j + 1];
  const familyInI = next !== undefined && next.norm.endsWith('ي') && (definiteSurnameAt(ctx, tokens, j + 1) || (next.norm.startsWith('ال') && knownName(ctx, next))) && !ctx.isPlace(j + 1);
  return next !== undefined && j + 1 < sentence.tokenEnd && next.kind === 'word' && !next.clitics?.prefixes.length && articleWritten(ctx.text, next) && !familyInI;
}

/**
 * Is token j, read as ل + a stem, a surname that begins with ل (لقجع, لحلو)? Only right after a given
 * name, when the stem is no word, no verbal noun and no imperfect verb (لحضور, لتعزيز, ليؤكد are
 * purpose phrases), and the name ends right after it.
 */
export function ownLamSurname(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const c = tokens[j]!.clitics;
  if (c === undefined || c.article || c.prefixes.length !== 1 || c.prefixes[0] !== 'ل' || c.suffix !== undefined) return false;
  const stem = c.stem;
  // سيف الإسلام لاحتجازه: a listed noun or a derived verbal noun with its pronoun is «for his …» too.
  const bare = withoutPronoun(stem);
  if (stem.length < 3 || ctx.stop.has(stem) || ctx.people.common.has(stem) || ctx.people.verbs.has(stem) || ctx.nisba.has(stem) || derivedVerbalNoun(stem) || imperfectShape(stem) || ctx.notName(j)) return false;
  if (bare !== stem && (ctx.people.common.has(bare) || derivedVerbalNoun(bare))) return false;
  const next = tokens[j + 1];
  if (next === undefined || j + 1 >= sentence.tokenEnd || next.kind === 'punct' || COMPLEMENTIZERS.has(next.norm) || AFTER_LAM_SURNAME.has(next.norm)) return true;
  // فوزي لقجع رئيس الجامعة: a role in apposition; نادين لبكي بجائزة: ب and a listed noun, what the person won.
  const nc = next.clitics;
  if (next.kind === 'word' && nc === undefined && ctx.people.titles.longest(next.norm, j + 2, () => undefined) !== undefined) return true;
  if (nc !== undefined && nc.prefixes.length === 1 && nc.prefixes[0] === 'ب' && !nc.article && nc.suffix === undefined && ctx.people.common.has(nc.stem)) return true;
  // عبد الوافي لفتيت اجتماعات: a bare listed noun after it is the verb's object, and the name has ended.
  // (ل + an unlisted word before an unlisted one may be «to» a name: لفرانس برس.)
  // Three letters are too often a verbal noun no list holds (لشرح موقف: to explain a position).
  return stem.length >= 4 && next.kind === 'word' && !next.clitics?.prefixes.length && !next.norm.startsWith('ال') && wordIs(ctx.people, next, COMMON) && !ctx.isPlace(j + 1);
}

/** Prepositions that may follow a name whose ل is its own (غوتفريد لايبنتس حول, شكيب لعلج إلى), normalized. */
const AFTER_LAM_SURNAME = new Set(['حول', 'عن', 'مع', 'الي', 'في']);

/** Is the token, read as و + a stem, a transliterated surname that begins with و (وستنغهاوس)? */
export function ownWawSurname(ctx: NameContext, t: Token): boolean {
  const c = t.clitics;
  if (c === undefined || c.article || c.prefixes.length !== 1 || c.prefixes[0] !== 'و' || c.suffix !== undefined) return false;
  const stem = c.stem;
  return stem.length >= 5 && !ctx.stop.has(stem) && !ctx.people.common.has(stem) && !ctx.people.verbs.has(stem) && !ctx.people.given.has(stem) && !ctx.people.family.has(stem) && !ctx.people.ambiguous.has(stem) && !ctx.nisba.has(stem) && !ctx.people.titles.startsWith(stem) && (!imperfectShape(stem) || noImperfectYa(stem));
}

/**
 * روبرت ويلت إن, جيمس وايت ،: a short surname that begins with و after a transliterated given name, where
 * the name ends (a mark, the statement or a function word follows) and what is left after و is no word
 * and no name (جون وبيل is two people; جون وكان, وأكد go on with the sentence).
 */
export function shortWawSurname(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const c = tokens[k]!.clitics;
  if (c === undefined || c.article || c.prefixes.length !== 1 || c.prefixes[0] !== 'و' || c.suffix !== undefined || c.stem.length < 3) return false;
  const stem = c.stem;
  if (ctx.stop.has(stem) || ctx.people.common.has(stem) || ctx.people.verbs.has(stem) || ctx.people.pastVerbs.has(stem) || ctx.people.given.has(stem) || ctx.people.family.has(stem) || ctx.people.ambiguous.has(stem) || ctx.nisba.has(stem) || ctx.people.titles.startsWith(stem) || ctx.isPlace(k)) return false;
  const next = k + 1 < sentence.tokenEnd ? tokens[k + 1]! : undefined;
  return next === undefined || next.kind === 'punct' || COMPLEMENTIZERS.has(next.norm) || ctx.stop.has(next.norm);
}

/** The divine name, normalized: never a family name (آية الله is a title, عبد الله a compound). */
const ALLAH = 'الله';

/** A definite sound masculine plural (المؤمنين, المسلمين): a noun a role governs, no family name. */
function pluralNoun(n: string): boolean {
  return n.length >= 7 && (n.endsWith('ين') || n.endsWith('ون'));
}

/**
 * A bare unlisted word of a name's shape at k where the name ends after it (a mark, a function word or the
 * statement follows): no place, common word or accusative (نورة خليفة بوعلاي ، التي).
 */
function bareSurnameEnding(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const t = tokens[k]!;
  if (t.norm.startsWith('ال') || t.norm.length < 4 || t.norm.endsWith('ا') || ctx.isPlace(k) || !plausibleName(ctx, tokens, k)) return false;
  const next = k + 1 < sentence.tokenEnd ? tokens[k + 1]! : undefined;
  return next === undefined || next.kind === 'punct' || COMPLEMENTIZERS.has(next.norm) || ctx.stop.has(next.norm);
}

/**
 * After a transliterated name read to a listed family name, is token j a bare word no list knows, of no
 * verb's or noun's shape, right before where the sentence goes on: a mark, إن or أن?
 */
export function secondSurname(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  const { people } = ctx;
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics !== undefined || n.length < 4 || n.startsWith('ال') || n.startsWith('و')) return false;
  if (!people.family.has(tokens[j - 1]!.norm) || people.given.has(n) || people.family.has(n) || people.ambiguous.has(n) || people.common.has(n) || ctx.stop.has(n) || ctx.isPlace(j) || ctx.notName(j)) return false;
  // (ليونيل ميسي هدفا: an indefinite accusative in ا is the sentence's object.)
  // (سيباستيان فيتل سيشارك: a verb, listed or of an imperfect's shape, with the future's س too.)
  if (people.verbs.has(n) || people.pastVerbs.has(n) || (n.startsWith('س') && imperfectShape(n.slice(1)))) return false;
  if (imperfectShape(n) || NOUN_ENDINGS.some((e) => n.endsWith(e)) || (n.endsWith('ا') && !n.endsWith('يا')) || ctx.nisba.has(`ال${n}`)) return false;
  const next = j + 1 < sentence.tokenEnd ? tokens[j + 1]! : undefined;
  return next !== undefined && (next.kind === 'punct' || COMPLEMENTIZERS.has(next.norm));
}

/** Endings of Arabic nouns and verbs no transliterated surname has: ة, a pronoun, the plural in -ات, the past in ت. */
const NOUN_ENDINGS = ['ه', 'ها', 'هم', 'ات', 'ت'];
