import type { Sentence, Token } from '../../schema.js';
import { fuulVerbalNoun, SON_OF } from './chain-guards.js';
import { compoundAt } from './compound.js';
import type { NameContext } from './name-chain.js';
import { ownLamSurname, ownWawSurname, shortWawSurname } from './name-ends.js';
import { bareStem, connectorObject, knownName, plausibleName, possessed, SURNAME_INITIALS } from './name-words.js';
import { derivedVerbalNoun, foreignSurnameShape } from './word-shapes.js';
import { AMBIGUOUS, GIVEN, wordIs } from './word-classes.js';

/** Where a name reader stands: the word it began at, where the surname would stand, what it has read. */
export interface ChainState {
  i: number;
  surnameSlot: number;
  firstKnown: boolean;
  unknownFirst: boolean;
  /** The first word is a listed transliterated given name. */
  foreign: boolean;
}

/**
 * A listed name that is also a word, written whole with its own و (نهاد وديع حداد), when و + the rest reads
 * as nothing (ديع is no word and no name): inside a name it is the name, not «and».
 */
export function ambiguousWithOwnWaw(ctx: NameContext, t: Token): boolean {
  const c = t.clitics;
  if (c === undefined || !wordIs(ctx.people, t, AMBIGUOUS) || c.prefixes.length !== 1 || c.prefixes[0] !== 'و' || c.article || c.stem.length < 3) return false;
  return bareStem(ctx, c.stem) && !ctx.people.given.has(c.stem) && !ctx.people.family.has(c.stem) && !ctx.people.ambiguous.has(c.stem);
}

/** بن or بو opening a word of five letters or more: the shape of Maghrebi family names (بنكيران, بوتفليقة). */
function maghrebiSurnameShape(n: string): boolean {
  return n.length >= 5 && (n.startsWith('بن') || n.startsWith('بو'));
}

/** A bare listed given name (أمين, محمد), ambiguous ones included. */
function listedGiven(ctx: NameContext, t: Token): boolean {
  return !t.clitics?.prefixes.length && (wordIs(ctx.people, t, GIVEN | AMBIGUOUS));
}

/**
 * Does the proclitic on word j, inside a name, start a new phrase (وحسن, بزمام, لإقناعهم)? Not for the
 * surname right after a given name, which may merely begin with the letter (سيرغي لافروف, كولن باول).
 */
