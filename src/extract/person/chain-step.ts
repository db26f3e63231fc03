import type { Sentence, Token } from '../../schema.js';
import { compoundAt } from './compound.js';
import { repeatsName } from './repeated-name.js';
import { constructWithCommon, particlePair, particleWord, roleInConstruct } from './construct-words.js';
import { OPENING_QUOTES } from '../common/quotes.js';
import { bareKey, formIn } from '../lexicon/token-forms.js';
import { personAfterSurname } from './second-person.js';
import { ammaAnswer, familyOfLineage, grandfatherAfter, kunyaPlace, patronymicWithArticle, SON_OF, sonOfCommonNoun, titleAsName } from './chain-guards.js';
import { ambiguousWithOwnWaw, innerConnectorLength, procliticEndsName, regnalNumberAt } from './name-inner.js';
import { ownLamSurname, roleAt } from './name-ends.js';
import { predicateStartsAt } from './predicate-start.js';
import { bareStem, bareWord, buSurname, connectorObject, connectorWord, knownName, plausibleName, SURNAME_INITIALS } from './name-words.js';
import { ambiguousSurnameAfterForeign, commonSurnameBeforeStatement, definiteSurnameBeforeStatement, nisbaAfterPatronymic, nisbaSurnameAt, surnameBeforeMark } from './surname-shapes.js';
import { unlistedGoesOn, type UnlistedState } from './not-continuation.js';
import { functionNotFamily, lineagePlaceSurname, placeSurname, surnameNotPreposition } from './surname-homographs.js';
import { derivedVerbalNoun, lastLetter, withoutPronoun } from './word-shapes.js';
import type { NameContext } from './name-chain.js';
import { AMBIGUOUS, FAMILY, GIVEN, wordIs } from './word-classes.js';

/** ال + a man's listed given name, one that is a word too included (المبارك, الأحمد). */
function givenWithArticle(ctx: NameContext, norm: string): boolean {
  const name = norm.slice(2);
  return norm.length >= 5 && norm.startsWith('ال') && (ctx.people.given.has(name) || ctx.people.ambiguous.has(name)) && !ctx.people.female.has(name);
}

/** A definite family name, listed as one or as a word too (الصباح, الجابر), written bare: a house's name. */
function houseNameAt(ctx: NameContext, t: Token): boolean {
  // (Not a country's adjective: محمد الأمين التونسي is a Tunisian.)
  return t.kind === 'word' && !t.clitics?.prefixes.length && t.norm.startsWith('ال') && !ctx.nisba.has(t.norm) && (wordIs(ctx.people, t, FAMILY) || ctx.people.familyWords.has(t.norm));
}

/**
 * سعد العبدالله السالم الصباح: ال + a given name that is a word too (سالم: safe) is a forefather's name when
 * a house's name follows it; alone after a given name it is as often an adjective.
 */
function forefatherBeforeHouse(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  return j + 1 < sentence.tokenEnd && givenWithArticle(ctx, tokens[j]!.norm) && houseNameAt(ctx, tokens[j + 1]!);
}

/** آل as the analysis folds it: the house of a Gulf ruling family (آل مكتوم, آل ثاني). */
const FAMILY_HOUSE = 'ال';

/** The genitive of أب and أخ with a pronoun, folded: only a noun in construct or a preposition stands before them. */
const GENITIVE_KIN = new Set(['ابيه', 'ابيها', 'ابيهم', 'ابيهما', 'اخيه', 'اخيها', 'اخيهم', 'اخيهما']);

/** A name being read: where it has got to and what it has seen (the chain readers' shared state). */
export interface ChainRun extends UnlistedState {
  /** The next token to read. */
  j: number;
  /** The first word is a listed ambiguous given name, behind و or ل too (ونبيل العربي). */
  firstAmbiguous: boolean;
  /** A patronymic with the article has been read (نواف الأحمد الجابر). */
  patronymic: boolean;
  /** A name of lineage (محمد بن موسى الخوارزمي) runs longer than others. */
  sonOf: boolean;
  /** … of a woman (فاطمة بنت محمد الفهرية), whose nisbas are feminine. */
  daughterOf: boolean;
}

