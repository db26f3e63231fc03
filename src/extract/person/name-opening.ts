// The first unit of a person name (name-chain.ts reads the rest): a listed name, a compound, a connector
// and its object, or an unlisted word a title vouches for.
import type { Sentence, Token } from '../../schema.js';
import { articleWritten, mayBeFunctionWord } from '../common/spelling.js';
import { hasTanween } from '../lexicon/scan.js';
import { bareKey, formIn, tokenForms } from '../lexicon/token-forms.js';
import { articleLetters, letterNotProclitic } from './initial-letters.js';
import { compoundAt } from './compound.js';
import { foreignSurnameNext, monthMeant, nameNotParticle, patronymicWithArticle, SON_OF } from './chain-guards.js';
import type { NameContext } from './name-chain.js';
import { ALI, bareWord, connectorObject, maddaKunya, definiteSurnameAt, knownName, nameProclitics, plausibleName, pronounNotName } from './name-words.js';
import { accusative, adverbialAccusative, imperfectShape, lastLetter, likelyFirstName } from './word-shapes.js';
import { futureVerb } from './not-continuation.js';
import { compoundWithName, listedImperfectName, nameEndsHere, placeAsGivenName } from './opening-words.js';
import { nameInIdiom } from './name-idioms.js';
import { nameOnlyWithPronoun } from './suffixed-reading.js';
import { perLexiconWord } from '../lexicon/word-memo.js';
import type { PersonLexicon } from './lexicon.js';
import { AMBIGUOUS, COMMON, wordIs } from './word-classes.js';

/** Where a name opens at token i: its start offset, the index after its first unit, and what is known of it. */
export interface Opening {
  /** Original offset where the name starts (after proclitics on its first word). */
  start: number;
  /** Index one past the first unit read (a word, a compound name, a connector and its object). */
  j: number;
  /** How many listed words the first unit counts for. */
  known: number;
  /** The first unit is a family name: nothing follows it. */
  surname: boolean;
  /** The first unit is a listed name (or one a title vouches for). */
  firstKnown: boolean;
}

/**
 * Particles that only a verb follows (لم, لن, قد, سوف), normalized, alone or behind و or ل (لقد). Not فقد,
 * which is also the verb 'lost' (فقد محمد ابنه).
 */
const VERB_PARTICLES = new Set(['لم', 'لن', 'قد', 'سوف', 'ولم', 'ولن', 'وقد', 'لقد', 'ولقد', 'وسوف']);

/** Nouns of naming, normalized: «the name of», «the title of» before a lineage. */
const NAME_NOUNS = new Set(['اسم', 'لقب', 'كنيه']);

/** ناديا, the dual of نادي in construct, spelled like the name Nadia, normalized. */
const DUAL_CLUBS = new Set(['ناديا']);

/** أبا, the kunya in the accusative, normalized. */
const ACCUSATIVE_KUNYA = 'ابا';

/** Given names spelled like a word of time (صباح), normalized. */
const TIME_NAMES = new Set(['صباح']);

/** سان, سانت, سانتا, normalized: 'Saint' opening the names of places and houses. */
const SAINT = new Set(['سان', 'سانت', 'سانتا']);

/** The given name يحيى as folded (ى → ي), which is also the verb يحيي. */
const YAHYA = 'يحيي';

/** Bits of `starterWord`: a reading of the word is a name starter; it is one only with a pronoun split off. */
const STARTER = 1;
const ONLY_WITH_PRONOUN = 2;

/** readOpening's first test of a word, memoized per word: it runs for most tokens, most of them no name. */
const starterWord = perLexiconWord((people: PersonLexicon, t: Token) => (formIn(t, people.starters) ? STARTER : 0) | (nameOnlyWithPronoun(t, people.starters) ? ONLY_WITH_PRONOUN : 0));

/**
 * Reads the first unit of a person name at token i: a listed given or family name, a compound (عبد +),
 * a connector and its object (أبو بكر), a listed ambiguous name, or — when `unknownFirst` (after a title,
 * in quotes) — an unlisted word shaped like a first name. Undefined when no name opens there.
 */
