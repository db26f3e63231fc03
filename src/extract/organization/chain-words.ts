// The word classes a head chain is read with (chain.ts), assembled once per document: which tokens
// name a place or a well-known organization, and which words end a chain.
import type { Sentence } from '../../schema.js';
import { functionWordSet, newsVerbSet, presentVerbSet } from '../common/words.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { matchPlace } from '../location/match-place.js';
import { homographSet } from '../location/place-words.js';
import type { PlaceLexicon } from '../location/lexicon.js';
import { memoByIndex } from '../lexicon/memo.js';
import { wordAt } from '../lexicon/scan.js';
import { bareKey } from '../lexicon/token-forms.js';
import { eponymHeadSet, eponymRoleSet, reportingVerbSet, type PersonLexicon } from '../person/lexicon.js';
import type { ExtractContext } from '../types.js';
import type { OrganizationLexicon } from './lexicon.js';
import { AMBIGUOUS, COMMON, FAMILY, GIVEN, VERB, wordIs } from '../person/word-classes.js';

/** What the chain reader needs besides the organization lexicon. */
export interface ChainWords {
  /** The original text, for what the folds erase (a final ة, tanween). */
  text: string;
  /** Common words and verbs of news prose (the person lexicon's list): never a name. */
  common: ReadonlySet<string>;
  org: OrganizationLexicon;
  stop: ReadonlySet<string>;
  nisba: ReadonlyMap<string, string>;
  verbs: ReadonlySet<string>;
  isPlace: (i: number) => boolean;
  /** Is a well-known organization or place named at token i? */
  isNamed: (i: number) => boolean;
  /** One-word honorifics of people (الدكتور, سمو, معالي), normalized: a name chain ends before one. */
  honorifics: ReadonlySet<string>;
  /** Is token j a one-word role before a listed given name (… للتغيير النائب أحمد الطيبي)? A chain ends there. */
  roleBeforeName: (j: number) => boolean;
  /** Does a Maghrebi first name written with the article open a person's name at j (الطاهر بن سالم, العربي بن يمينة)? */
  definiteFirstNameAt: (j: number) => boolean;
  /** Royal and religious honorifics (الملك, الشيخ, الإمام): institutions are named after those people. */
  eponymTitles: ReadonlySet<string>;
  /** Roles things are named after with the person (الرئيس, القاضي, الشاعر), keyed. */
  eponymRoles: ReadonlySet<string>;
  /** Heads named after a person (جامعة, مستشفى, مطار …), normalized: مكتب الشيخ is his office, not a name. */
  eponymHeads: ReadonlySet<string>;
  /** Is this normalized word a listed given name, also one that is a word (خليفة)? For a lineage an institution is named after. */
  given: (k: string) => boolean;
  /** Is this normalized word a listed given name that is no word too (حمد, راشد; not خليفة)? */
  givenOnly: (k: string) => boolean;
  /** Is this normalized word a listed family name (دانغوتي, روتشيلد)? */
  family: (k: string) => boolean;
  /** Is token j a family name after a given name (مركز حيدر علييف): listed, or a bare word no list knows? */
  surnameAt: (j: number) => boolean;
  /** Regnal ordinals after a ruler's given name (الخامس in محمد الخامس), normalized. */
  ordinals: ReadonlySet<string>;
  /**
   * Where a place named by token j as written ends (exclusive), or -1: بيتسبرغ, لايبزيغ, بوينس آيرس begin
   * with letters the clitic splitter reads as proclitics.
   */
  wholePlaceEnd: (j: number) => number;
  /** Where a listed place read at token j ends (exclusive), behind a proclitic too (لقناة السويس), or -1. */
  placeEnd: (j: number) => number;
}

/** Verbs a name chain stops at: reporting verbs and the past and present verbs of news prose (التقت is no ال + تقت; ائتلاف يضم). */
export const chainVerbSet = perKeyer((key) => new Set([...reportingVerbSet(key), ...newsVerbSet(key), ...presentVerbSet(key)]) as ReadonlySet<string>);

/**
 * The chain words of the document in `context`, with per-token answers memoized, and `placeAt`: does a
 * listed place start at token j (in any sentence position, unlike `words.isPlace`, which reads a chain
 * going on from the token before)?
 */
