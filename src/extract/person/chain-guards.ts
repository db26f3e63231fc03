// Words around a name chain that decide where it starts or goes on: a month that is also a name, the
// particle على spelled like علي, a kunya before a place-named family, بن after a family name, a Gulf
// patronymic with the article, the surname after a foreign given name in -ا, an honorific that is a given
// name inside one (محمد السيد شعبان), the answer of أما after the name it sets up.
import type { Sentence, Token } from '../../schema.js';
import type { NameContext } from './name-chain.js';
import { bareKey } from '../lexicon/token-forms.js';
import { bareWord, buSurname, COMPLEMENTIZERS, definiteSurnameAt, knownName, KUNYA, plausibleName } from './name-words.js';
import { accusative, imperfectShape, lastLetter } from './word-shapes.js';
import { compoundAt } from './compound.js';
import { letterNotProclitic } from './initial-letters.js';
import { AMBIGUOUS, COMMON, FAMILY, GIVEN, wordIs } from './word-classes.js';

/** 'Son / daughter of', normalized: after a family name it makes the family name a given name. */
export const SON_OF = new Set(['بن', 'ابن', 'بنت']);

/** Months that are also names (رمضان, شعبان, رجب; ماي, the Maghrebi May), normalized. */
const NAME_MONTHS = new Set(['رمضان', 'شعبان', 'رجب', 'ماي']);
/** 'Month' before one (شهر رمضان). */
const MONTH_WORDS = new Set(['شهر', 'الشهر']);
/** What follows such a month, not a name: its epithets and the words that place it in time. */
const MONTH_EPITHETS = new Set(['المبارك', 'الكريم', 'المعظم', 'الفضيل', 'المقبل', 'الماضي', 'الحالي', 'القادم', 'الجاري']);

/** رمضان المبارك, شهر رمضان: the month, not the man named after it. */
export function monthMeant(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  const word = t.clitics?.prefixes.length ? t.clitics.stem : t.norm;
  if (!NAME_MONTHS.has(word)) return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  return (next !== undefined && i + 1 < sentence.tokenEnd && MONTH_EPITHETS.has(next.norm)) || (before !== undefined && i > sentence.tokenStart && MONTH_WORDS.has(bareKey(before)));
}

/**
 * After a title, علي written with ي and followed by nothing a preposition governs (punctuation, a
 * number, another preposition or an auxiliary, a word with و) is the name: الإمام علي في, الإمام علي
 * ورجاله. The particle على always has an object after it.
 */
export function nameNotParticle(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  if (ctx.text.charCodeAt(t.end - 1) !== 0x064a /* ي */) return false;
  const next = tokens[i + 1];
  if (next === undefined || i + 1 >= sentence.tokenEnd || next.kind !== 'word') return true;
  if (next.clitics?.prefixes[0] === 'و' || NO_OBJECT.has(next.norm)) return true;
  // الدكتور علي جمعة: a bare word no list knows and shaped like a name, then what ends a name; على
  // governs a definite noun, a pronoun or a common word (على القرار, على رأس, على هامش). A listed family
  // name may follow the bare word (علي جبار الموسوي).
  const third = i + 2 < sentence.tokenEnd ? tokens[i + 2] : undefined;
  const surnameAfter = third !== undefined && !third.clitics?.prefixes.length && wordIs(ctx.people, third, FAMILY);
  // من تأليف علي عبد القوي وإخراج, الشيخ علي عبد الله إن: a compound name, then what ends a name.
  const compound = compoundAt(ctx, tokens, i + 1, sentence, next.norm);
  if (compound > 0) {
    const after = tokens[i + 1 + compound];
    // (… or a listed name after it, the father's or the family's, where علي is written with ي: الرئيس علي
    // عبد الله صالح; وافق على عبد الله صالح is the preposition.)
    const ya = ctx.text.charCodeAt(tokens[i]!.end - 1) === 0x064a; /* ي */
    const listedAfter = ya && after !== undefined && !after.clitics?.prefixes.length && (wordIs(ctx.people, after, GIVEN | AMBIGUOUS));
    return after === undefined || i + 1 + compound >= sentence.tokenEnd || after.kind !== 'word' || after.clitics?.prefixes[0] === 'و' || wordIs(ctx.people, after, FAMILY) || listedAfter || nameEndsAt(ctx, tokens, i + 1 + compound, sentence);
  }
  // A listed name that is also a word (اللواء علي فاضل عمران, علي أمين), as written, goes as a bare one.
  if (wordIs(ctx.people, next, AMBIGUOUS)) return surnameAfter || knownName(ctx, third) || nameEndsAt(ctx, tokens, i + 2, sentence);
  // الرئيس التنفيذي علي البقالي إن, المتحدث باسم الحكومة علي الدباغ إن: an unlisted definite family name
  // (no common word, no country's adjective), then what ends a name.
  if (definiteSurnameAt(ctx, tokens, i + 1) && !ctx.notName(i + 1) && nameEndsAt(ctx, tokens, i + 2, sentence)) return true;
  // (A surname whose first letter the splitter reads as a proclitic, no word behind it: علي كوشيب.)
  return (bareWord(ctx, next) || buSurname(ctx, next) || (!next.clitics?.article && letterNotProclitic(ctx, next))) && plausibleName(ctx, tokens, i + 1) && !wordIs(ctx.people, next, COMMON) && !ctx.notName(i + 1) && (surnameAfter || nameEndsAt(ctx, tokens, i + 2, sentence));
}

