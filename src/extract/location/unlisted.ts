// The places no lexicon lists, read after the lexicon scan from what the sentence says of them: an
// encyclopedia's definition (بنها مدينة مصرية), a ruler's realm (سلطان زنجبار), a town located by a listed
// place (ريدموند قرب سياتل), the place of a life's event (ولد في أروان عام 1556).
import type { Token } from '../../schema.js';
import { hasBehindConjunction } from '../common/words.js';
import { dateLexicon } from '../dates/lexicon.js';
import { nameStarts } from '../lexicon/name-starts.js';
import type { PersonLexicon } from '../person/lexicon.js';
import type { Candidate, ExtractContext } from '../types.js';
import { findDefinedPlaces } from './definition.js';
import { lifePlaces } from './life-place.js';
import { placesByNisba, placesNearListed } from './near-place.js';
import { findRealms } from './realm.js';
import { AMBIGUOUS, COMMON, FAMILY, GIVEN, wordIs } from '../person/word-classes.js';

/** What the readers of unlisted places need of the location extractor's word lists. */
export interface UnlistedWords {
  /** Does a listed place start at token j? */
  placeAt: (j: number) => boolean;
  /** Nouns that define a place (مدينة, جزيرة …) and rulers' titles (ملك, سلطان …), keyed. */
  definitionNouns: ReadonlySet<string>;
  realmTitles: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  common: ReadonlySet<string>;
  nisba: ReadonlyMap<string, string>;
  triggers: ReadonlySet<string>;
  people: PersonLexicon;
}

/**
 * An imperfect verb's shape (يحكم, تمتد): ي or ت and three letters or more. Narrower than the person
 * extractor's imperfectShape, which also takes ن: realms open with ن (نافار, نابولي).
 */
function imperfectLike(norm: string): boolean {
  return norm.length >= 4 && (norm.charCodeAt(0) === 0x064a || norm.charCodeAt(0) === 0x062a);
}

/** Candidates for unlisted places; `found` holds the places the scan read (near-place and life-place avoid them). */
export function unlistedPlaces(context: ExtractContext, found: readonly Candidate[], w: UnlistedWords): Candidate[] {
  const { text, tokens, key } = context;
  const { placeAt, stop, common, nisba, triggers, people } = w;
  const out: Candidate[] = [];
  // Words no place name is made of: function words, common words, verbs, people's names.
  // وفي, فمن: a function word behind و or ف, too short for the clitic splitter.
  const notName = (t: Token): boolean => hasBehindConjunction(stop, t.norm) || common.has(t.norm) || wordIs(people, t, COMMON) || people.verbs.has(t.norm) || wordIs(people, t, GIVEN | FAMILY);
  for (const c of findDefinedPlaces(text, tokens, context.sentences, { nouns: w.definitionNouns, nisba, notName, placeAt, pastVerb: (n) => people.pastVerbs.has(n) })) out.push(c);
  const nameWord = (t: Token): boolean => !notName(t) && !wordIs(people, t, AMBIGUOUS) && !nisba.has(t.norm);
  const realmWord = (t: Token): boolean => nameWord(t) && !imperfectLike(t.norm);
  for (const c of findRealms(context, w.realmTitles, nameStarts(context), realmWord)) out.push(c);
  const townWord = (t: Token): boolean => realmWord(t) && !triggers.has(t.norm) && !people.titles.startsWith(t.norm);
  const listed = [...found, ...out];
  for (const c of placesNearListed(text, tokens, context.sentences, listed, townWord, (k) => triggers.has(k))) out.push(c);
  // (Any name-shaped word here, one opening like an imperfect too: تورون البولندية; no verb takes the adjective.)
  const nisbaTownWord = (t: Token): boolean => nameWord(t) && !triggers.has(t.norm) && !people.titles.startsWith(t.norm);
  for (const c of placesByNisba(text, tokens, context.sentences, [...listed, ...out], nisbaTownWord, nisba)) out.push(c);
  // ولد في يناير عام 1950: a month is no town. After ولد في a word opening like an imperfect is a town
  // too (تافراوت): no verb stands there.
  const months = dateLexicon(key).months;
  const lifePlaceWord = (t: Token): boolean => nameWord(t) && !triggers.has(t.norm) && !people.titles.startsWith(t.norm) && !months.startsWith(t.norm);
  // (A given name that is no word of the lists: رندة; not أمل, hope, nor a family name.)
  const firstNameWord = (t: Token): boolean => wordIs(people, t, GIVEN) && !wordIs(people, t, COMMON | AMBIGUOUS | FAMILY) && !common.has(t.norm) && !months.startsWith(t.norm) && !nisba.has(t.norm);
  for (const c of lifePlaces(text, tokens, context.sentences, [...found, ...out], key, lifePlaceWord, firstNameWord)) out.push(c);
  return out;
}
