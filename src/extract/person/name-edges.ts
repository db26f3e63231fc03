// Where a name begins and ends around its cue: one unlisted word after a role (السيد شيمزو من), a listed
// family name alone after one (الرئيس بري قال), a Maghrebi first name with the article (in
// maghrebi-given.ts), باسم «by the name» before one (المعروف باسم ابن بطوطة), an unlisted given name before
// بن or دي (والخليل بن أحمد, ستافان دي ميستورا), and a lone family name that is an adjective of the noun
// before it (الطيران الحربي).
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { SON_OF } from './chain-guards.js';
import { bareKey, formIn, NO_PREFIXES } from '../lexicon/token-forms.js';
import { readingKey } from '../../segment/finish-tokens.js';
import { titleAt } from './context.js';
import type { NameContext } from './name-chain.js';
import { COMPLEMENTIZERS, isFunctionWord, possessed } from './name-words.js';
import { letterNotProclitic } from './initial-letters.js';
import { adverbialAccusative, imperfectShape, lastLetter, noImperfectYa, withoutPronoun } from './word-shapes.js';

/**
 * Prepositions that may follow a name standing alone after a role (والجنرال سلفستري من, السيد شيمزو إلى),
 * keyed like the tokens (إلى folds to الي). Not على, which folds to the name علي.
 */
const afterLoneName = keyedSetOf(['من', 'في', 'إلى', 'عن', 'مع']);

/** Adjectives of continents and regions (no country's, which the nisba lexicon holds), masculine singular. */
const regionAdjectives = keyedSetOf(['أفريقي', 'إفريقي', 'أوروبي', 'آسيوي', 'لاتيني', 'عربي', 'خليجي', 'مغاربي', 'أطلسي', 'متوسطي', 'إسكندنافي', 'بلقاني', 'قوقازي', 'أجنبي', 'دولي', 'عالمي', 'محلي', 'غربي', 'شرقي', 'شمالي', 'جنوبي']);

/**
 * One unlisted word after a role that ends where a name would: before punctuation, a preposition or the
 * statement (الإمبراطور أشوكا إن), bare, not the accusative of a listed word (منح الملك وساما), no -ه or -ة.
 */
export function loneNameAfterRole(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence, key: (s: string) => string): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const n = t.norm;
  // السلطان برقوق ،: a first letter read as a proclitic is the name's own when what is left is no word;
  // not ل, which after a role names the body it is held in (الرئيس التنفيذي لشاري ،).
  const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
  // A word in -ا is the accusative of a listed word (منح الملك وساما .), or a name (الإمبراطور أشوكا إن).
  const accusativeOfWord = n.endsWith('ا') && (ctx.people.common.has(n.slice(0, -1)) || ctx.people.common.has(n.slice(0, -1) + 'ه') || adverbialAccusative(n));
  // أفضل لاعب أفريقي: an indefinite nisba after the role, of a country or a region, is its adjective.
  if ((prefixes.length > 0 && (prefixes.includes('ل') || !letterNotProclitic(ctx, t))) || n.startsWith('ال') || accusativeOfWord || n.endsWith('ه') || n.length < 3 || ctx.people.common.has(n) || ctx.connectors.has(n) || ctx.bodyWord(t) || ctx.nisba.has(`ال${n}`) || regionAdjectives(key).has(n)) return false;
  // A verb goes on from the role (المدرب سيشارك, الوزير قال): a future, or a listed verb. (An imperfect in ي
  // is no name anyway: plausibleName turns it away; names open with ت and أ too often to turn those away.)
  if ((n.charCodeAt(0) === 0x0633 /* س */ && imperfectShape(n.slice(1))) || ctx.people.verbs.has(n) || ctx.people.pastVerbs.has(n)) return false;
  return k + 1 >= sentence.tokenEnd || next === undefined || next.kind === 'punct' || afterLoneName(key).has(next.norm) || COMPLEMENTIZERS.has(next.norm);
}

/** How far back a word of naming may stand from باسم (وعرف في أوروبا باسم أفيسينا; ويعرف قائد الدعم السريع على نطاق واسع باسم حميدتي). */
const NAMING_REACH = 7;

/** باسم, keyed: asked at every token the person scan visits. */
export const byTheNameWord = perKeyer((key) => key('باسم'));

/**
 * Is token i باسم meaning «by the name» (المعروف باسم ابن بطوطة, وعرف في أوروبا باسم أفيسينا), with a
 * word of being known or called shortly before it? Then the name starts after it; باسم is no given name.
 */
export function byTheName(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, key: (s: string) => string): boolean {
  if (tokens[i]!.norm !== byTheNameWord(key)) return false;
  for (let k = i - 1; k >= sentence.tokenStart && i - k <= NAMING_REACH; k--) {
    // Any reading: ولدت is the verb as written, though the splitter also reads و + لدت.
    if (formIn(tokens[k]!, ctx.people.naming)) return true;
  }
  return false;
}

/** و or ل, the proclitics a name may carry. */
export const wawOrLam = (p: string): boolean => p === 'و' || p === 'ل';

