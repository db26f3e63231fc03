import type { Sentence, Token } from '../../schema.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { PersonLexicon } from './lexicon.js';
import { readOpening } from './name-opening.js';
import { chainStep, READ, STOP, type ChainRun } from './chain-step.js';
import { lineageNisba, secondSurname } from './name-ends.js';
import { SON_OF } from './chain-guards.js';
import { nameProclitics, plausibleName } from './name-words.js';
import { regnalNumberAt } from './name-inner.js';
import { AMBIGUOUS, wordIs } from './word-classes.js';

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
  /** Is token i a noun of a thing named after a person (معاهدة, مطار, حي), without the article? */
  eponymHead: (i: number) => boolean;
  /** How many tokens the lexicon place starting at a token spans (0: none). */
  placeLength: (i: number) => number;
  /** Is token i, as written (no proclitic split off), a one-word lexicon place (لانغلي, بيرن)? */
  placeAsWritten: (i: number) => boolean;
  /** Does a place of two words named like a man (صلاح الدين) start at token i? placeLength reads it as none. */
  menPlaceAt: (i: number) => boolean;
  /** Nisba adjectives (المصري, الأمريكية …), normalized. */
  nisba: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** Is this one word, as written, a listed organization (آبل, أمازون)? The weakest readings of a lone name leave it alone. */
  bodyWord: (t: Token) => boolean;
  /** One past the listed organization (not one spelled like a word) that starts at token i, bare; -1 if none. */
  knownBodyEnd: (i: number) => number;
  /** Is the token, as written, spelled as a function word (spelledAsFunctionWord of its original text)? */
  functionWordSpelled: (t: Token) => boolean;
  /** Nouns of works (كتاب, رواية, فيلم), normalized: before an opening quote, a title follows. */
  works: ReadonlySet<string>;
  /** Number words, scales and vague counts of the number lexicon (ثلاثة, مئات), normalized. */
  numberWords: ReadonlyMap<string, unknown>;
  /** Is this normalized word the first of a day's ordinal (الرابع والعشرين), as the date lexicon reads them? */
  dayOrdinalStart: (n: string) => boolean;
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

