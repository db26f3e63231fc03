import type { Sentence, Token } from '../../schema.js';
import { numberLexicon } from '../numbers/lexicon.js';
import { dateLexicon } from '../dates/lexicon.js';
import { tokenSpellingTest } from '../common/spelling.js';
import { functionWordSet, keyedSetOf, POSSESSIVE_PRONOUNS } from '../common/words.js';
import { matchPlace } from '../location/match-place.js';
import { placeLexicon } from '../location/lexicon.js';
import { placeSuffixSet } from '../location/suffix-place.js';
import { memoByIndex } from '../lexicon/memo.js';
import { tokenAt } from '../lexicon/scan.js';
import { bareKey, someReadingIn, tokenForms } from '../lexicon/token-forms.js';
import { perLexiconWord } from '../lexicon/word-memo.js';
import { homographSet, listTriggerSet, menPlaceSet } from '../location/place-words.js';
import { lastLetter } from './word-shapes.js';
import { workNounSet } from '../common/work-titles.js';
import { organizationLexicon } from '../organization/lexicon.js';
import type { ExtractContext } from '../types.js';
import { eponymHeadSet, NAME_CONNECTORS, personLexicon, type PersonLexicon, type TitleKind } from './lexicon.js';
import type { NameContext } from './name-chain.js';
import { AMBIGUOUS, COMMON, FAMILY, GIVEN, wordIs } from './word-classes.js';

const connectorSet = keyedSetOf(NAME_CONNECTORS);

/** End (token index) of a title phrase starting at i, trying the token's clitic readings; or -1. */
export function titleEnd(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): number {
  return titleAt(ctx, tokens, i, sentence)?.end ?? -1;
}

/** الحكم, normalized. */
const REFEREE = 'الحكم';

/** Bits of `titleWords`: some reading of the word opens a listed title; the word may be a possessed role. */
const OPENS_TITLE = 1;
const MAY_BE_POSSESSED = 2;

/**
 * What titleAt asks of every token it is handed, memoized per word (titleAt runs for most tokens): does
 * a reading of it open a title, and does it pass possessedRole's own tests of the word.
 */
const titleWords = perLexiconWord((people: PersonLexicon, t: Token) => {
  let opens = false;
  for (const f of tokenForms(t)) if (people.titles.startsWith(f.key)) opens = true;
  return (opens ? OPENS_TITLE : 0) | (mayBePossessedRole(people, t) ? MAY_BE_POSSESSED : 0);
});

/** Does some reading of the token's word open a listed title (memoized per word)? */
export function opensTitle(people: PersonLexicon, t: Token): boolean {
  return (titleWords(people, t) & OPENS_TITLE) !== 0;
}

/** The title starting at token i: where it ends and its kind (honorific, role, kinship). */
export function titleAt(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): { end: number; kind: TitleKind } | undefined {
  const t = tokens[i]!;
  // الحكم is the verdict or the rule far more often than the referee: a role only before his nationality
  // (الحكم السلوفيني سلافكو فينتشيتش).
  if (t.norm === REFEREE && !(i + 1 < sentence.tokenEnd && ctx.nisba.has(tokens[i + 1]!.norm))) return undefined;
  const word = titleWords(ctx.people, t);
  if ((word & OPENS_TITLE) === 0) return (word & MAY_BE_POSSESSED) === 0 ? undefined : possessedRole(ctx, tokens, i, sentence);
  const forms = tokenForms(t);
  // وإلى is not و + والي; a kinship noun with its pronoun (زوجته) is listed among the function words, so
  // that no name runs through it, and is a title all the same.
  const functionWord = ctx.functionWordSpelled(t);
  for (const form of forms) {
    // tokenAt, not wordAt: the abbreviated titles (د., أ.د.) are written with a dot.
    const m = ctx.people.titles.longest(form.key, i + 1, tokenAt(tokens, sentence));
    // جده (his grandfather) and جدة (the city) fold alike: a kinship noun's pronoun is written ه, not ة.
    if (m && m.value === 'kinship' && m.end === i + 1 && lastLetter(ctx.text, t) === 0x0629 /* ة */) continue;
    if (m && (!functionWord || m.value === 'kinship')) return { end: m.end, kind: m.value };
  }
  return undefined;
}