/**
 * Where the given name before a chain that opens with بن or بنت, or with the particle of a European name,
 * starts (والخليل بن أحمد الفراهيدي, ستافان دي ميستورا): a word there is the name's own first word, listed
 * or not, unless it is a word of the sentence: a function word, verb, common word, nisba, title or
 * organization head. -1 when there is none.
 */
export function givenBeforeSonOf(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): number {
  if (i - 1 < sentence.tokenStart || !(SON_OF.has(tokens[i]!.norm) || ctx.people.particles.has(tokens[i]!.norm))) return -1;
  const before = tokens[i - 1]!;
  // زيادة الله بن إبراهيم: a name in الله, whose first word is a noun (زيادة, فضل, هبة), before بن.
  if (before.norm === ALLAH && i - 2 >= sentence.tokenStart && SON_OF.has(tokens[i]!.norm)) {
    const noun = tokens[i - 2]!;
    if (noun.kind === 'word' && noun.script === 'arabic' && !noun.clitics?.prefixes.length && !noun.norm.startsWith('ال') && noun.norm.length >= 3 && !isFunctionWord(ctx, noun.norm) && !ctx.people.verbs.has(noun.norm) && !ctx.people.pastVerbs.has(noun.norm) && !ctx.people.titles.startsWith(noun.norm)) return noun.start;
  }
  // The reading the splitter chose: ستافان has an alternative with the future marker, not the word's own.
  // (بيوسف بن تاشفين: ب too, before a listed given name, checked below.)
  const prefixes = before.clitics?.prefixes ?? NO_PREFIXES;
  if (before.kind !== 'word' || before.script !== 'arabic' || !prefixes.every((p) => wawOrLam(p) || p === 'ب')) return -1;
  const k = before.clitics?.prefixes.length ? readingKey(before.clitics) : before.norm;
  const bare = k.startsWith('ال') ? k.slice(2) : k;
  // عالجه ابن سينا, أشهرهم ابن جني: a word with a pronoun is a verb or a noun of the sentence; ليخلف ابن
  // طفيل: ل before an imperfect says why.
  if (lastLetter(ctx.text, before) === 0x0647 /* ه */ || k.endsWith('هم') || k.endsWith('ها') || (before.clitics?.prefixes.includes('ل') && imperfectShape(k))) return -1;
  // الفيلسوف الأندلسي ابن رشد, الرحالة المغربي ابن بطوطة: a definite nisba after a definite noun is its
  // adjective, and the name starts at ابن.
  if (prefixes.length === 0 && k.startsWith('ال') && k.endsWith('ي') && i - 2 >= sentence.tokenStart && tokens[i - 2]!.kind === 'word' && tokens[i - 2]!.norm.startsWith('ال') && !ctx.people.given.has(k) && !ctx.people.definiteGiven.has(k)) return -1;
  if (k.length < 3 || isFunctionWord(ctx, k) || ctx.people.verbs.has(k) || ctx.people.pastVerbs.has(k) || ctx.people.common.has(k) || ctx.people.common.has(bare) || (ctx.nisba.has(k) && !ctx.people.ambiguous.has(k))) return -1;
  // وتتسلم بن حميدة الجائزة: an unlisted word shaped like an imperfect verb is the sentence's (names of that
  // shape, يوسف, يزيد, are listed). A word in ة is not turned away: Maghrebi family names in بن follow
  // women's names (سنية بن عمار), and old names in ة are men's (جارية بن قدامة).
  const listed = ctx.people.given.has(k) || ctx.people.family.has(k) || ctx.people.ambiguous.has(k);
  if (prefixes.includes('ب') && !ctx.people.given.has(k)) return -1;
  // لميلاد ابن سينا: ل on a given name that is a word too (ميلاد: birth), before ابن written with its alef,
  // is «for the …» and the name starts at ابن.
  if (prefixes.includes('ل') && ctx.people.ambiguous.has(k) && tokens[i]!.norm === 'ابن') return -1;
  // (Before فان, تيودوروس is a name; so is a long word in ي of no imperfect's shape: يغمراسن بن زيان.)
  if (!listed && imperfectShape(k) && !noImperfectYa(k) && SON_OF.has(tokens[i]!.norm)) return -1;
  // أملى ابن بطوطة, أهدى ابن سينا: an unlisted word of four letters written أ…ى is a past verb of form IV
  // (أملى, أجرى, أبدى); the names of that shape (أروى) are listed.
  if (!listed && k.length === 4 && !prefixes.length && ctx.text.charCodeAt(before.start) === 0x0623 /* أ */ && lastLetter(ctx.text, before) === 0x0649 /* ى */) return -1;
  // خدم ابن سينا, درس ابن رشد: an unlisted word of three letters opening the sentence or a clause after a
  // mark, before ابن (not بن, the form inside a lineage), is a past verb; three-letter names are listed.
  // So is one of four written أ… (أثبت ابن الهيثم, أسس ابن تومرت: أفعل, form IV); the names of that shape
  // (أحمد, أشرف, أيمن) are listed.
  const clauseStart = i - 1 === sentence.tokenStart || tokens[i - 2]!.kind === 'punct';
  if (!listed && (k.length === 3 || (k.length === 4 && !prefixes.length && ctx.text.charCodeAt(before.start) === 0x0623 /* أ */)) && clauseStart && tokens[i]!.norm === IBN) return -1;
  // A place is a name too here (الخليل: Hebron, and the grammarian's given name); titles and heads are not.
  // A listed name spelled like a nisba (تركي بن فهد) is the given name here.
  if (titleAt(ctx, tokens, i - 1, sentence) !== undefined || (ctx.notName(i - 1) && !ctx.isPlace(i - 1) && !ctx.people.ambiguous.has(k))) return -1;
  return before.clitics?.prefixes.length ? before.clitics.baseStart : before.start;
}