/** Punctuation, the end of the sentence, إن/أن or a role in apposition (مفتي الديار) after a name: it ends there. */
function nameEndsAt(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j];
  // (… or the next name of a list: والحارس علي خصيف وحمد محمد.)
  const nextName = t !== undefined && t.clitics?.prefixes.length === 1 && t.clitics.prefixes[0] === 'و' && !t.clitics.article && ctx.people.given.has(t.clitics.stem);
  return t === undefined || j >= sentence.tokenEnd || t.kind !== 'word' || COMPLEMENTIZERS.has(t.norm) || NO_OBJECT.has(t.norm) || ctx.people.titles.startsWith(t.norm) || nextName;
}

/** Words no preposition governs (other prepositions, auxiliaries, negations), normalized: على is never followed by one. */
const NO_OBJECT = new Set(['في', 'الي', 'إلى', 'عن', 'مع', 'ثم', 'قد', 'لم', 'لن', 'منذ', 'عندما', 'حين', 'حيث', 'بن']);

/**
 * A kunya inside a name whose object is a one-word place (هاني أبو ريدة, محمد أبو غزالة): after a known
 * name the pair is a family name. A place of several words (أبو ظبي) is still the place.
 */
export function kunyaPlace(ctx: NameContext, tokens: readonly Token[], j: number, afterKnownName: boolean): boolean {
  return afterKnownName && KUNYA.has(tokens[j]!.norm) && ctx.placeLength(j) < 2 && ctx.placeLength(j + 1) === 1 && bareWord(ctx, tokens[j + 1]!);
}

/** ال + a listed given name (الأحمد, الجابر, العبدالله): a patronymic inside a name, not a family name that ends it. */
export function patronymicWithArticle(ctx: NameContext, norm: string): boolean {
  // A father's name is a man's: ال + a woman's name is another word (زار ابن بطوطة الهند: India, not ال + هند).
  const name = norm.slice(2);
  return norm.length >= 5 && norm.startsWith('ال') && ctx.people.given.has(name) && !ctx.people.female.has(name) && !ctx.connectors.has(name);
}

/** Is token j a bare unlisted word that can stand as a surname (no article, no proclitic, no word a list knows)? */
export function foreignSurnameNext(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j];
  if (t === undefined || j >= sentence.tokenEnd) return false;
  if (knownName(ctx, t)) return true; // فيرنر, listed, though its ف reads as a proclitic
  return !t.norm.startsWith('ال') && !t.clitics?.prefixes.length && !accusative(t.norm) && plausibleName(ctx, tokens, j) && !imperfectShape(t.norm);
}

/**
 * The form-I verbal noun فُعول (وقوع, وصول, خروج, هجوم), normalized: after an Arabic given name, ب + one
 * (نصر الله بوقوع) is a preposition phrase, not a surname that begins with ب. Not after a transliterated
 * name, whose surnames take that shape (أندريه بوبوف).
 */