export function readOpening(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, unknownFirst: boolean): Opening | undefined {
  const first = tokens[i];
  if (!first || first.kind !== 'word' || first.script !== 'arabic') return undefined;
  const { people } = ctx;
  // Most words can start no name: one set lookup per reading settles them before any other work.
  const starter = starterWord(people, first);
  if ((!unknownFirst && (starter & STARTER) === 0) || (starter & ONLY_WITH_PRONOUN) !== 0) return undefined;
  // وهنأ موسى: a word written with a final أ is a verb (هنأ, بدأ, لجأ) or a noun (مبدأ), never a name,
  // though it folds to one (هنا).
  if (lastLetter(ctx.text, first) === 0x0623) return undefined;
  // يحيي كاظم الساهر حفلا: the verb (performs, salutes) is written with a final ي; the name يحيى, which
  // folds to it, with ى.
  if (first.norm.endsWith(YAHYA) && lastLetter(ctx.text, first) === 0x064a /* ي */ && bareKey(first) === YAHYA) return undefined;
  // أم is also 'or'; before a listed name it is the kunya (أم كلثوم).
  const kunya = ctx.connectors.has(first.norm) && knownName(ctx, tokens[i + 1]) && i + 1 < sentence.tokenEnd;
  // الرئيس ستعقد: after a title, the future of a verb is the sentence going on.
  // صباح الأحمد: a given name spelled like a word of time, before a listed name that is no day.
  // (Or before a father's name with the article, as Gulf names are written: صباح الخالد الصباح.)
  // (… or of a word too, before the house's name: صباح السالم الصباح.)
  const father = i + 1 < sentence.tokenEnd && !tokens[i + 1]!.clitics?.prefixes.length ? tokens[i + 1]!.norm : '';
  const house = i + 2 < sentence.tokenEnd ? tokens[i + 2]! : undefined;
  const fatherWithArticle = patronymicWithArticle(ctx, father) || (father.startsWith('ال') && people.ambiguous.has(father.slice(2)) && house !== undefined && house.norm.startsWith('ال') && people.familyWords.has(house.norm));
  const timeName = TIME_NAMES.has(first.norm) && i + 1 < sentence.tokenEnd && (knownName(ctx, tokens[i + 1]) || fatherWithArticle) && !people.dayWords.has(tokens[i + 1]!.norm);
  if ((ctx.functionWordSpelled(first) && !kunya && !timeName) || hasTanween(ctx.text, first) || pronounNotName(ctx, first) || futureVerb(ctx, first.norm)) return undefined;
  // سان فرانسيسكو دي باولا, سان بول دي موزول: the saint after سان names a place or a house, not a person,
  // and a name does not begin after a particle of one (دي باولا).
  const before = i > sentence.tokenStart ? tokens[i - 1]!.norm : '';
  if (SAINT.has(before) || (ctx.people.particles.has(before) && !ctx.stop.has(before))) return undefined;
  // لم أنس, قد يحيى: these particles stand before a verb only, so the word after one is no name.
  if (VERB_PARTICLES.has(before)) return undefined;
  // A place of several words (أبو ظبي, بندر عباس, خان يونس) is not a name that happens to fit a chain.
  if (ctx.placeLength(i) >= 2) return undefined;
  if (monthMeant(tokens, i, sentence)) return undefined;
  // يتنافس ناديا الأهلي والزمالك: before a definite word ناديا is the dual of نادي in construct (the two
  // clubs), not Nadia.
  if (DUAL_CLUBS.has(bareKey(first)) && i + 1 < sentence.tokenEnd && !tokens[i + 1]!.clitics?.prefixes.length && tokens[i + 1]!.norm.startsWith('ال')) return undefined;
  // حسن الجوار, حسن النية: a noun of quality in a fixed phrase.
  if (nameInIdiom(ctx, tokens, i, sentence.tokenEnd)) return undefined;
  // فأبى الشعب: أبى written with ى is the verb 'refused', not the kunya أبي.
  if (refusedVerb(ctx, first)) return undefined;
  // وبنت المزيد, بنت الدولة: بنت opening a phrase is the verb 'built' unless a listed name follows it
  // (بنت محمد); after a name it joins the lineage (فاطمة بنت محمد, read by the chain).
  if ((first.norm === 'بنت' || first.norm === 'وبنت') && !(i + 1 < sentence.tokenEnd && (knownName(ctx, tokens[i + 1]) || ctx.connectors.has(tokens[i + 1]!.norm)))) return undefined;
  // A name that letter folds make identical to a function word (علي / على) needs a known name after it.
  const after = tokens[i + 1];
  // تم القبض علي محمد أحمد: after a verb or verbal noun that takes على, علي as Egyptian spelling writes the
  // preposition is the preposition, whatever name follows it (but not a lineage: حصل علي بن أبي طالب).
  if (first.norm === ALI && i > sentence.tokenStart && ctx.people.alaGovernors.has(bareKey(tokens[i - 1]!)) && !(after !== undefined && SON_OF.has(after.norm))) return undefined;
  // The future marker stands before verbs only, never a function word: سامر is no س + أمر.
  const collides = tokenForms(first).some((f) => ctx.stop.has(f.key) && !f.prefixes.includes('س')) && mayBeFunctionWord(ctx.text.slice(first.start, first.end));
  // … or opens a compound name that a title or a surname goes with (الوزير علي رضا زاكاني, علي أكبر
  // ولايتي; حصل على رضا الجمهور is the particle).
  // … or stands right after a reporting verb, which a preposition does not (قال علي القيسي إن).
  const afterVerb = i > sentence.tokenStart && formIn(tokens[i - 1]!, people.verbs);
  if (collides && !timeName && !(knownName(ctx, after) || (after !== undefined && ctx.connectors.has(after.norm)) || compoundWithName(ctx, tokens, i, sentence, unknownFirst) || ((unknownFirst || afterVerb) && nameNotParticle(ctx, tokens, i, sentence)))) return undefined;
  let start = -1;
  let surname = false;
  let j = i;
  let known = 0;
  const nameBefore = after !== undefined && !after.clitics?.prefixes.length && knownName(ctx, after);
  // المعروف بمحمد الفاتح, الملقب بعبد الرحمن الداخل: ب after a word of being known or called is «as».
  const namedAs = i > sentence.tokenStart && ctx.people.naming.has(bareKey(tokens[i - 1]!));
  for (const form of tokenForms(first)) {
    // Names take و and ل (ومحمد, لمحمد); behind ب, ف or ك a "name" is far more often a word (بدأنا),
    // but not a connector with its object (المعروف بابن خلدون, وأشاد بأبي بكر), nor a listed given name
    // behind و or ب before a listed name (وكلارنس سيدورف, فقد ثقته بإيهود أولمرت; كفله محمد is a verb and
    // its object).
    // واردا, وجودي: a common word, its accusative or its nisba, written whole, is no proclitic and a name
    // (but وجودي فوستر is: a name may follow).
    // والداه: so is its dual with a pronoun.
    const dualWithPronoun = first.norm.endsWith('اه') && people.common.has(first.norm.slice(0, -2));
    // وزيري الدفاع: an unlisted definite word after it is its complement, not a surname.
    if (form.prefixed && !(nameBefore || (i + 1 < sentence.tokenEnd && plausibleName(ctx, tokens, i + 1) && !tokens[i + 1]!.norm.startsWith('ال'))) && (dualWithPronoun || wordIs(people, first, COMMON) || ((first.norm.endsWith('ا') || first.norm.endsWith('ي')) && people.common.has(first.norm.slice(0, -1))))) continue;
    const nameLetters = form.prefixes.every((p) => p === 'و' || p === 'ل'); // this reading's own proclitics
    // وباتريك فييرا: the splitter read و + ب + اتريك, which is no word; و + a listed given name is the name.
    const listedBehindWaw = nameLetters && people.given.has(form.key) && !people.ambiguous.has(form.key) && first.clitics !== undefined && !people.common.has(first.clitics.stem) && !ctx.stop.has(first.clitics.stem);
    if (form.prefixed && !(nameLetters && (nameProclitics(first) || listedBehindWaw)) && !ctx.connectors.has(form.key) && !(nameBefore && (nameLetters || form.prefixes[form.prefixes.length - 1] === 'ب') && people.given.has(form.key)) && !(namedAs && form.prefixes.join('') === 'ب')) continue;
    // بابا is no ب + أبا: a preposition takes the genitive أبي, never the accusative.
    if (form.key === ACCUSATIVE_KUNYA && form.prefixes.some((p) => p === 'ب' || p === 'ل')) continue;
    const c = compoundAt(ctx, tokens, i, sentence, form.key);
    if (c > 0) {
      [start, j, known] = [form.start, i + c, 1];
      break;
    }
    if (people.given.has(form.key) || people.family.has(form.key)) {
      [start, j, known] = [form.start, i + 1, 1];
      // مبارك عبدالله المطيري: a family name that is a given name too (listed as a word) opens a chain.
      // تشنغ تشين وين: a Chinese family name comes first, and the given name after it, a bare word (not
      // بيونغ يانغ العودة: a word with the article is the sentence's).
      const chinese = people.chineseSurnames.has(form.key) && i + 1 < sentence.tokenEnd && chineseGivenNext(ctx, tokens[i + 1]!);
      surname = !people.given.has(form.key) && !(people.ambiguous.has(form.key) && knownName(ctx, tokens[i + 1])) && !chinese;
      break;
    }
    // أم is also 'or': as the first word it needs a known name after it (أم كلثوم), not any word.
    const nextOk = i + 1 < sentence.tokenEnd && (form.key === 'ام' ? knownName(ctx, tokens[i + 1]) : connectorObject(ctx, tokens, i + 1));
    // آيت opens no name on its own (آيت وياغر is a tribe); it joins a given name to a family's (خالد آيت الطالب).
    // آبي, with madda, is no kunya (Abe, Abiy): it opens a chain only before a listed name (آبي أحمد علي).
    if (ctx.connectors.has(form.key) && nextOk && form.key !== 'ايت' && !(maddaKunya(ctx, form.key, form.start) && !knownName(ctx, tokens[i + 1]))) {
      // أبو عبد الله: the connector's object may be a compound name, taken whole as further in the chain.
      [start, j, known] = [form.start, i + 1 + Math.max(1, compoundAt(ctx, tokens, i + 1, sentence, tokens[i + 1]!.norm)), 1];
      // بن أبي طالب, بن أبي جهل: an object that is a connector itself takes one more word, as further in
      // the chain (a name is never left on أبي).
      if (ctx.connectors.has(tokens[j - 1]!.norm) && j < sentence.tokenEnd && bareWord(ctx, tokens[j]!)) j++;
      break;
    }
  }
  // نهيان بن مبارك: a family name with بن after it is used as a given name, and the chain goes on.
  if (surname && j === i + 1 && j + 1 < sentence.tokenEnd && SON_OF.has(tokens[j]!.norm) && connectorObject(ctx, tokens, j + 1)) surname = false;
  // شكري المبخوت, فتحي الجبالي: a family name of the Arab given names in -ي is a given name too, before an
  // unlisted definite word (a foreign surname is not: بوتين الأحد, فرويد التنويم).
  const nameInI = first.norm.endsWith('ي') && !first.norm.startsWith('ال') && !people.foreign.has(first.norm);
  // So is a listed family name that is a given name spelled like a word too (بشارة الخوري).
  if (surname && (nameInI || wordIs(people, first, AMBIGUOUS)) && j === i + 1 && j < sentence.tokenEnd && definiteSurnameAt(ctx, tokens, j)) surname = false;
  let firstKnown = start >= 0;
  // A listed ambiguous name behind و or ل (وعادل فتحي): the name starts after the proclitic.
  const ambiguousForm = start < 0 ? tokenForms(first).find((f) => f.prefixed && people.ambiguous.has(f.key) && nameProclitics(first)) : undefined;
  // … or before a family name spelled like a word (ونبيل العربي), which stands only after a given name.
  if (ambiguousForm && i + 1 < sentence.tokenEnd && (knownName(ctx, tokens[i + 1]) || (!tokens[i + 1]!.clitics?.prefixes.length && people.familyWords.has(tokens[i + 1]!.norm)))) {
    [start, j, known] = [ambiguousForm.start, i + 1, 0];
  } else if (start < 0) {
    // Listed ambiguous names (ناجي, نادر) are names by the lexicon's word, whatever their first letter.
    const listed = wordIs(people, first, AMBIGUOUS);
    // An unlisted first word behind a proclitic (لوجود, بحزن after a title) is a phrase, not a name,
    // unless the word after the letter is no word either (ليليان after a cue: ل + يليان means nothing).
    // (Nor before بن or بنت and a name after a title: الشيخة بدور بنت سلطان, whatever ب + دور spells.)
    // (Not ل and an imperfect, «to»: ليخلف ابن طفيل.)
    const lineageAfter = unknownFirst && i + 2 < sentence.tokenEnd && first.clitics !== undefined && !imperfectShape(first.clitics.stem) && SON_OF.has(tokens[i + 1]!.norm) && connectorObject(ctx, tokens, i + 2);
    if (!listed && first.clitics !== undefined && first.clitics.prefixes.length > 0 && !(unknownFirst && (letterNotProclitic(ctx, first) || articleLetters(ctx, tokens, i, sentence.tokenEnd) || lineageAfter))) return undefined;
    // A pronoun on the word (خارجيتها: its ministry) makes it a noun, not a name.
    // … and so does ه after a listed noun of four letters or more (مدير ديوانه, his office), which the
    // splitter leaves on the word: a name in ه is short (طه) or no word without it (سيبويه).
    if (first.clitics?.suffix !== undefined || (first.norm.length >= 5 && lastLetter(ctx.text, first) === 0x0647 /* ه */ && people.common.has(first.norm.slice(0, -1)))) return undefined;
    // A foreign given name in -ا after a title (النائبة مارييتا جياناكو) is no accusative when a name word follows.
    // … nor one standing alone before the statement or a mark (الإمبراطور أشوكا إن); منح الملك وساما is
    // the accusative of a listed word.
    const foreignInA = unknownFirst && accusative(first.norm) && !imperfectShape(first.norm) && !ctx.people.common.has(first.norm.slice(0, -1)) && !ctx.people.common.has(first.norm.slice(0, -1) + 'ه') && (foreignSurnameNext(ctx, tokens, i + 1, sentence) || (!adverbialAccusative(first.norm) && nameEndsHere(tokens, i + 1, sentence)));
    // السلوفيني تاديه بوغاتشار: a transliterated name in -يه written with ه (French and Slavic -é, -ej), not
    // the abstract noun's ة, after a cue.
    const yehWritten = unknownFirst && first.norm.length >= 4 && first.norm.endsWith('يه') && lastLetter(ctx.text, first) === 0x0647 && !imperfectShape(first.norm) && !articleWritten(ctx.text, first);
    // معالي خليفة شاهين المرر: after a title, a listed name that is also a title's word opens the name
    // when a listed name follows it.
    const titledListed = listed && unknownFirst && knownName(ctx, tokens[i + 1]) && i + 1 < sentence.tokenEnd;
    // الأميرة سبيكة بنت إبراهيم: after a title, a word before بن or بنت and a name is the first name,
    // whatever else it spells (سبيكة, an ingot).
    // (Not a noun of naming: الفلكي اسم ابن الهيثم, the name of Ibn al-Haytham.)
    const titledLineage = unknownFirst && i + 2 < sentence.tokenEnd && !first.norm.startsWith('ال') && !NAME_NOUNS.has(first.norm) && SON_OF.has(tokens[i + 1]!.norm) && connectorObject(ctx, tokens, i + 2);
    if (!(unknownFirst || wordIs(people, first, AMBIGUOUS)) || !(plausibleName(ctx, tokens, i) || titledListed || titledLineage || timeName || placeAsGivenName(ctx, tokens, i) || listedImperfectName(ctx, tokens, i, sentence, unknownFirst)) || (!listed && !titledLineage && !likelyFirstName(first.norm, articleWritten(ctx.text, first)) && !foreignInA && !yehWritten)) return undefined;
    [start, j] = [first.start, i + 1];
    // After a title a listed name is a name whatever else it means (الدكتور عزيز الدويك): known, and
    // followed by a family name as a known given name is.
    if (wordIs(people, first, AMBIGUOUS)) {
      known = unknownFirst ? 1 : 0;
      firstKnown = unknownFirst;
    }
  }
  return { start, j, known, surname, firstKnown };
}

/** أبى, folded to ابي: written with ى, alone or behind و or ف, it is the verb 'refused'. */
function refusedVerb(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  if (n !== 'ابي' && n !== 'وابي' && n !== 'فابي') return false;
  return ctx.text.charCodeAt(t.end - 1) === 0x0649; // ى
}

/** Can the word after a Chinese family name be the given name: a bare word, no article, proclitic or word of the sentence? */
function chineseGivenNext(ctx: NameContext, t: Token): boolean {
  return t.kind === 'word' && !t.norm.startsWith('ال') && !t.clitics?.prefixes.length && !ctx.stop.has(t.norm) && !wordIs(ctx.people, t, COMMON) && !ctx.people.verbs.has(t.norm);
}