/**
 * وقال رئيسها التنفيذي غيوم فوري إن, مدربه البرتغالي جوزيه: a role noun with a possessive pronoun is as
 * definite as with the article, and is read as the listed title with it (الرئيس التنفيذي). Roles only:
 * kinship nouns with pronouns (زوجته) are function words and read there. A bare ه must be written ه, not
 * ة (رئيسة is another word); ت before the pronoun is the feminine ending (مديرته → المديرة).
 */
function possessedRole(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): { end: number; kind: TitleKind } | undefined {
  const t = tokens[i]!;
  if (!mayBePossessedRole(ctx.people, t)) return undefined;
  for (const form of tokenForms(t)) {
    for (const pronoun of POSSESSIVE_PRONOUNS) {
      if (!form.key.endsWith(pronoun) || form.key.startsWith('ال')) continue;
      if (pronoun === 'ه' && lastLetter(ctx.text, t) !== 0x0647) break;
      const base = form.key.slice(0, -pronoun.length);
      if (base.length < 3) break;
      // The feminine ending is ه or ة as the document's normalization keeps it.
      const bases = base.endsWith('ت') ? [base.slice(0, -1) + 'ه', base.slice(0, -1) + 'ة'] : [base];
      for (const b of bases) {
        const m = ctx.people.titles.longest('ال' + b, i + 1, tokenAt(tokens, sentence));
        if (m?.value === 'role') return { end: m.end, kind: m.value };
      }
      break;
    }
  }
  return undefined;
}

/** possessedRole's tests of the word alone: a word ending in a pronoun's letter with a reading among the possessed titles. */
function mayBePossessedRole(people: PersonLexicon, t: Token): boolean {
  if (t.kind !== 'word' || t.norm.length < 4) return false;
  const last = t.norm.charCodeAt(t.norm.length - 1);
  if (last !== 0x0647 /* ه */ && last !== 0x0645 /* م */ && last !== 0x0627 /* ا */) return false;
  // One set lookup turns away almost every word before any reading of it is made.
  return someReadingIn(t, people.possessedTitles);
}