export function fuulVerbalNoun(n: string): boolean {
  // Roots opening with ي hardly take it: بيرول is a surname, not ب + يرول; nor with a hamza, which the
  // folding leaves a bare alef: باتون is a surname, not ب + أتون.
  return n.length === 4 && n.charCodeAt(2) === 0x0648 /* و */ && n.charCodeAt(1) !== 0x0627 && n.charCodeAt(1) !== 0x0648 && n.charCodeAt(0) !== 0x064a /* ي */ && n.charCodeAt(0) !== 0x0627;
}

/** Titles that are names too (السيد, الحاج, القاضي), normalized with the default options. */
const TITLE_NAMES = new Set(['السيد', 'الحاج', 'القاضي']);
/** شيخ without the article, inside a name only between two given names; أمير so too (حسين أمير عبد اللهيان). */
const SHEIKH = 'شيخ';
const AMIR = 'امير';
/** الشيخ, normalized. */
const DEFINITE_SHEIKH = 'الشيخ';

/**
 * Is the title at j a name inside the name being read (محمد السيد شعبان, فاطمة السيد أبو العلا, نبيل
 * الحاج موسى)? After a listed name, before another listed name or a kunya; at the end of the phrase after
 * two listed names (جمال فاروق السيد ،), or after one before what opens a statement or the sentence's
 * end (وقال باسل الحاج إن, مازن القاضي ،). Elsewhere it titles the next person.
 */
/** Year nouns, normalized: before a number they date the sentence (عام 2008). */
const YEAR_NOUNS = new Set(['عام', 'سنه']);

export function titleAsName(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence, known: number): boolean {
  const next = j + 1 < sentence.tokenEnd ? tokens[j + 1] : undefined;
  // حسن شيخ محمود, شريف شيخ أحمد: Somali names carry شيخ between two given names.
  // حسين أمير عبد اللهيان: so does a Persian name أمير, before a listed name or عبد.
  if (tokens[j]!.norm === AMIR) return known >= 1 && next !== undefined && !next.clitics?.prefixes.length && (wordIs(ctx.people, next, GIVEN) || next.norm === 'عبد');
  if (tokens[j]!.norm === SHEIKH) return known >= 1 && next !== undefined && !next.clitics?.prefixes.length && wordIs(ctx.people, next, GIVEN);
  // حسين الشيخ ،: الشيخ after a given name is the family name where the name ends; before a name it is the
  // next person's title (التقى الملك عبدالله الشيخ محمد بن زايد).
  if (tokens[j]!.norm === DEFINITE_SHEIKH) return known >= 1 && (next === undefined || next.kind === 'punct' || COMPLEMENTIZERS.has(next.norm));
  if (!TITLE_NAMES.has(tokens[j]!.norm)) return false;
  if (next === undefined || next.kind === 'punct' || COMPLEMENTIZERS.has(next.norm)) return known >= 1;
  // أحمد لطفي السيد وعباس محمود العقاد: before the next name of a list, joined by و, it ends the name (a
  // title is never followed by و).
  // (… or before the next holder of a list of roles: اللواء جميل السيد ومدير عام قوى الأمن.)
  if (known >= 1 && next.clitics?.prefixes.length === 1 && next.clitics.prefixes[0] === 'و' && (ctx.people.given.has(next.clitics.stem) || ctx.people.titles.startsWith(next.clitics.stem) || ctx.people.titles.startsWith(`ال${next.clitics.stem}`))) return true;
  // بحبس محمود عبد الرحمن السيد 4 أيام: before a number, no one else is titled: the name ends in the family name.
  if (known >= 1 && next.kind === 'number') return true;
  // عزة محمود السيد لموقع: before ل or ب and a listed noun no one else is titled either.
  const nc = next.clitics;
  if (known >= 1 && nc !== undefined && nc.prefixes.length === 1 && (nc.prefixes[0] === 'ل' || nc.prefixes[0] === 'ب') && ctx.people.common.has(nc.stem)) return true;
  // مصطفى السيد عام 2008: nor before the year.
  if (known >= 1 && YEAR_NOUNS.has(next.norm) && j + 2 < sentence.tokenEnd && tokens[j + 2]!.kind === 'number') return true;
  if (next.clitics?.prefixes.length || ctx.stop.has(next.norm)) return false; // محمد السيد علي: على?
  // محمد السيد برونزية: a word written with ة after the masculine title is no name it could title (the
  // men's names in ة are listed), so the name has ended.
  if (known >= 1 && !next.norm.startsWith('ال') && lastLetter(ctx.text, next) === 0x0629 /* ة */ && !knownName(ctx, next)) return true;
  if (knownName(ctx, next) || wordIs(ctx.people, next, AMBIGUOUS) || ctx.connectors.has(next.norm)) return true;
  // جليلة السيد مشروع التأمين: before a bare listed noun, the verb's object, no one else is titled: the
  // name ends in the family name.
  if (known >= 1 && !next.norm.startsWith('ال') && wordIs(ctx.people, next, COMMON) && !ctx.people.titles.startsWith(next.norm)) return true;
  // محمد السيد الشحات: before an unlisted family name with the article, after a listed name.
  return known >= 1 && next.norm.startsWith('ال') && !ctx.notName(j + 1) && plausibleName(ctx, tokens, j + 1);
}

