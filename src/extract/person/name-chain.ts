import type { Sentence, Token } from '../../schema.js';
import { spelledAsFunctionWord } from '../common/spelling.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { PersonLexicon } from './lexicon.js';
import { compoundAt } from './compound.js';
import { readOpening } from './name-opening.js';
import { kunyaPlace, patronymicWithArticle, SON_OF, sonOfCommonNoun, titleAsName } from './chain-guards.js';
import { innerConnectorLength, procliticEndsName, regnalNumberAt, type ChainState } from './name-inner.js';
import { lineageNisba, roleAt } from './name-ends.js';
import { bareStem, bareWord, buSurname, connectorObject, knownName, nameProclitics, plausibleName, SURNAME_INITIALS } from './name-words.js';
import { unlistedGoesOn } from './not-continuation.js';
import { derivedVerbalNoun, lastLetter, withoutPronoun } from './word-shapes.js';

export { isFunctionWord, plausibleName } from './name-words.js';
export { likelyFirstName } from './word-shapes.js';

/** Word classes a name reader must not swallow. */
export interface NameContext {
  people: PersonLexicon;
  stop: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  /** True for words that are not names: nisba adjectives, places, organization heads, titles. */
  notName: (i: number) => boolean;
  /** True for words that start a place name. */
  isPlace: (i: number) => boolean;
  /** How many tokens the lexicon place starting at a token spans (0: none). */
  placeLength: (i: number) => number;
  /** Nisba adjectives (المصري, الأمريكية …), normalized. */
  nisba: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  text: string;
}

export interface NameMatch {
  /** Original offset where the name starts (after proclitics on its first word). */
  start: number;
  /** Index one past the last token. */
  end: number;
  /** How many of its words are known names. */
  known: number;
}

/**
 * Reads a person name from token i: given names, compound names (عبد + …), connectors (بن, أبو …), family
 * names, and — after the first word — unlisted words (الفايد, هيكي), at most two in a row. The first word
 * must be a known name unless `unknownFirst` (after a title, or in quotes). Later words may not carry a
 * proclitic: وكذا starts a new phrase.
 */