/**
 * What a step did: STOP, the name ends before token j; NEXT, it read a connector or a regnal number,
 * which say nothing of whether the name is a known one; READ, it read a word of the name, after which
 * the name counts as known if any of its words is (readName updates firstKnown only then).
 */
/** Parts of the day, normalized (فجر is a given name too, so the lists do not settle it). */
const DAY_PARTS = new Set(['فجر', 'صباح', 'مساء', 'ظهر', 'عصر', 'ليله', 'ليل', 'ظهيره', 'منتصف']);

/** Does a date or a day open at token k: a number, an ordinal with the article, a weekday, اليوم or أمس? */
function dateAfter(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k >= sentence.tokenEnd) return false;
  const t = tokens[k]!;
  if (t.kind === 'number') return true;
  return t.kind === 'word' && (ctx.people.dayWords.has(t.norm) || ctx.dayOrdinalStart(t.norm));
}

/** Is token j an unlisted definite word not of nisba shape, right before a definite word of nisba shape? */
function nounWithNisba(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  if (j + 1 >= sentence.tokenEnd || t.clitics?.prefixes.length || !t.norm.startsWith('ال') || t.norm.endsWith('ي')) return false;
  // (After a connector the word is its object: محمود بن أبو البصل الجيلاني.)
  if (ctx.connectors.has(tokens[j - 1]!.norm)) return false;
  if (wordIs(ctx.people, t, GIVEN | FAMILY | AMBIGUOUS) || ctx.people.familyWords.has(t.norm) || ctx.people.definiteGiven.has(t.norm) || ctx.people.titles.startsWith(t.norm)) return false;
  const next = tokens[j + 1]!;
  return next.kind === 'word' && !next.clitics?.prefixes.length && next.norm.startsWith('ال') && next.norm.length >= 5 && next.norm.endsWith('ي') && !wordIs(ctx.people, next, GIVEN | AMBIGUOUS) && !ctx.people.definiteGiven.has(next.norm);
}

/** Does a count open at token k: a number, or a word of the number lexicon (ثلاثة, مئات)? */
function countAfter(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k >= sentence.tokenEnd) return false;
  const t = tokens[k]!;
  return t.kind === 'number' || (t.kind === 'word' && !t.clitics?.prefixes.length && ctx.numberWords.has(t.norm));
}

export const STOP = 0;
export const NEXT = 1;
export const READ = 2;

/**
 * نجيب محفوظ عبد العزيز إبراهيم: after a family name that is a given name too, an Arab full name goes
 * on with the father's name in عبد (not after a transliterated name: بوش عبد الله is two people).
 */
function fatherInAbd(ctx: NameContext, tokens: readonly Token[], sentence: Sentence, run: ChainRun, k: number): boolean {
  return !run.foreign && k < sentence.tokenEnd && tokens[k]!.norm === 'عبد' && compoundAt(ctx, tokens, k, sentence, 'عبد') > 0;
}

/** The seasons, normalized (ربيع and صيف are given names too). */
const SEASONS = new Set(['ربيع', 'صيف', 'خريف', 'شتاء']);

/**
 * Reads what stands at token run.j inside a name: a regnal number, an initial, a connector and its
 * object, a compound or listed name, a family name spelled like a word, a particle of a European name,
 * or an unlisted word; or decides that the name ended before it (STOP).
 */