/**
 * ابن before a common noun inside a name describes the person (نعوم شومسكي ابن رجل متخصص: the son of a
 * man); ابن written with its alef mid-name is the noun, بن the connector of a lineage.
 */
export function sonOfCommonNoun(ctx: NameContext, connector: Token, object: Token): boolean {
  return connector.norm === 'ابن' && !object.clitics?.prefixes.length && wordIs(ctx.people, object, COMMON);
}

/**
 * علي بن عيسى بن الجراح, أبو الحسن بن الفرات: deep in a lineage, بن takes a definite family name (a word,
 * a place), which ends the name; so it does right after a given name. ابن الوزير is the minister's son
 * (connectorObject).
 */
export function familyOfLineage(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence, run: { i: number; sonOf: boolean; firstKnown: boolean; firstAmbiguous: boolean; unknownFirst: boolean }): boolean {
  const next = tokens[j + 1];
  if (next === undefined || j + 1 >= sentence.tokenEnd || tokens[j]!.norm !== 'بن') return false;
  // القاضي أسد بن الفرات: right after a listed given name too (one that is also a word, or any first name
  // after a title), a definite word no list holds as common (a place's name as well) is the forefather's.
  const afterGiven = (run.firstKnown || run.firstAmbiguous || run.unknownFirst) && j === run.i + 1 && !wordIs(ctx.people, next, COMMON) && !ctx.people.common.has(next.norm.slice(2));
  if (!(run.sonOf || ctx.connectors.has(bareKey(tokens[run.i]!)) || afterGiven)) return false;
  // (A word of a trade is a family's name here too: بن الجراح, بن الخطيب.)
  return next.kind === 'word' && !next.clitics?.prefixes.length && next.norm.startsWith('ال') && next.norm.length > 4 && !ctx.stop.has(next.norm);
}

/** A listed given or family name, bare and no word of the lists: the name goes on after a definite given name. */
export function grandfatherAfter(ctx: NameContext, t: Token): boolean {
  const { people } = ctx;
  return t.kind === 'word' && !t.clitics?.prefixes.length && !t.norm.startsWith('ال') && (wordIs(people, t, GIVEN | FAMILY)) && !wordIs(people, t, AMBIGUOUS | COMMON);
}

/** أما with و or ف before it, folded and as written (normalization may keep the hamza). */
const AMMA = new Set(['اما', 'واما', 'فاما', 'أما', 'وأما', 'فأما']);

/**
 * أما ابن رشد فشرح أرسطو: after أما the name is the topic, and the word with ف is the answer that
 * follows it, never part of the name.
 */
export function ammaAnswer(tokens: readonly Token[], i: number, t: Token, sentence: Sentence): boolean {
  return i > sentence.tokenStart && t.clitics?.prefixes[0] === 'ف' && AMMA.has(tokens[i - 1]!.norm);
}