export function readName(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, unknownFirst: boolean): NameMatch | undefined {
  const opening = readOpening(ctx, tokens, i, sentence, unknownFirst);
  if (opening === undefined) return undefined;
  const first = tokens[i]!;
  const { people } = ctx;
  let { j, known, surname, firstKnown } = opening;
  const { start } = opening;
  let unknownRun = 0;
  let definiteSeen = false;
  let patronymic = false; // a patronymic with the article has been read
  // A name of lineage (محمد بن موسى الخوارزمي, علي بن أبي طالب بن عبد المطلب الهاشمي) runs longer than others.
  let sonOf = false;
  let daughterOf = false; // … of a woman (فاطمة بنت محمد الفهرية), whose nisbas are feminine
  // Where the surname of a one-unit given name would stand (محمد سلامة, عبد الله بامخالف).
  const surnameSlot = j;
  // A listed ambiguous first name, behind و or ل too (ونبيل العربي).
  const firstAmbiguous = people.ambiguous.has(first.norm) || (nameProclitics(first) && tokenForms(first).some((f) => f.prefixed && people.ambiguous.has(f.key)));
  const foreign = tokenForms(first).some((f) => people.foreign.has(f.key));
  const state: ChainState = { i, surnameSlot, firstKnown, unknownFirst, foreign }; // for the helpers in name-inner
  // نجيب محفوظ عبد العزيز إبراهيم: after a family name that is a given name too, an Arab full name goes
  // on with the father's name in عبد (not after a transliterated name: بوش عبد الله is two people).
  const fatherInAbd = (k: number): boolean => !foreign && k < sentence.tokenEnd && tokens[k]!.norm === 'عبد' && compoundAt(ctx, tokens, k, sentence, 'عبد') > 0;
  // A surname ends a name (بوش القول, بلير مساء): only given names are followed by more of the name.
  while (!surname && j < sentence.tokenEnd && j - i < (sonOf ? 10 : 6)) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.script !== 'arabic') break;
    // رضي الله عنه, طيب الله ثراه: a blessing after the name, though رضي and طيب are names too.
    if (people.blessings.startsWith(t.norm) && people.blessings.match(tokens, j, sentence.tokenEnd)) break;
    // A regnal number ends a ruler's name after a listed given name, after a listed name that is also a
    // word (سليم الأول), and after the one unlisted word a title announces (الملك الحيثي مواتلي الثاني);
    // not after a noun with its pronoun (الفريق لقبه الخامس عشر: the team's fifteenth title).
    const ambiguousRuler = j === i + 1 && people.ambiguous.has(first.norm);
    const ruler = firstKnown || ambiguousRuler || (unknownFirst && j === i + 1 && plausibleName(ctx, tokens, i) && lastLetter(ctx.text, first) !== 0x0647 /* ه */);
    const regnal = ruler ? regnalNumberAt(ctx, tokens, j, sentence, state) : undefined;
    if (regnal === 'ends') break;
    if (regnal !== undefined) {
      if (regnal.single && ambiguousRuler && known === 0) known = 1;
      j = regnal.end;
      if (regnal.fatherFollows) continue;
      break;
    }
    // An initial for the family name (محمد ب.), as papers write people they do not name in full.
    const dot = tokens[j + 1];
    if (j === i + 1 && firstKnown && t.norm.length === 1 && dot !== undefined && j + 1 < sentence.tokenEnd && dot.norm === '.' && dot.start === t.end) {
      j += 2;
      break;
    }
    const inner = innerConnectorLength(ctx, tokens, j, sentence, state);
    if (inner > 0) {
      j += inner;
      unknownRun = 0;
      continue;
    }
    if (spelledAsFunctionWord(ctx.text.slice(t.start, t.end))) break;
    // A nisba after a kunya is a byname (أبو حمزة المصري, أبو عبد الله التركي); after other names it is
    // more often the sentence describing the person.
    if (t.norm.startsWith('ال') && ctx.nisba.has(t.norm) && ctx.connectors.has(first.norm)) {
      j++;
      break;
    }
    // Inside a name, only و starts a new phrase: لافروف, باول, كارلوس keep their first letter.
    const knownWord = people.given.has(t.norm) || people.family.has(t.norm);
    // After two words of a name, a word that folds to a particle (علي / على) is the particle unless a
    // name follows it: تيم سيباستيان علي شاشة, ستيف جوبس علي سبيل المثال.
    if (j - i >= 2 && ctx.stop.has(t.norm) && !(knownName(ctx, tokens[j + 1]) || (j + 1 < sentence.tokenEnd && ctx.connectors.has(tokens[j + 1]!.norm)))) break;
    // A proclitic starts a new phrase (وحسن, بزمام, لإقناعهم), except for the surname right after a
    // transliterated given name, which may merely begin with the letter (سيرغي لافروف, كولن باول).
    const hasProclitic = t.clitics !== undefined && t.clitics.prefixes.length > 0;
    const ownBu = hasProclitic && j === surnameSlot && firstKnown && buSurname(ctx, t);
    if (!knownWord && hasProclitic && !ownBu && procliticEndsName(ctx, tokens, j, sentence, state)) break;
    // The surname's own first letter (خالد كبارة, محمد بنيس): the word is read as written from here on.
    const ownLetter = hasProclitic && !knownWord && j === surnameSlot && SURNAME_INITIALS.has(t.clitics!.prefixes[0]!) && lastLetter(ctx.text, t) !== 0x0647 && !t.norm.endsWith('يه'); // not بفوزه, بثلاثية, لمهنة
    // A proclitic on a word the lists know is a phrase, whatever name came before (جوزيه لإيقاف), also
    // with a pronoun on the word (جونينيو فتابعها).
    if (!knownWord && hasProclitic && !ownBu && (!bareStem(ctx, t.clitics!.stem) || !bareStem(ctx, withoutPronoun(t.clitics!.stem)) || derivedVerbalNoun(t.clitics!.stem))) break;
    const c = compoundAt(ctx, tokens, j, sentence, t.norm);
    if (c > 0) {
      j += c;
      known++;
      unknownRun = 0;
    } else if (!hasProclitic && known > 0 && titleAsName(ctx, tokens, j, sentence, known)) {
      j++; // محمد السيد شعبان, نبيل الحاج موسى: an honorific that is also a given name, inside the name
      known++;
      unknownRun = 0;
    } else if (!knownWord && roleAt(ctx, tokens, j, sentence)) {
      break; // a role after the name (عضو المجلس, ملك إسبانيا, مساعد الوزير) ends it
    } else if (firstKnown && known > 0 && !hasProclitic && patronymicWithArticle(ctx, t.norm)) {
      // نواف الأحمد الجابر الصباح, سعود الناصر الصباح: in Gulf names the father's and grandfather's given
      // names take the article, and the chain goes on, to listed names only: after الخليل or البشير an
      // unlisted word is the sentence (عمر البشير ميني ميناوي names two people).
      j++;
      known++;
      unknownRun = 0;
      patronymic = true;
    } else if ((j === surnameSlot || patronymic || (j === i + 2 && known >= 2 && !definiteSeen)) && ((firstKnown && known > 0) || firstAmbiguous || (unknownFirst && j === i + 1)) && !hasProclitic && people.familyWords.has(t.norm)) {
      // محمد الحكيم, توفيق الحكيم: a family name spelled like a word is the surname right after a given
      // name, also one that is a word itself (توفيق): two name words side by side are a name. After two
      // listed names it is the third name of an Arab full name (محمد سعيد الكندي, محمد شياع السوداني).
      // After a title the first name need not be listed (الشاعر مريد الخطيب). Only a Mauritanian
      // connector goes on after it (محمد الأمين ولد بلعيد).
      j++;
      known++;
      if (j >= sentence.tokenEnd || !(people.innerConnectors.has(tokens[j]!.norm) || fatherInAbd(j))) break;
    } else if (people.given.has(t.norm) || people.family.has(t.norm) || people.ambiguous.has(t.norm)) {
      j++;
      // Two words that are each more often words than names (في عهد عمر) are no evidence for each other.
      if (known > 0 || !people.ambiguous.has(t.norm) || !people.ambiguous.has(first.norm)) known++;
      unknownRun = 0;
      // A family name ends the name, unless the father's name in عبد follows (fatherInAbd).
      if (!people.given.has(t.norm) && people.family.has(t.norm) && !fatherInAbd(j)) break;
    } else if (people.particles.has(t.norm) && j + 1 < sentence.tokenEnd && plausibleName(ctx, tokens, j + 1) && !tokens[j + 1]!.norm.startsWith('ال')) {
      // ماركو فان باستن, دومينيك دو فيلبان: a particle of a European name and the word it joins; بيتر فان
      // دن بيرغ, دي لا فيغا: two particles and the word after them.
      const two = people.particles.has(tokens[j + 1]!.norm) && j + 2 < sentence.tokenEnd && plausibleName(ctx, tokens, j + 2) && !tokens[j + 2]!.norm.startsWith('ال');
      j += two ? 3 : 2;
      unknownRun = 0;
    } else if (ctx.connectors.has(t.norm) && j + 1 < sentence.tokenEnd && !sonOfCommonNoun(ctx, t, tokens[j + 1]!) && (connectorObject(ctx, tokens, j + 1) || kunyaPlace(ctx, tokens, j, firstKnown || known > 0))) {
      // بن عبد الكريم: the connector's object may be a compound name, taken whole.
      sonOf ||= SON_OF.has(t.norm);
      daughterOf ||= t.norm === 'بنت';
      const compound = compoundAt(ctx, tokens, j + 1, sentence, tokens[j + 1]!.norm);
      j += 1 + Math.max(1, compound);
      // بن أبي طالب, بنت أم كلثوم: a connector whose object is a connector takes one more word.
      // The word there is a name whatever else it spells (طالب is a verb too), if it stands alone.
      if (ctx.connectors.has(tokens[j - 1]!.norm) && j < sentence.tokenEnd && bareWord(ctx, tokens[j]!)) j++;
      // A connector and its object are name evidence, as they are where a chain starts with them: عمر بن
      // الخطاب is a name though عمر is also a word.
      known++;
      unknownRun = 0;
    } else if (ctx.connectors.has(t.norm)) {
      break; // a connector with no name after it (احمد أبو غزة: a place) is not the end of a name
    } else if (!patronymic && unknownRun < 2 && unlistedGoesOn(ctx, tokens, j, { i, surnameSlot, firstKnown, unknownFirst, foreign, known, unknownRun, definiteSeen, ownLetter, hasProclitic })) {
      definiteSeen ||= t.norm.startsWith('ال');
      j++;
      unknownRun++;
    } else break;
    firstKnown ||= known > 0;
    state.firstKnown = firstKnown;
  }
  // A lineage name ends in the nisbas of tribe, town and school, as many as follow (أحمد بن الحسين
  // الجعفي الكندي الكوفي, محمد بن محمد الغزالي الطوسي).
  // A woman's takes one nisba in -ية: a second is more often a noun of the sentence (المصرية الجنسية).
  if (sonOf) while (j < sentence.tokenEnd && j - i < 14 && lineageNisba(ctx, tokens[j]!, daughterOf)) if (tokens[j++]!.norm.endsWith('يه')) break;
  // هنري دي تولوز: a particle before a bare word that is no name (a place here) is left out, and the name
  // ends before it; before a definite word or a particle (تشو دي العرش, شو دا على) it is a name's own syllable.
  while (j - i > 1 && people.particles.has(tokens[j - 1]!.norm) && j < sentence.tokenEnd && tokens[j]!.kind === 'word' && !tokens[j]!.norm.startsWith('ال') && !ctx.stop.has(tokens[j]!.norm)) j--;
  return { start, end: j, known };
}