export function procliticEndsName(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence, s: ChainState): boolean {
  const t = tokens[j]!;
  const c = t.clitics!;
  // … or, for a Maghrebi family name in بن or بو (محمد أمين بنهاشم, عيسى حمد بوشهاب), right after two
  // listed given names: the father's name or a compound first name moves the surname one word on.
  // (Or any family name in ب, ف or ك after two listed given names, where what is left is no word: معتز
  // عيسى برشم.)
  const slot = j === s.surnameSlot || (j === s.i + 2 && s.surnameSlot === s.i + 1 && s.firstKnown && listedGiven(ctx, tokens[j - 1]!) && (maghrebiSurnameShape(t.norm) || (listedGiven(ctx, tokens[s.i]!) && c.stem.length >= 3)));
  // A surname right after a known given name may begin with ب, ف or ك (محمد بنيس, محمد فاضل): the
  // splitter cannot know the name; a clitic phrase there (بشكل, فقال) is caught by the stem and other checks.
  // Not one before a noun with its pronoun, which it governs (ابن النفيس بوقف داره: by endowing his
  // house). After a name that opens with a connector (ابن النفيس, أم كلثوم) ب is a proclitic: such a
  // name is whole, and no family name in ب follows it (ف may: أبي عنان فارس).
  const governs = (j + 1 < sentence.tokenEnd && tokens[j + 1]!.kind === 'word' && possessed(ctx, tokens[j + 1]!.norm)) || (c.prefixes[0] === 'ب' && ctx.connectors.has(tokens[s.i]!.norm));
  if (slot && (s.firstKnown || s.unknownFirst) && c.prefixes.length === 1 && SURNAME_INITIALS.has(c.prefixes[0]!) && !c.article && bareStem(ctx, c.stem) && !derivedVerbalNoun(c.stem) && !(!s.foreign && fuulVerbalNoun(c.stem)) && !governs) return false;
  // فوزي لقجع أن: ل too, when what is left is no word and the statement or a mark follows the name.
  // (After a title the first name need not be listed: الفيلسوف الألماني غوتفريد لايبنتس حول.)
  if (slot && (s.firstKnown || s.unknownFirst) && ownLamSurname(ctx, tokens, j, sentence)) return false;
  // الأمينة العامة أنياس كالامار: after an unlisted first name a title vouches for, a transliterated
  // surname in بال, كال or لال is whole too.
  if (slot && c.article && s.unknownFirst && !s.firstKnown && ownArticleSurname(ctx, t)) return false;
  // سارة بالين: after any given name, a surname whose ب, ف or ك and «article» leave two letters, no word.
  if (slot && (s.firstKnown || s.unknownFirst) && c.article && c.prefixes.length === 1 && SURNAME_INITIALS.has(c.prefixes[0]!) && c.stem.length <= 2 && t.norm.length >= 5 && c.suffix === undefined) return false;
  if (!s.foreign) return true;
  // خورخي فالدانو, جوزيه فالنتي: after a transliterated given name, فال opens the surname, not ف + the article.
  if (slot && c.prefixes.join('') === 'ف' && c.article && bareStem(ctx, c.stem) && !t.alternatives?.length) return false;
  // ماريو بالينسكي, رامون كالديرون, آدم لالانا: so do بال, كال and لال, where the word has a transliterated
  // surname's shape and what follows the article is no word (بالتحديد, بالمناسبة are phrases).
  if (slot && c.article && ownArticleSurname(ctx, t)) return false;
  // جورج وستنغهاوس: after a transliterated given name, a surname may begin with و when what is left is
  // no word and no name (جون وماري is two people).
  if (slot && (ownWawSurname(ctx, t) || shortWawSurname(ctx, tokens, j, sentence))) return false;
  if (c.prefixes[0] === 'و' || c.article) return true;
  // Further into a transliterated name the letter may be the surname's own too (تيري رود لارسن), when
  // the word after the letter is no word either.
  if (j === s.i + 1) return false;
  // … but not past the third word: يون سوك يول بكيشيدا is a name of three words, then ب and the next man.
  if (j - s.i >= 3) return true;
  return !(c.prefixes.length === 1 && bareStem(ctx, c.stem) && !derivedVerbalNoun(c.stem));
}

/** The Maghrebi بو ('father of') written apart from the family name it opens, and the Sudanese ود ('son of'). */
const BU = 'بو';
const WAD = 'ود';

/**
 * How many tokens an inner connector and its object take at j (محمد ولد عبد العزيز), 0 when the word there
 * is no connector of a name: ولد is also the verb 'was born' (محمد ولد في), so it joins only a name.
 */