export function chainStep(ctx: NameContext, tokens: readonly Token[], sentence: Sentence, run: ChainRun): typeof STOP | typeof NEXT | typeof READ {
  const { people } = ctx;
  const first = tokens[run.i]!;
  const t = tokens[run.j]!;
  // محمد علي باشا, مصطفى أفندي: an honorific after the name ends it.
  if (t.kind !== 'word' || t.script !== 'arabic' || people.postTitles.has(t.norm)) return STOP;
  // جورج ميتشل ربيع 2001: a season before a year dates the sentence, though ربيع is a name too.
  if (SEASONS.has(t.norm) && run.j + 1 < sentence.tokenEnd && tokens[run.j + 1]!.kind === 'number') return STOP;
  // رضي الله عنه, طيب الله ثراه: a blessing after the name, though رضي and طيب are names too.
  if (people.blessings.startsWith(t.norm) && people.blessings.match(tokens, run.j, sentence.tokenEnd)) return STOP;
  // ابن تيمية فقيه حنبلي, عمر بن عبد العزيز ثامن خلفاء: the definition's predicate after the name.
  if (run.j > run.i && predicateStartsAt(ctx, tokens, run.j, sentence)) return STOP;
  // محمد بن راشد آل مكتوم مبتهلين: the house a name names with آل (آل مكتوم, آل عبد الله) is its last part.
  if (houseRead(tokens, run)) return STOP;
  // نور الدين محمود جهاد أبيه: أبيه and أخيه are genitives, so the word before them is a noun in construct.
  if (run.j + 1 < sentence.tokenEnd && GENITIVE_KIN.has(tokens[run.j + 1]!.norm)) return STOP;
  // سيغموند فرويد سيغموند فرويد: a name written twice over (a page title, then its first line) is two mentions.
  if (repeatsName(ctx, tokens, run.i, run.j, sentence)) return STOP;
  if (roleInConstruct(ctx, tokens, run, sentence)) return STOP;
  // وقائده الظاهر بيبرس الزحف المغولي, المنصور قلاوون البيمارستان المنصوري: an unlisted definite word that
  // is no nisba, with a nisba after it, is a noun and its adjective: the verb's object, not a surname.
  if (run.j > run.i && nounWithNisba(ctx, tokens, run.j, sentence)) return STOP;
  // وأعلن الرئيس محمود عباس الحداد ثلاثة أيام: a word that is a surname only as a word too (mourning),
  // with a count after it, is the verb's object. (Not a nisba, which takes no count: بسجن وليد الكردي اثنتين
  // وعشرين سنة.)
  if (run.j > run.i && !t.clitics?.prefixes.length && !t.norm.endsWith('ي') && people.familyWords.has(t.norm) && !wordIs(people, t, GIVEN | FAMILY) && countAfter(ctx, tokens, run.j + 1, sentence)) return STOP;
  // إيهود باراك فجر الرابع والعشرين من مايو, أحمد ياسين فجر اليوم: a part of the day before a date is when.
  if (run.j > run.i && DAY_PARTS.has(t.norm) && dateAfter(ctx, tokens, run.j + 1, sentence)) return STOP;
  // ابن حزم كتاب « طوق الحمامة »: a noun of a work before the quoted title is the sentence going on.
  // … and so is one the lists know for no name anywhere, past where a surname stands (كتب الطيب صالح رواية;
  // مالك عقار is a name).
  if (formIn(t, ctx.works) && ((run.j + 1 < sentence.tokenEnd && OPENING_QUOTES.has(tokens[run.j + 1]!.norm)) || (run.j > run.surnameSlot && !wordIs(people, t, GIVEN | FAMILY | AMBIGUOUS)))) return STOP;
  if (run.j - run.i >= 2 && personAfterSurname(ctx, tokens[run.j - 2]!, tokens[run.j - 1]!, t)) return STOP;
  // A regnal number ends a ruler's name after a listed given name, after a listed name that is also a
  // word (سليم الأول), and after the one unlisted word a title announces (الملك الحيثي مواتلي الثاني);
  // not after a noun with its pronoun (الفريق لقبه الخامس عشر: the team's fifteenth title).
  const ambiguousRuler = run.j === run.i + 1 && wordIs(people, first, AMBIGUOUS);
  const ruler = run.firstKnown || ambiguousRuler || (run.unknownFirst && run.j === run.i + 1 && plausibleName(ctx, tokens, run.i) && lastLetter(ctx.text, first) !== 0x0647 /* ه */);
  const regnal = ruler ? regnalNumberAt(ctx, tokens, run.j, sentence, run) : undefined;
  if (regnal === 'ends') return STOP;
  if (regnal !== undefined) {
    if (regnal.single && ambiguousRuler && run.known === 0) run.known = 1;
    run.j = regnal.end;
    if (regnal.fatherFollows) return NEXT;
    // كوزيمو الثاني دي ميديشي: a particle of nobility after the number opens the house's name.
    const particle = tokens[run.j];
    if (particle !== undefined && run.j + 1 < sentence.tokenEnd && people.particles.has(particle.norm) && !ctx.stop.has(particle.norm) && plausibleName(ctx, tokens, run.j + 1)) run.j += 2;
    return STOP;
  }
  // An initial for the family name (محمد ب.), as papers write people they do not name in full.
  const dot = tokens[run.j + 1];
  if (run.j === run.i + 1 && run.firstKnown && t.norm.length === 1 && dot !== undefined && run.j + 1 < sentence.tokenEnd && dot.norm === '.' && dot.start === t.end) {
    run.j += 2;
    return STOP;
  }
  const inner = innerConnectorLength(ctx, tokens, run.j, sentence, run);
  if (inner > 0) {
    run.j += inner;
    run.unknownRun = 0;
    return NEXT;
  }
  const notPreposition = surnameNotPreposition(ctx, tokens, run.j, sentence);
  if (ctx.functionWordSpelled(t) && !notPreposition) return STOP;
  // ريتا حتي ،: an unlisted surname spelled like a particle, where the name ends, ends it.
  if (notPreposition && run.j === run.surnameSlot && run.firstKnown && ctx.stop.has(t.norm) && !wordIs(people, t, GIVEN | FAMILY) && !people.familyWords.has(t.norm)) {
    run.j++;
    run.known++;
    return STOP;
  }
  // A nisba after a kunya is a byname (أبو حمزة المصري, أبو عبد الله التركي); after other names it is
  // more often the sentence describing the person.
  // (Behind a proclitic too: وأبي مسلم الخراساني.)
  if (t.norm.startsWith('ال') && ctx.nisba.has(t.norm) && ctx.connectors.has(bareKey(first))) {
    run.j++;
    return STOP;
  }
  // أندريه كسبار ومي غصوب: a short word read only as و + a listed given name (the splitter leaves ومي, وطه
  // whole and offers the split as an alternative) starts the next person.
  if (t.clitics === undefined && t.alternatives !== undefined && !wordIs(people, t, GIVEN | FAMILY | AMBIGUOUS) && t.alternatives.some((a) => a.prefixes.length === 1 && a.prefixes[0] === 'و' && !a.article && people.given.has(a.stem))) return STOP;
  // Inside a name, only و starts a new phrase: لافروف, باول, كارلوس keep their first letter.
  const knownWord = wordIs(people, t, GIVEN | FAMILY) || ambiguousWithOwnWaw(ctx, t);
  // After two words of a name, a word that folds to a particle (علي / على) is the particle unless a
  // name follows it: تيم سيباستيان علي شاشة, ستيف جوبس علي سبيل المثال.
  // أحمد محمد علي المدني: written with ي, علي before a family name by its shape is the grandfather's name.
  // علي محمد علي عبد الرحمن: so is a compound name after it.
  const nameAfter = knownName(ctx, tokens[run.j + 1]) || (run.j + 1 < sentence.tokenEnd && (ctx.connectors.has(tokens[run.j + 1]!.norm) || (!ctx.functionWordSpelled(t) && (nisbaSurnameAt(ctx, tokens, run.j + 1) || compoundAt(ctx, tokens, run.j + 1, sentence, tokens[run.j + 1]!.norm) > 0))));
  if (run.j - run.i >= 2 && ctx.stop.has(t.norm) && !notPreposition && !nameAfter) return STOP;
  // A proclitic starts a new phrase (وحسن, بزمام, لإقناعهم), except for the surname right after a
  // transliterated given name, which may merely begin with the letter (سيرغي لافروف, كولن باول).
  const hasProclitic = (run.hasProclitic = t.clitics !== undefined && t.clitics.prefixes.length > 0);
  if (hasProclitic && ammaAnswer(tokens, run.i, t, sentence)) return STOP;
  if (!knownWord && run.j === run.surnameSlot && run.unknownFirst && run.firstKnown && run.known > 0 && surnameBeforeMark(ctx, tokens, run.j, sentence)) {
    run.j++;
    run.known++;
    return STOP;
  }
  const ownBu = hasProclitic && run.j === run.surnameSlot && run.firstKnown && buSurname(ctx, t);
  // مايكل لانغلي ., إدوارد بيرن: a transliterated surname spelled like a town whose first letter the
  // splitter reads as a proclitic (placeSurname below reads the others).
  if (hasProclitic && run.j === run.surnameSlot && run.foreign && run.firstKnown && ctx.placeAsWritten(run.j) && placeSurname(ctx, tokens, run.j, sentence)) {
    run.j++;
    run.known++;
    return STOP;
  }
  // ولقبه شيشرون بأبي التاريخ: ب or ل on a connector (بأبي, لابن) opens a phrase of its own.
  if (hasProclitic && !knownWord && t.clitics!.prefixes.length === 1 && (t.clitics!.prefixes[0] === 'ب' || t.clitics!.prefixes[0] === 'ل') && ctx.connectors.has(t.clitics!.stem)) return STOP;
  // آدم لانزا مدرسة, فوزي لقجع أن: a surname whose ل is its own (what is left is no word) closes the name there.
  if (!knownWord && hasProclitic && run.j === run.surnameSlot && (run.firstKnown || run.unknownFirst) && ownLamSurname(ctx, tokens, run.j, sentence)) {
    run.j++;
    run.known++;
    return STOP;
  }
  if (!knownWord && hasProclitic && !ownBu && procliticEndsName(ctx, tokens, run.j, sentence, run)) return STOP;
  // The surname's own first letter (خالد كبارة, محمد بنيس): the word is read as written from here on.
  run.ownLetter = hasProclitic && !knownWord && run.j === run.surnameSlot && SURNAME_INITIALS.has(t.clitics!.prefixes[0]!) && lastLetter(ctx.text, t) !== 0x0647 && !t.norm.endsWith('يه'); // not بفوزه, بثلاثية, لمهنة
  // A proclitic on a word the lists know is a phrase, whatever name came before (جوزيه لإيقاف), also
  // with a pronoun on the word (جونينيو فتابعها).
  // … and so is the dual of one in construct (غراهام أرنولد لمواجهتي: for the two matches against).
  const stem = t.clitics?.stem ?? '';
  const dualConstruct = stem.length >= 5 && stem.endsWith('تي') && !bareStem(ctx, `${stem.slice(0, -2)}ه`);
  if (!knownWord && hasProclitic && !ownBu && (!bareStem(ctx, stem) || !bareStem(ctx, withoutPronoun(stem)) || derivedVerbalNoun(stem) || dualConstruct)) return STOP;
  const c = compoundAt(ctx, tokens, run.j, sentence, t.norm);
  // خلف محمد أنور السادات عبد الناصر: after a family name with the article that is no given name, a
  // compound given name opens the next man (the object), not a grandfather's name.
  if (c > 0 && run.j - run.i >= 2 && familyOnlyDefinite(ctx, tokens[run.j - 1]!)) return STOP;
  if (c > 0) {
    run.j += c;
    run.known++;
    run.unknownRun = 0;
  } else if (!hasProclitic && run.known > 0 && titleAsName(ctx, tokens, run.j, sentence, run.known)) {
    run.j++; // محمد السيد شعبان, نبيل الحاج موسى: an honorific that is also a given name, inside the name
    run.known++;
    run.unknownRun = 0;
  } else if (familyOfLineage(ctx, tokens, run.j, sentence, run)) {
    run.j += 2; // علي بن عيسى بن الجراح: the family's name ends the lineage
    run.known++;
    // … unless بن follows it: محمد بن إدريس بن العباس بن عثمان, a forefather's name with the article.
    const after = run.j < sentence.tokenEnd ? tokens[run.j]!.norm : '';
    if (after !== 'بن' && after !== 'ابن') {
      // أبو الطيب أحمد بن الحسين المتنبي: a nisba after it is the name's last part, the byname it is known by.
      // (A listed family name of that shape too: الزبيدي.)
      const nisba = run.j < sentence.tokenEnd ? tokens[run.j]! : undefined;
      if (nisba !== undefined && (nisbaSurnameAt(ctx, tokens, run.j) || (nisba.norm.startsWith('ال') && nisba.norm.endsWith('ي') && !nisba.clitics?.prefixes.length && wordIs(people, nisba, FAMILY) && !wordIs(people, nisba, GIVEN)))) run.j++;
      return STOP;
    }
  } else if (run.j === run.surnameSlot && ((run.firstKnown && run.known > 0) || run.unknownFirst) && !hasProclitic && commonSurnameBeforeStatement(ctx, tokens, run.j)) {
    run.j++; // وأكد المتحدث خالد شمال أن: a surname spelled like a noun, where the statement opens after it
    run.known++;
    return STOP;
  } else if (run.j === run.surnameSlot && ((run.firstKnown && run.known > 0) || (run.firstAmbiguous && run.unknownFirst)) && !hasProclitic && definiteSurnameBeforeStatement(ctx, tokens, run.j)) {
    run.j++; // وأوضح المتحدث أشرف القدرة أن: with the article too
    run.known++;
    return STOP;
  } else if (run.j === run.surnameSlot && run.foreign && run.firstKnown && !hasProclitic && ambiguousSurnameAfterForeign(ctx, tokens, run.j, sentence)) {
    run.j++; // مارسيل خليفة ،: a listed word after a foreign given name, where the name ends
    run.known++;
    return STOP;
  } else if ((run.sonOf || (run.j - run.i >= 2 && SON_OF.has(tokens[run.j - 2]!.norm))) && !hasProclitic && lineagePlaceSurname(ctx, tokens, run.j, sentence)) {
    run.j++; // سعود بن راشد المعلا حاكم أم القيوين: a family named like a place ends a lineage before a role
    run.known++;
    return STOP;
  } else if (!knownWord && roleAt(ctx, tokens, run.j, sentence)) {
    return STOP; // a role after the name (عضو المجلس, ملك إسبانيا, مساعد الوزير) ends it
  } else if (run.firstKnown && run.known > 0 && !hasProclitic && (patronymicWithArticle(ctx, t.norm) || forefatherBeforeHouse(ctx, tokens, run.j, sentence))) {
    // نواف الأحمد الجابر الصباح, سعود الناصر الصباح: in Gulf names the father's and grandfather's given
    // names take the article, and the chain goes on, to listed names only: after الخليل or البشير an
    // unlisted word is the sentence (عمر البشير ميني ميناوي names two people).
    run.j++;
    run.known++;
    run.unknownRun = 0;
    run.patronymic = true;
  } else if ((run.j === run.surnameSlot || run.patronymic || (run.j === run.i + 2 && run.known >= 2 && !run.definiteSeen) || fatherJustRead(tokens, run)) && ((run.firstKnown && run.known > 0) || run.firstAmbiguous || (run.unknownFirst && run.j === run.i + 1)) && !hasProclitic && people.familyWords.has(t.norm) && !functionNotFamily(ctx.text.slice(t.start, t.end)) && !kunyaBeforeName(ctx, tokens, run.j, sentence)) {
    // محمد الحكيم, توفيق الحكيم: a family name spelled like a word is the surname right after a given
    // name, also one that is a word itself (توفيق): two name words side by side are a name. After two
    // listed names it is the third name of an Arab full name (محمد سعيد الكندي, محمد شياع السوداني).
    // After a title the first name need not be listed (الشاعر مريد الخطيب). Spelled as a function word it is
    // that word (أرينا أمام خمسة: before), whatever it folds to (عادل إمام). Only a Mauritanian
    // connector goes on after it (محمد الأمين ولد بلعيد).
    run.j++;
    run.known++;
    // عثمان الطيب إدريس: a given name Sudanese and Maghrebi usage writes with the article is the father's,
    // and a listed name after it is the grandfather's or the family's.
    if (run.j < sentence.tokenEnd && people.definiteGiven.has(t.norm) && grandfatherAfter(ctx, tokens[run.j]!)) return READ;
    // محمد عبدالله المبارك الصباح: a family word in a patronymic's form (ال + a given name) is the
    // grandfather's name of a Gulf house, and the house's name may follow it.
    if (run.j < sentence.tokenEnd && givenWithArticle(ctx, t.norm) && houseNameAt(ctx, tokens[run.j]!)) return READ;
    if (run.j >= sentence.tokenEnd || !(people.innerConnectors.has(tokens[run.j]!.norm) || fatherInAbd(ctx, tokens, sentence, run, run.j))) return STOP;
  } else if (wordIs(people, t, GIVEN | FAMILY | AMBIGUOUS)) {
    // ومنحه الرئيس حسني مبارك وسام العلوم: after a name of two words, a given name in construct with a
    // definite common noun is the noun it also spells (the medal of sciences), not a third name.
    if (run.j - run.i === 2 && twoSingleNames(ctx, tokens, run.i) && !hasProclitic && (wordIs(people, t, GIVEN | AMBIGUOUS)) && !wordIs(people, t, FAMILY) && constructWithCommon(ctx, tokens, run.j, sentence)) return STOP;
    run.j++;
    // Two words that are each more often words than names (في عهد عمر) are no evidence for each other.
    if (run.known > 0 || !wordIs(people, t, AMBIGUOUS) || !wordIs(people, first, AMBIGUOUS)) run.known++;
    run.unknownRun = 0;
    // A family name ends the name, unless the father's name in عبد follows (fatherInAbd); one that is a
    // given name too, also a given name spelled like a word (مبارك), may be the father's (سعد مبارك الرشيدي).
    // … and so may a European particle after a foreign one (ميغيل لوبيز دي ليغازبي).
    if (!wordIs(people, t, GIVEN | AMBIGUOUS) && wordIs(people, t, FAMILY) && !fatherInAbd(ctx, tokens, sentence, run, run.j) && !(run.foreign && particleAfter(ctx, tokens, run.j, sentence))) return STOP;
  } else if (people.particles.has(t.norm) && (particlePair(ctx, tokens, run.j, sentence) || particleWord(ctx, tokens, run.j + 1, sentence))) {
    // ماركو فان باستن, دومينيك دو فيلبان: a particle of a European name and the word it joins; بيتر فان
    // دن بيرغ, دو لا سابليير: two particles and the word after them (لا is a word of negation too, so
    // the pair is tried first).
    run.j += particlePair(ctx, tokens, run.j, sentence) ? 3 : 2;
    run.unknownRun = 0;
  } else if (connectorWord(ctx, t) && run.j + 1 < sentence.tokenEnd && !sonOfCommonNoun(ctx, t, tokens[run.j + 1]!) && (connectorObject(ctx, tokens, run.j + 1) || kunyaPlace(ctx, tokens, run.j, run.firstKnown || run.known > 0))) {
    // بن عبد الكريم: the connector's object may be a compound name, taken whole.
    run.sonOf ||= SON_OF.has(t.norm);
    run.daughterOf ||= t.norm === 'بنت';
    const compound = compoundAt(ctx, tokens, run.j + 1, sentence, tokens[run.j + 1]!.norm);
    run.j += 1 + Math.max(1, compound);
    // بن أبي طالب, بنت أم كلثوم: a connector whose object is a connector takes one more word.
    // The word there is a name whatever else it spells (طالب is a verb too), if it stands alone.
    if (ctx.connectors.has(tokens[run.j - 1]!.norm) && run.j < sentence.tokenEnd && bareWord(ctx, tokens[run.j]!)) run.j++;
    // A connector and its object are name evidence, as they are where a chain starts with them: عمر بن
    // الخطاب is a name though عمر is also a word.
    run.known++;
    run.unknownRun = 0;
  } else if (connectorWord(ctx, t)) {
    return STOP; // a connector with no name after it (احمد أبو غزة: a place) is not the end of a name
  } else if (run.j === run.surnameSlot && run.firstKnown && run.known > 0 && !hasProclitic && !first.clitics?.prefixes.some((p) => p !== 'و') && !t.norm.startsWith('ال') && ctx.nisba.has('ال' + t.norm)) {
    run.j++; // جون كندي, محمد مصري: an adjective after a name takes the article, so a bare nisba is the surname
    run.known++;
    return STOP;
  } else if (run.j === run.surnameSlot && run.foreign && run.firstKnown && !hasProclitic && placeSurname(ctx, tokens, run.j, sentence, run.unknownFirst)) {
    run.j++; // وقال راسل كرو إن, خورخي فيلدا ،: a transliterated surname spelled like a town
    run.known++;
    return STOP;
  } else if (run.j === run.surnameSlot && run.firstAmbiguous && run.known === 0 && !hasProclitic && nisbaSurnameAt(ctx, tokens, run.j)) {
    run.j++; // أشرف الجبري, إيمان الشنقيطي: a given name that is also a word, then a family name by its shape
    run.known++;
    return STOP;
  } else if ((run.patronymic || people.definiteGiven.has(tokens[run.j - 1]!.norm)) && !hasProclitic && nisbaAfterPatronymic(ctx, tokens, run.j, sentence)) {
    run.j++; // محمد الطاهر الماجري ،: the family's nisba after the father's name with the article
    run.known++;
    return STOP;
  } else if (!run.patronymic && run.unknownRun < 2 && unlistedGoesOn(ctx, tokens, run.j, run)) {
    run.definiteSeen ||= t.norm.startsWith('ال');
    run.j++;
    run.unknownRun++;
  } else return STOP;
  return READ;
}