export function chainWords(context: ExtractContext, org: OrganizationLexicon, places: PlaceLexicon, people: PersonLexicon): { words: ChainWords; placeAt: (j: number) => boolean } {
  const { tokens, key } = context;
  const sentenceOf = (j: number): Sentence => context.sentences[tokens[j]!.sentence]!;
  const isPlace = memoByIndex(tokens.length, (j) => matchPlace(places.trie, tokens, j, sentenceOf(j)) !== undefined);
  // A name spelled like a place (الجزيرة) counts too after a head that is no descriptor: جامعة الجزيرة
  // is the university; after a descriptor (نادي الجزيرة) the name stands alone (descriptor.ts).
  const isKnown = memoByIndex(tokens.length, (j) => {
    if (!org.known.startsWith(tokens[j]!.norm)) return false;
    const value = org.known.longest(tokens[j]!.norm, j + 1, wordAt(tokens, sentenceOf(j)))?.value;
    if (value === undefined) return false;
    const afterDescriptor = j > 0 && org.descriptors.longest(bareKey(tokens[j - 1]!), j, () => undefined) !== undefined;
    return value.ambiguous === false || (value.placeWord === true && !afterDescriptor);
  });
  const [stop, verbs] = [functionWordSet(key), chainVerbSet(key)];
  const homographs = homographSet(key);
  const words: ChainWords = {
    text: context.text, common: people.common, org, stop, nisba: places.nisba, verbs,
    isPlace: (j) => j < tokens.length && isPlace(j) && tokens[j]!.sentence === tokens[j - 1]?.sentence,
    // حركة العبور, شركة الأمل: a one-word place spelled like a common word names nothing after a head.
    isNamed: (j) => (isPlace(j) && !homographs.has(tokens[j]!.norm)) || isKnown(j),
    honorifics: people.honorifics,
    roleBeforeName: (j) => {
      const next = tokens[j + 1];
      // (A listed name that is a word too counts after a title: هيئة تطوير منطقة عسير الأمير تركي بن طلال.)
      // (So does any bare word before a listed name, a word of the lists too, no verb: مجلس القضاء الأعلى
      // القاضي فائق زيدان. Its first letter may read as a proclitic: فائق is no ف + ائق.)
      const after = tokens[j + 2];
      const firstBeforeName = next !== undefined && next.kind === 'word' && next.clitics?.prefixes[0] !== 'و' && !next.norm.startsWith('ال') && !stop.has(next.norm) && !wordIs(people, next, VERB) && after !== undefined && after.sentence === next.sentence && !after.clitics?.prefixes.length && wordIs(people, after, GIVEN | FAMILY);
      // (And a title before a country's adjective is a role of its own: بدار المجلس السفير الياباني.)
      const nationality = next !== undefined && !next.clitics?.prefixes.length && places.nisba.has(next.norm);
      return next !== undefined && next.sentence === tokens[j]!.sentence && ((!next.clitics?.prefixes.length && wordIs(people, next, GIVEN | AMBIGUOUS)) || firstBeforeName || nationality) && people.titles.longest(tokens[j]!.norm, j + 1, () => undefined) !== undefined;
    },
    definiteFirstNameAt: (j) => {
      const t = tokens[j];
      const next = tokens[j + 1];
      if (t === undefined || next === undefined || next.sentence !== t.sentence || t.clitics?.prefixes.length || !people.definiteGiven.has(t.norm)) return false;
      // (… من أجل الجمهورية المنصف المرزوقي: a listed family name with the article after it too.)
      // (للاتحاد المغربي للشغل الميلودي موخاريق: an unlisted bare surname after a listed Maghrebi given
      // name that spells no word.)
      const unlistedSurname = next.kind === 'word' && !next.norm.startsWith('ال') && !people.common.has(t.norm.slice(2)) && !people.common.has(t.norm) && !wordIs(people, next, COMMON | VERB) && !stop.has(next.norm) && !places.nisba.has(`ال${next.norm}`);
      return next.norm === 'بن' || (!next.clitics?.prefixes.length && (next.norm.startsWith('ال') ? wordIs(people, next, FAMILY) && !places.nisba.has(next.norm) : wordIs(people, next, GIVEN | FAMILY) || unlistedSurname));
    },
    eponymTitles: people.eponymTitles,
    eponymRoles: eponymRoleSet(key),
    eponymHeads: eponymHeadSet(key),
    given: (k) => people.given.has(k) || people.ambiguous.has(k),
    givenOnly: (k) => people.given.has(k) && !people.ambiguous.has(k),
    family: (k) => people.family.has(k),
    ordinals: people.ordinals,
    surnameAt: (j) => {
      const t = tokens[j];
      if (t === undefined || t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || t.norm.length < 3) return false;
      if (wordIs(people, t, FAMILY)) return true;
      const n = t.norm;
      return !n.startsWith('ال') && !people.common.has(n) && !stop.has(n) && !verbs.has(n) && !places.nisba.has(n) && !isPlace(j) && !org.heads.has(n);
    },
    placeEnd: (j) => (j < tokens.length && isPlace(j) ? matchPlace(places.trie, tokens, j, sentenceOf(j))!.end : -1),
    wholePlaceEnd: (j) => {
      if (j >= tokens.length || !isPlace(j)) return -1;
      const m = matchPlace(places.trie, tokens, j, sentenceOf(j));
      if (m !== undefined && m.end === j + 1 && homographs.has(tokens[j]!.norm)) return -1;
      return m !== undefined && m.start === tokens[j]!.start ? m.end : -1;
    },
  };
  return { words, placeAt: isPlace };
}