/** The name-reading context for one document (word classes keyed by its normalization). */
export function nameContext(context: ExtractContext): NameContext {
  const { key, tokens, text } = context;
  const people = personLexicon(key);
  const eponymHeads = eponymHeadSet(key);
  const placeSuffixes = placeSuffixSet(key);
  const placeLists = listTriggerSet(key);
  const stopWords = functionWordSet(key);
  const places = placeLexicon(key);
  const menPlaces = menPlaceSet(key);
  const homographPlaces = homographSet(key);
  const connectors = connectorSet(key);
  const org = organizationLexicon(key);
  const sentenceOf = (i: number): Sentence => context.sentences[tokens[i]!.sentence]!;
  // Tokens a lexicon place spans from i (0: none), computed once per token.
  const placeLengths = new Int32Array(tokens.length).fill(-1);
  const placeLength = (i: number): number => {
    if (i < 0 || i >= tokens.length) return 0;
    if (placeLengths[i] === -1) {
      const end = matchPlace(places.trie, tokens, i, sentenceOf(i))?.end ?? i;
      // صلاح الدين, منى: a place named like a person, whose place reading needs context, is a name to the
      // person reader; the place reader decides by context.
      const key0 = bareKey(tokens[i]!);
      // … and so is one after a connector (عبد الله بن الزبير), where nothing licenses the place reading.
      const named = end === i + 2 ? menPlaces.has(`${key0} ${tokens[i + 1]!.norm}`) : end === i + 1 && homographPlaces.has(key0) && (people.ambiguous.has(key0) || (i > 0 && connectors.has(tokens[i - 1]!.norm)));
      placeLengths[i] = named ? 0 : end - i;
    }
    return placeLengths[i]!;
  };
  const isPlace = (i: number): boolean => placeLength(i) > 0;
  // لجنتي التقييم, حركتا حماس والجهاد: the dual of a body's head noun in ة, in construct, names no one.
  const dualOfHead = (n: string): boolean => n.length >= 5 && (n.endsWith('تي') || n.endsWith('تا')) && org.heads.has(`${n.slice(0, -2)}ه`);
  const isTitle = memoByIndex(tokens.length, (i) => titleEnd(ctx, tokens, i, sentenceOf(i)) > 0);
  const ctx: NameContext = {
    works: workNounSet(key),
    numberWords: numberLexicon(key).words,
    dayOrdinalStart: (n) => dateLexicon(key).ordinals.startsWith(n),
    people,
    stop: functionWordSet(key),
    connectors,
    text,
    isPlace,
    placeLength,
    menPlaceAt: (i) => i + 1 < tokens.length && placeLength(i) === 0 && menPlaces.has(`${bareKey(tokens[i]!)} ${tokens[i + 1]!.norm}`) && matchPlace(places.trie, tokens, i, sentenceOf(i))?.end === i + 2,
    placeAsWritten: (i) => {
      const m = placeLength(i) === 1 ? matchPlace(places.trie, tokens, i, sentenceOf(i)) : undefined;
      return m !== undefined && m.start === tokens[i]!.start;
    },
    eponymHead: (i) => {
      const n = bareKey(tokens[i]!);
      return !n.startsWith('ال') && eponymHeads.has(n);
    },
    nisba: places.nisba,
    bodyWord: (t) => org.known.startsWith(t.norm) && org.known.longest(t.norm, 0, () => undefined) !== undefined,
    knownBodyEnd: (i) => {
      const t = tokens[i]!;
      // The word as written (لوكهيد is no ل + a word): a body behind a proclitic is read elsewhere.
      if (t.kind !== 'word' || !org.known.startsWith(t.norm)) return -1;
      const s = sentenceOf(i);
      const m = org.known.longest(t.norm, i + 1, (j) => (j < s.tokenEnd && tokens[j]!.kind === 'word' ? tokens[j]!.norm : undefined));
      return m !== undefined && !m.value.ambiguous ? m.end : -1;
    },
    functionWordSpelled: tokenSpellingTest(text),
    notName: memoByIndex(tokens.length, (i) => {
      const t = tokens[i]!;
      // سيد عبد التواب, أمير كرارة, جورجي جيسوس: a listed name that is also a role or a nisba is the name
      // before a listed name or عبد + a definite word.
      const next = tokens[i + 1];
      // (A bare family name spelled like a word too: سيد درويش, سيد مكاوي.)
      if (wordIs(people, t, AMBIGUOUS) && next !== undefined && next.kind === 'word' && !next.clitics?.prefixes.length && (wordIs(people, next, GIVEN | FAMILY) || (!next.norm.startsWith('ال') && people.familyWords.has(next.norm)) || (next.norm === 'عبد' && tokens[i + 2]?.norm.startsWith('ال')) || people.compound.startsWith(next.norm))) return false;
      if (places.nisba.has(t.norm) || org.heads.has(t.norm) || org.pluralHeads.has(t.norm) || dualOfHead(t.norm)) return true;
      // لشركتي تسلا وسبيس إكس: a head, its plural or dual behind a proclitic is no name either.
      // (The preferred reading only: a second reading object per word was measurable.)
      const behind = t.clitics?.prefixes.length ? bareKey(t) : t.norm;
      if (behind !== t.norm && (org.heads.has(behind) || org.pluralHeads.has(behind) || dualOfHead(behind))) return true;
      if (wordIs(people, t, GIVEN | FAMILY)) return false;
      // صلاح الدين مدينة, سنان جامع, أبو العباس … الملقب: a facility noun or a word of naming after a name
      // is the sentence going on.
      // اللواء السابع بلدات الخيام: a plural place noun before a list of places opens no name either.
      if (eponymHeads.has(t.norm) || people.naming.has(t.norm) || placeSuffixes.has(t.norm) || placeLists.has(t.norm)) return true;
      // A role written without the article (أمير قطر, ملك البحرين) is a title too, never a name; so is one
      // before a people's plural (أمير الإيزيديين: no family name is a plural).
      // A listed name that is a rank too is the name before a definite word that can be a family name
      // (رائد الشرمان; not أمير الكويت, أمين الصندوق).
      const familyNext = wordIs(people, t, AMBIGUOUS) && next !== undefined && next.kind === 'word' && !next.clitics?.prefixes.length && next.norm.startsWith('ال') && !isPlace(i + 1) && !wordIs(people, next, COMMON) && !people.common.has(next.norm.slice(2)) && !places.nisba.has(next.norm) && !people.titles.startsWith(next.norm) && !PLURAL_NISBA.test(next.norm);
      const bareRole = !t.norm.startsWith('ال') && people.titles.longest('ال' + t.norm, i + 1, () => undefined) !== undefined && !familyNext;
      // لحماس, وفتح: a well-known organization of one word behind a proclitic (or the word it is spelled like).
      // (One lookup per reading first: most words open no listed organization, and need no reading objects.)
      const knownBody = someReadingIn(t, org.known.firstWordMap()) && tokenForms(t).some((f) => f.prefixed && org.known.longest(f.key, i + 1, () => undefined) !== undefined);
      // عبد اللطيف الوزاني, محمد المكناسي: a town's name of nisba shape right after a given name is his family name.
      // (So after a given name that is a word too: كريم الوزاني.)
      const prev = i > 0 ? tokens[i - 1]! : undefined;
      const afterGiven = prev !== undefined && prev.sentence === t.sentence && !prev.clitics?.prefixes.length && (wordIs(people, prev, GIVEN | AMBIGUOUS) || (i > 1 && tokens[i - 2]!.norm === 'عبد'));
      // جوستين هينان هاردين, جون بون جوفي: after a transliterated given name a bare place of one word,
      // with an unlisted word after it, is the middle of the name (زار جون لندن أمس: the town).
      const afterForeign = prev !== undefined && prev.sentence === t.sentence && !prev.clitics?.prefixes.length && people.foreign.has(prev.norm) && next !== undefined && next.sentence === t.sentence && next.kind === 'word' && !next.clitics?.prefixes.length && !next.norm.startsWith('ال') && !wordIs(people, next, COMMON) && !stopWords.has(next.norm) && placeLength(i + 1) === 0;
      // (Not a place that opens a listed organization of more words: لويس إنريكي باريس سان جيرمان.)
      const opensBody = afterForeign && org.known.startsWith(t.norm) && (org.known.longestInTokens(t.norm, i + 1, tokens, sentenceOf(i).tokenEnd)?.end ?? 0) > i + 1;
      // بيدرو دي مندوزا: after a given name and a particle of European names, a bare place of one word is
      // the family name it gave (a town is no complement of دي, فون or دا in Arabic).
      const beforeParticle = i > 1 ? tokens[i - 2]! : undefined;
      const afterParticle = prev !== undefined && prev.sentence === t.sentence && people.particles.has(prev.norm) && !stopWords.has(prev.norm) && beforeParticle !== undefined && beforeParticle.sentence === t.sentence && wordIs(people, beforeParticle, GIVEN) && !t.norm.startsWith('ال');
      const townSurname = ((afterGiven && t.norm.length >= 6 && t.norm.startsWith('ال') && t.norm.endsWith('ي')) || ((afterForeign || afterParticle) && !t.norm.startsWith('ال') && !opensBody)) && !t.clitics?.prefixes.length && placeLength(i) === 1;
      return bareRole || knownBody || (isPlace(i) && !townSurname) || isTitle(i);
    }),
  };
  return ctx;
}

/** A definite plural nisba (الإيزيديين, المسيحيون): a people, never a family name. */
const PLURAL_NISBA = /^ال.{3,}ي(?:ين|ون)$/;