/** A European particle at j and the word it joins (دي ليغازبي, دي لا فيغا). */
function particleAfter(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  return j < sentence.tokenEnd && ctx.people.particles.has(tokens[j]!.norm) && (particlePair(ctx, tokens, j, sentence) || particleWord(ctx, tokens, j + 1, sentence));
}

/** Has the name read آل and the house after it? (A word of its own, آل folds to ال.) */
function houseRead(tokens: readonly Token[], run: ChainRun): boolean {
  for (let k = run.j - 2; k > run.i; k--) if (tokens[k]!.norm === FAMILY_HOUSE) return true;
  return false;
}

/**
 * ميشال أبي نادر, جبران أبي رميا: a kunya listed as a family's word too (أبي) joins the name after it when
 * a name follows; alone (… أبي ،) it is the family name.
 */
function kunyaBeforeName(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  return ctx.connectors.has(tokens[j]!.norm) && j + 1 < sentence.tokenEnd && tokens[j + 1]!.kind === 'word' && !tokens[j + 1]!.norm.startsWith('ال') && connectorObject(ctx, tokens, j + 1);
}

/** Are tokens i and i + 1 two one-word listed names, no compound or connector among them (حسني مبارك, not عبد اللطيف)? */
function twoSingleNames(ctx: NameContext, tokens: readonly Token[], i: number): boolean {
  const { people } = ctx;
  const single = (t: Token): boolean => !t.clitics?.prefixes.length && (wordIs(people, t, GIVEN | FAMILY | AMBIGUOUS)) && !people.compound.startsWith(t.norm) && !ctx.connectors.has(t.norm);
  return single(tokens[i]!) && single(tokens[i + 1]!);
}

/**
 * عبد الله بن حمد العطية: right after the father's name that a connector took (بن حمد), the family name
 * spelled like a word stands where a surname does.
 */
function fatherJustRead(tokens: readonly Token[], run: ChainRun): boolean {
  // (بن may have been read as an inner connector, which leaves `sonOf` unset: خالد بن حمد العطية.)
  return run.j - run.i >= 3 && SON_OF.has(tokens[run.j - 2]!.norm) && !tokens[run.j - 1]!.norm.startsWith('ال');
}

/** A listed family name with the article that no list gives as a first name (السادات, not الحسن). */
function familyOnlyDefinite(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  const { people } = ctx;
  return n.startsWith('ال') && !t.clitics?.prefixes.length && people.family.has(n) && !people.given.has(n) && !people.definiteGiven.has(n) && !people.ambiguous.has(n.slice(2)) && !people.given.has(n.slice(2));
}