export function innerConnectorLength(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence, s: ChainState): number {
  if (!ctx.people.innerConnectors.has(tokens[j]!.norm) || j + 1 >= sentence.tokenEnd) return 0;
  const next = tokens[j + 1]!;
  const compound = compoundAt(ctx, tokens, j + 1, sentence, next.norm);
  const after = j > s.i && !next.clitics?.prefixes.length;
  // After a name already read, a definite word no list claims is a family name too (ولد الفقرا):
  // the verb ولد is followed by في, عام or its subject, not by a name-shaped word after a given name.
  // (Not after ود, the verb «wished» too, whose names are bare: عبد القادر ود حبوبة.)
  const definiteName = after && next.norm.startsWith('ال') && tokens[j]!.norm !== WAD && plausibleName(ctx, tokens, j + 1);
  // … and so is a bare unlisted word after a listed name (المختار ولد أجاي): the verb takes a
  // preposition, a time word or a proclitic after it (ولد في, ولد عام, ولد بالقاهرة).
  const bareName = after && s.firstKnown && !next.norm.startsWith('ال') && plausibleName(ctx, tokens, j + 1);
  // محمد ولد الشيخ الغزواني: الشيخ opens many Mauritanian family names, title though it is.
  const sheikh = after && s.firstKnown && next.norm === 'الشيخ';
  // حمودي ولد المصطفى ولد الوالي: after a first ولد of the name, a second one takes the next word
  // whatever else it spells; the verb «was born» is not said twice inside one name.
  const again = after && next.kind === 'word' && next.script === 'arabic' && !ctx.stop.has(next.norm) && connectorBefore(ctx, tokens, s.i, j);
  // مبارك بو صوفة: بو is no word of the sentence, so a name-shaped word after it is the family name
  // whatever the given name before it is.
  const bu = after && tokens[j]!.norm === BU && plausibleName(ctx, tokens, j + 1);
  return compound > 0 || knownName(ctx, next) || definiteName || bareName || sheikh || again || bu ? 1 + Math.max(1, compound) : 0;
}

/**
 * A regnal number at j ending a ruler's name (عبدالله الثاني, الفونسو الثالث عشر, لويس الحادي عشر): the
 * index after it and whether his father's name follows (عثمان الأول بن أرطغرل); 'ends' when the number
 * ranks a person after a surname (فرناندو غونزاليز العاشر: the tenth seed) and stays out.
 */
export function regnalNumberAt(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence, s: ChainState): { end: number; single: boolean; fatherFollows: boolean } | 'ends' | undefined {
  const { ordinals, given } = ctx.people;
  const norm = tokens[j]!.norm;
  if (ordinals.has(norm)) {
    if (j !== s.surnameSlot && !given.has(tokens[j - 1]!.norm)) return 'ends';
    let end = j + 1;
    if (end < sentence.tokenEnd && tokens[end]!.norm === 'عشر' && ordinals.has(`${norm} عشر`)) end++;
    const fatherFollows = end + 1 < sentence.tokenEnd && SON_OF.has(tokens[end]!.norm) && connectorObject(ctx, tokens, end + 1);
    return { end, single: true, fatherFollows };
  }
  // The first word alone is no ordinal (الحادي).
  if (j + 1 < sentence.tokenEnd && tokens[j + 1]!.norm === 'عشر' && ordinals.has(`${norm} عشر`)) return { end: j + 2, single: false, fatherFollows: false };
  return undefined;
}

/** Does an inner connector (ولد) stand among the name's words from `from` to before `j`? */
function connectorBefore(ctx: NameContext, tokens: readonly Token[], from: number, j: number): boolean {
  for (let k = from + 1; k < j; k++) if (ctx.people.innerConnectors.has(tokens[k]!.norm)) return true;
  return false;
}

/** The proclitics whose letter and the article open transliterated surnames (بالوتيلي, كالديرون, لالانا). */
const ARTICLE_SURNAME_INITIALS = new Set(['ب', 'ك', 'ل']);

/**
 * Is the word, read as a proclitic and the article, a transliterated surname that opens with those
 * letters? Long, of a surname's shape, and what follows the article is no listed word, verbal noun or
 * nisba.
 */
function ownArticleSurname(ctx: NameContext, t: Token): boolean {
  const c = t.clitics!;
  if (c.prefixes.length !== 1 || !ARTICLE_SURNAME_INITIALS.has(c.prefixes[0]!) || c.suffix !== undefined || t.alternatives?.length) return false;
  const stem = c.stem;
  return stem.length >= 5 && foreignSurnameShape(t.norm) && bareStem(ctx, stem) && !ctx.people.common.has(`ال${stem}`) && !ctx.nisba.has(`ال${stem}`) && !derivedVerbalNoun(stem) && !fuulVerbalNoun(stem);
}