/** ابن with its alef, normalized: the form that opens a name, not the one inside a lineage. */
const IBN = 'ابن';

/** The divine name, normalized: the second word of a name in الله. */
const ALLAH = 'الله';

/** What may follow a surname standing alone after a role: the complementizer, with its pronoun or not. */
const AFTER_SURNAME = keyedSetOf(['أن', 'إن', 'ان', 'أنه', 'إنه', 'أنها', 'إنها']);

/**
 * A family name alone after a role, where the name ends (الرئيس الأسد :, الرئيس بري قال, الرئيس مشرف إن):
 * a listed family name, then punctuation, إن / أن, a preposition or a verb. Unlisted words there are the
 * role's adjectives (الزعيم الحازم ،, المتهم الوحيد في), and so are a family name of nisba shape or one
 * spelled like a word before anything but a statement (رئيس الوزراء الكردي في بيان, الأديب الكبير .).
 */
/** Titles of heads of state, normalized: the word after one is a man (الرئيس الأسد). */
const RULERS = new Set(['الرئيس', 'الملك', 'الامير', 'السلطان', 'الزعيم']);

export function surnameAfterRole(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence, key: (s: string) => string): boolean {
  const t = tokens[k];
  if (t === undefined || k >= sentence.tokenEnd || t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length) return false;
  const n = t.norm;
  if (ctx.nisba.has(n) || ctx.people.titles.startsWith(n) || ctx.people.ordinals.has(n) || ctx.people.given.has(n)) return false;
  if (!(ctx.people.family.has(n) || ctx.people.familyWords.has(n))) return false;
  const next = tokens[k + 1];
  const end = k + 1 >= sentence.tokenEnd || next === undefined;
  const b = end ? '' : bareKey(next);
  const statement = !end && (AFTER_SURNAME(key).has(next.norm) || next.norm === ':' || ctx.people.verbs.has(b) || ctx.people.pastVerbs.has(b));
  // A name spelled like a word (الأسد, بري, مشرف) or like an adjective needs the statement after it: before
  // punctuation or a preposition it is the role's adjective (الأديب الكبير ., الفريق الضيف في).
  // (A noun of three letters is no adjective, الأسد: the lion; after a role it is the man before a
  // preposition too: الرئيس الأسد في خطاب.)
  // (Only after a ruler's or president's title: الفريق الضيف في is the visiting team.)
  const threeLetterNoun = n.startsWith('ال') && n.length === 5 && !n.endsWith('ي') && k > sentence.tokenStart && RULERS.has(tokens[k - 1]!.norm);
  // للرئيس عون والبيان, استقبل الرئيس عون نائبة المبعوث: a bare word after a ruler's definite title is
  // neither its adjective nor its genitive (neither is indefinite after the article): it is the man.
  const bareAfterRuler = !n.startsWith('ال') && !n.endsWith('ي') && k > sentence.tokenStart && RULERS.has(bareKey(tokens[k - 1]!));
  if (bareAfterRuler) return true;
  if ((n.endsWith('ي') || !ctx.people.family.has(n)) && !threeLetterNoun) return statement;
  return end || statement || next.kind === 'punct' || afterLoneName(key).has(next.norm);
}

/**
 * A lone family name of nisba shape right after a definite noun is an adjective agreeing with it
 * (الطيران الحربي, التقرير الشهري, الفريق الفاسي): family names of that shape (الحربي, الشهري) are
 * spelled like the adjectives they came from. Alone after a verb or a preposition it stays a name.
 */
export function agreesWithNounBefore(ctx: NameContext, tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (i <= sentenceStart || t.clitics?.prefixes.length || !t.norm.startsWith('ال') || !t.norm.endsWith('ي')) return false;
  const before = tokens[i - 1]!;
  const key = bareKey(before);
  // والتقى السيسي: a verb that begins with the letters of the article (التقى, التزم) is no definite noun.
  // تقريرها الشهري: a noun with its pronoun is definite too, and the nisba its adjective (a verb with its
  // object pronoun is not: يحتله الزرقاوي, استقبله الشهري).
  const stem = withoutPronoun(key);
  const noun = possessed(ctx, key) && stem.charCodeAt(0) !== 0x064a /* ي */ && !ctx.people.pastVerbs.has(stem) && !ctx.people.verbs.has(stem) && !stem.startsWith('است');
  return before.kind === 'word' && before.script === 'arabic' && (key.startsWith('ال') || noun) && !ctx.people.pastVerbs.has(key) && !ctx.people.verbs.has(key);
}