/** Transliterated suffixes of a name (Junior, Senior), normalized. */
const JUNIOR = new Set(['جونيور', 'جونيير', 'جونير', 'سينيور']);

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
  let { j, known } = opening;
  const { surname, firstKnown } = opening;
  const { start } = opening;
  // Where the surname of a one-unit given name would stand (محمد سلامة, عبد الله بامخالف).
  const surnameSlot = j;
  const firstAmbiguous = wordIs(people, first, AMBIGUOUS) || (nameProclitics(first) && tokenForms(first).some((f) => f.prefixed && people.ambiguous.has(f.key)));
  const foreign = tokenForms(first).some((f) => people.foreign.has(f.key));
  const run: ChainRun = { i, j, surnameSlot, firstKnown, unknownFirst, foreign, known, unknownRun: 0, definiteSeen: false, ownLetter: false, hasProclitic: false, firstAmbiguous, patronymic: false, sonOf: false, daughterOf: false };
  // A surname ends a name (بوش القول, بلير مساء): only given names are followed by more of the name.
  // … but بو written apart opens the family name after a given name that is a family name too (مبارك بو صوفة).
  if (!surname || (run.j < sentence.tokenEnd && tokens[run.j]!.norm === 'بو')) {
    // A lineage runs as long as the entry gives it (يحيى بن شرف بن مري بن حسن بن حسين بن محمد بن جمعة …).
    // … and a long opening (ضياء الدين أبو محمد عبد الله) goes on into the lineage that follows it.
    while (run.j < sentence.tokenEnd && run.j - i < (run.sonOf || SON_OF.has(tokens[run.j]!.norm) ? 24 : 6)) {
      const step = chainStep(ctx, tokens, sentence, run);
      if (step === STOP) break;
      if (step === READ) run.firstKnown ||= run.known > 0;
    }
  }
  // البابا أوربان الثاني: a regnal number after the one listed surname a title announces is the
  // ruler's (a surname ends other names).
  if (surname && unknownFirst && run.j === i + 1 && run.j < sentence.tokenEnd) {
    const regnal = regnalNumberAt(ctx, tokens, run.j, sentence, run);
    if (regnal !== undefined && regnal !== 'ends') run.j = regnal.end;
  }
  j = run.j;
  known = run.known;
  // A lineage name ends in the nisbas of tribe, town and school, as many as follow (أحمد بن الحسين
  // الجعفي الكندي الكوفي, محمد بن محمد الغزالي الطوسي).
  // A woman's takes one nisba in -ية: a second is more often a noun of the sentence (المصرية الجنسية).
  // (A connector read as inner (محمد بن علي), or the one the chain opens with (بنت إسماعيل, after a
  // given name found before it), leaves `sonOf` unset: the words read say it too.)
  const lineage = run.sonOf || connectorRead(tokens, i, j);
  const daughter = run.daughterOf || (lineage && connectorRead(tokens, i, j, 'بنت'));
  if (lineage) while (j < sentence.tokenEnd && j - i < 28 && lineageNisba(ctx, tokens[j]!, daughter)) if (tokens[j++]!.norm.endsWith('يه')) break;
  // وماريو بارغاس يوسا: a transliterated given name, one unlisted word and a listed family name are one
  // name, behind و too (where the chain reads no unlisted word after a proclitic).
  if (j === i + 1 && foreign && j + 1 < sentence.tokenEnd && middleBeforeSurname(ctx, tokens, j)) j += 2;
  // سارة الزعفراني الزنزري, محمد الحربي الشمري: a second listed family name with the article after a
  // definite surname in -ي (a married woman's two names, a family's and its tribe's).
  if (j > i + 1 && j < sentence.tokenEnd && secondFamilyName(ctx, tokens[j - 1]!, tokens[j]!)) j++;
  // إرنستو راميريز ريغو, بيدرو سانشيز بيريز كاستيخون: a Spanish or Portuguese name carries a second
  // surname, unlisted, where the name ends.
  if (foreign && j - i >= 2 && j < sentence.tokenEnd && secondSurname(ctx, tokens, j, sentence)) j++;
  // روبرت إف كينيدي جونيور, فينيسيوس جونيور: the suffix of a junior ends the name.
  if (j < sentence.tokenEnd && j > i && JUNIOR.has(tokens[j]!.norm)) j++;
  // هنري دي تولوز: a particle before a bare word that is no name (a place here) is left out, and the name
  // ends before it; before a definite word or a particle (تشو دي العرش, شو دا على) it is a name's own syllable.
  while (j - i > 1 && people.particles.has(tokens[j - 1]!.norm) && j < sentence.tokenEnd && tokens[j]!.kind === 'word' && !tokens[j]!.norm.startsWith('ال') && !ctx.stop.has(tokens[j]!.norm)) j--;
  // نايل سات, خليفة سات, سهيل سات 2: a name before سات names a satellite or its operator, no person.
  if (tokens[j - 1]!.norm === SATELLITE || (j < sentence.tokenEnd && tokens[j]!.norm === SATELLITE)) return undefined;
  return { start, end: j, known };
}

/** Is a word of lineage (بن, ابن, بنت; or only `word`) among tokens [from, to), before the last? */
function connectorRead(tokens: readonly Token[], from: number, to: number, word?: string): boolean {
  for (let k = from; k < to - 1; k++) {
    const n = tokens[k]!.norm;
    if (word === undefined ? SON_OF.has(n) : n === word) return true;
  }
  return false;
}

/** سات, the satellite word of names like نايل سات and عرب سات. */
const SATELLITE = 'سات';

/** Is `next` a listed family name in ال…ي, no word or country's adjective, after a bare definite surname in -ي? */
function secondFamilyName(ctx: NameContext, last: Token, next: Token): boolean {
  const { people } = ctx;
  const n = next.norm;
  if (last.clitics?.prefixes.length || !last.norm.startsWith('ال') || !last.norm.endsWith('ي')) return false;
  if (next.kind !== 'word' || next.clitics?.prefixes.length || !n.startsWith('ال') || !n.endsWith('ي')) return false;
  return people.family.has(n) && !people.given.has(n) && !people.ambiguous.has(n) && !people.familyWords.has(n) && !ctx.nisba.has(n);
}

/** Is token j a bare unlisted word of a name's shape, and j + 1 a bare listed family name of no other kind? */
function middleBeforeSurname(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const { people } = ctx;
  const middle = tokens[j]!;
  const last = tokens[j + 1]!;
  // (A first letter the splitter reads as ب or ل is the word's own here: بارغاس; و is the conjunction.)
  if (middle.norm.startsWith('و') || middle.norm.startsWith('ال') || middle.clitics?.article || last.kind !== 'word' || last.clitics?.prefixes.length) return false;
  if (people.given.has(middle.norm) || people.family.has(middle.norm) || people.ambiguous.has(middle.norm) || !plausibleName(ctx, tokens, j, true)) return false;
  return people.family.has(last.norm) && !people.given.has(last.norm) && !people.ambiguous.has(last.norm) && !people.familyWords.has(last.norm);
}
