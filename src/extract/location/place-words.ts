// The word classes the place finder reads by, keyed per normalization: place names spelled like common
// words and the fixed phrases they are a word of (data/homographs.json), locative cues, trigger nouns
// (محافظة, مدينة), plural trigger nouns before lists, and rulers' titles in construct with a realm.
import { keyedSetOf } from '../common/words.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { DUAL_TRIGGERS, LIST_INTRODUCERS, LIST_TRIGGERS } from './place-lists.js';
import { FACILITY_NOUNS, LISTED_ONLY_TRIGGERS, PLACE_DEFINITION_NOUNS, PLACE_TRIGGERS } from './triggers.js';
import { REALM_TITLES } from './realm.js';
import homographs from './data/homographs.json';

/** Place names spelled like common words (الرباط, العين, تنس), keyed. */
export const homographSet = keyedSetOf(homographs.places);
/** Places of two words named like a man (صلاح الدين), keyed «first second»: the place only in a place's context. */
export const menPlaceSet = keyedSetOf(homographs.men);
/** … and those that are the place behind ب wherever they stand (بالرباط), keyed. */
export const behindBaSet = keyedSetOf(homographs.behindBa);

/** Fixed phrases a place name is a word of (مسقط رأسه), keyed: the place word → the words after it. */
export const idiomMap = perKeyer((key) => phraseMap(homographs.idioms, key));
/** … and those it is a word of after the word before it (نصف قطر), keyed: the place word → the words before it. */
export const idiomBeforeMap = perKeyer((key) => phraseMap(homographs.idiomsBefore, key));

/** A data entry of place word → neighbouring words, keyed (the entry's `note` is skipped: it is no list). */
function phraseMap(entries: Record<string, unknown>, key: (s: string) => string): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  for (const [word, words] of Object.entries(entries)) if (Array.isArray(words)) map.set(key(word), new Set(words.map(key)));
  return map;
}

// A plural place noun is a cue too (محافظات الصعيد, قرى الجليل), and so is a facility named after its
// place (ميناء العقبة, مطار العين).
export const locativeCueSet = keyedSetOf([...homographs.cues, ...PLACE_TRIGGERS, ...LIST_TRIGGERS, ...FACILITY_NOUNS]);

export const listedOnlySet = keyedSetOf(LISTED_ONLY_TRIGGERS);

/** Singular place nouns that define a place in an encyclopedia's first sentence (مدينة, قرية, جزيرة …). */
export const placeDefinitionNounSet = keyedSetOf(PLACE_DEFINITION_NOUNS);

/** Words after which a name is a place (مدينة, محافظة …), keyed per normalization. */
export const triggerSet = keyedSetOf(PLACE_TRIGGERS);
/** Plural and dual place nouns before a list of names (بمناطق تيشي وأوقاس), normalized. */
export const listTriggerSet = keyedSetOf(LIST_TRIGGERS);
/**
 * The plural ones with the article (المدن, المناطق): a list follows them only after a word that
 * introduces it (المدن المتضررة الأخرى مثل البيضاء وسوسة).
 */
export const definiteListTriggerSet = keyedSetOf(LIST_TRIGGERS.filter((w) => !DUAL_TRIGGERS.includes(w)).map((w) => `ال${w}`));
/** The dual ones among them (محافظتي, منطقتا): two places follow. */
export const dualTriggerSet = keyedSetOf(DUAL_TRIGGERS);

/** Rulers' titles in construct with a realm (ملك أراجون), keyed per normalization. */
export const realmTitleSet = keyedSetOf(REALM_TITLES);

/** Words that introduce the items after a plural place noun (منها, مثل, أبرزها), keyed. */
export const introducerSet = keyedSetOf(LIST_INTRODUCERS);
