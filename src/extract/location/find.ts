import type { Sentence, Token } from '../../schema.js';
import { commonWordSet, functionWordSet, hasBehindConjunction, keyedSetOf, newsVerbSet, presentVerbSet } from '../common/words.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { PhraseTrie } from '../lexicon/phrase-trie.js';
import { hasTanween, scanStarts, wordAt } from '../lexicon/scan.js';
import { bareForm, formIn, someReadingIn, tokenForms } from '../lexicon/token-forms.js';
import { nameStarts, PLACE_START } from '../lexicon/name-starts.js';
import type { Candidate, ExtractContext } from '../types.js';
import { placeLexicon, type Place } from './lexicon.js';
import { homographSupported, type HomographNeighbours } from './homograph-support.js';
import { betweenBefore, LIST_TRIGGERS, listAfterPlace, placeBetween, placeList, type ListWords } from './place-lists.js';
import { districtAt } from './district.js';
import { FACILITY_NOUNS, LISTED_ONLY_TRIGGERS, PLACE_DEFINITION_NOUNS, PLACE_TRIGGERS } from './triggers.js';
import { REALM_TITLES } from './realm.js';
import { unlistedPlaces } from './unlisted.js';
import { personLexicon } from '../person/lexicon.js';
import { lastLetter } from '../person/word-shapes.js';
import { trimDescriptors } from './descriptors.js';
import { PLACE_NAME_OPENERS, triggeredNameEnd, type TriggerWords } from './trigger-name.js';
import homographs from './data/homographs.json';
import { adjectiveOfNounBefore } from './adjective-reading.js';

/** Place names spelled like common words (الرباط, العين, تنس), keyed. */
export const homographSet = keyedSetOf(homographs.places);

/** Fixed phrases a place name is a word of (مسقط رأسه), keyed: the place word → the words after it. */
const idiomMap = perKeyer((key) => phraseMap(homographs.idioms, key));
/** … and those it is a word of after the word before it (نصف قطر), keyed: the place word → the words before it. */
const idiomBeforeMap = perKeyer((key) => phraseMap(homographs.idiomsBefore, key));

/** A data entry of place word → neighbouring words, keyed (the entry's `note` is skipped: it is no list). */
function phraseMap(entries: Record<string, unknown>, key: (s: string) => string): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  for (const [word, words] of Object.entries(entries)) if (Array.isArray(words)) map.set(key(word), new Set(words.map(key)));
  return map;
}

// A plural place noun is a cue too (محافظات الصعيد, قرى الجليل), and so is a facility named after its
// place (ميناء العقبة, مطار العين).
export const locativeCueSet = keyedSetOf([...homographs.cues, ...PLACE_TRIGGERS, ...LIST_TRIGGERS, ...FACILITY_NOUNS]);

const listedOnlySet = keyedSetOf(LISTED_ONLY_TRIGGERS);

/** Singular place nouns that define a place in an encyclopedia's first sentence (مدينة, قرية, جزيرة …). */
const placeDefinitionNounSet = keyedSetOf(PLACE_DEFINITION_NOUNS);

/** Words after which a name is a place (مدينة, محافظة …), keyed per normalization. */
export const triggerSet = keyedSetOf(PLACE_TRIGGERS);
/** Plural and dual place nouns before a list of names (بمناطق تيشي وأوقاس), normalized. */
export const listTriggerSet = keyedSetOf(LIST_TRIGGERS);

/** Rulers' titles in construct with a realm (ملك أراجون), keyed per normalization. */
export const realmTitleSet = keyedSetOf(REALM_TITLES);


/** Longest lexicon place starting at token i, trying the whole word first, then its clitic readings. */
export function matchPlace(trie: PhraseTrie<Place>, tokens: readonly Token[], i: number, sentence: Sentence): { start: number; end: number; place: Place } | undefined {
  let words: ((i: number) => string | undefined) | undefined; // made on the first reading that opens a place
  for (const form of tokenForms(tokens[i]!)) {
    // The future marker س never stands before a noun, and ك «like» very rarely before a place: كسرت is a
    // verb, not ك + سرت.
    // With the article it is «like» a place (دول كالأردن والإمارات).
    if (form.prefixes.includes('س') || (form.prefixes.includes('ك') && !form.article) || !trie.startsWith(form.key)) continue;
    const m = trie.longest(form.key, i + 1, (words ??= wordAt(tokens, sentence)));
    if (m) return { start: form.start, end: m.end, place: m.value };
  }
  return undefined;
}

/** Finds LOCATION candidates: lexicon places, and names right after a place trigger word. */
export function findPlaces(context: ExtractContext): Candidate[] {
  const { tokens, text, key } = context;
  const { trie, nisba } = placeLexicon(key);
  const triggers = triggerSet(key);
  const stop = functionWordSet(key);
  const homographWords = homographSet(key);
  const idioms = idiomMap(key);
  const idiomsBefore = idiomBeforeMap(key);
  const cues = locativeCueSet(key);
  const common = commonWordSet(key);
  const listedOnlyTriggers = listedOnlySet(key);
  const people = personLexicon(key);
  const newsVerbs = newsVerbSet(key);
  const presentVerbs = presentVerbSet(key);
  const isCommon = (w: string): boolean => common.has(w) || people.common.has(w);
  const out: Candidate[] = [];
  const listTriggers = listTriggerSet(key);
  const triggerWords: TriggerWords = {
    text, triggers, listTriggers, listedOnly: listedOnlyTriggers, stop, common, nisba,
    isCommon: (n) => isCommon(n) || (n.startsWith('ال') && isCommon(n.slice(2))) || people.titles.startsWith(n),
    personName: (n) => people.given.has(n) || people.family.has(n) || people.ambiguous.has(n),
    isTitle: (n) => people.titles.startsWith(n),
    isVerb: (n) => newsVerbs.has(n) || presentVerbs.has(n) || people.pastVerbs.has(n),
  };
  const listWords = (sentence: Sentence): ListWords => ({
    placeEnd: (j) => matchPlace(trie, tokens, j, sentence)?.end ?? -1,
    nameWord: (k, t) => {
      // غيرها, حولها, وغيرهما: a function word with a pronoun.
      const pronoun = ['ها', 'هما', 'هم'].some((p) => k.endsWith(p) && stop.has(k.slice(0, -p.length)));
      return k.length >= 3 && !pronoun && !stop.has(k) && !people.pastVerbs.has(k) && !placeDefinitionNounSet(key).has(k) && !isCommon(k) && !isCommon(k.replace(/^ال/, '')) && !people.verbs.has(k) && !people.given.has(k) && !people.family.has(k) && !nisba.has(k) && !triggers.has(k) && !listTriggers.has(k) && !hasTanween(text, t) && (k.startsWith('ال') || !k.endsWith('يه'));
    },
    isFunctionWord: (n) => stop.has(n),
    openers: PLACE_NAME_OPENERS,
    personName: triggerWords.personName,
  });
  // A listed place around a homograph: one not spelled like a word after it, any before it.
  const near = (sentence: Sentence): HomographNeighbours => ({
    plainPlaceEnd: (j) => {
      const m = matchPlace(trie, tokens, j, sentence);
      return m && !(m.end === j + 1 && someReadingIn(tokens[j]!, homographWords)) ? m.end : -1;
    },
    // A list read after the place may have put its unlisted items after it (في الجهراء وخيطان والرابية).
    placeEndsAt: (j) => {
      for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) if (out[k]!.end === tokens[j - 1]!.end) return true;
      return false;
    },
    bodyEndsAt: (j) => bodyEnds.has(tokens[j - 1]!.end),
  });
  // Where the organizations found before end (context.previous): a homograph behind ب right after one is its seat.
  const bodyEnds = new Set(context.previous.filter((c) => c.type === 'ORGANIZATION').map((c) => c.end));
  scanStarts(context, nameStarts(context), PLACE_START, (i, sentence) => {
    const token = tokens[i]!;
    const hit = matchPlace(trie, tokens, i, sentence);
    // Tanween marks an indefinite common noun (دورًا), never a place name. A place spelled like a common
    // word (الرباط, البندقية) needs a locative word or a trigger before it.
    // جده, written with ه, is as often 'his grandfather' as جدة: such a spelling needs a cue too.
    const kinship = hit !== undefined && hit.end === i + 1 && lastLetter(text, token) === 0x0647 /* ه */ && people.titles.longest(token.norm, i + 1, () => undefined)?.value === 'kinship';
    const unsupported = hit !== undefined && hit.end === i + 1 && (kinship || someReadingIn(token, homographWords)) && !(i > sentence.tokenStart && hasBehindConjunction(cues, bareForm(tokens[i - 1]!).key)) && !homographSupported(tokens, i, sentence, near(sentence));
    // مجلسا وزاريا is no و + زاريا: a proclitic reading of a word that is a common word as written, or
    // its accusative, is no place.
    // مسقط رأسه: the place word inside a fixed phrase.
    // The word as written or behind its proclitic (كابل is no ك + ابل, ومسقط is و + مسقط).
    const phrasesOf = (map: ReadonlyMap<string, ReadonlySet<string>>) => map.get(token.norm) ?? map.get(bareForm(token).key);
    const idiom = hit !== undefined && hit.end === i + 1 && ((i + 1 < sentence.tokenEnd && phrasesOf(idioms)?.has(tokens[i + 1]!.norm) === true) || (i > sentence.tokenStart && phrasesOf(idiomsBefore)?.has(tokens[i - 1]!.norm) === true));
    const wordAsWritten = hit !== undefined && hit.start > token.start && (isCommon(token.norm) || (token.norm.endsWith('ا') && isCommon(token.norm.slice(0, -1))));
    const adjective = hit !== undefined && hit.end === i + 1 && adjectiveOfNounBefore(text, tokens, i, sentence);
    if (hit && !unsupported && !idiom && !wordAsWritten && !adjective && !(hit.end === i + 1 && hasTanween(text, token))) {
      const [from, to] = trimDescriptors(key, tokens, i, hit.end, hit.place.kind, (w) => triggers.has(w), (s) => matchPlace(trie, tokens, s, sentence)?.end ?? -1);
      const start = from === i ? hit.start : tokens[from]!.start;
      out.push({ type: 'LOCATION', start, end: tokens[to - 1]!.end, rule: `lexicon-${hit.place.kind}` });
      // في طفس والمزيريب واليادودة: unlisted places joined to a listed one after a locative word.
      const locative = (i > sentence.tokenStart && hasBehindConjunction(cues, bareForm(tokens[i - 1]!).key)) || token.clitics?.prefixes[0] === 'ب';
      if (locative && hit.end < sentence.tokenEnd && tokens[hit.end]!.norm.startsWith('و')) listAfterPlace(tokens, hit.end, sentence, listWords(sentence), out);
      if (betweenBefore(tokens, i, sentence)) placeBetween(tokens, i, hit.end, sentence, listWords(sentence), out);
      return hit.end;
    }
    // التابعة لمركز البدرشين بمحافظة الجيزة: an Egyptian district.
    if (districtAt(tokens, i, sentence, key)) {
      const name = tokens[i + 1]!;
      out.push({ type: 'LOCATION', start: name.start, end: name.end, rule: 'district' });
      return i + 2;
    }
    // بمناطق تيشي وأوقاس وملبو: a plural place noun, then a list of names.
    if (formIn(token, listTriggers)) placeList(tokens, i, sentence, listWords(sentence), out);
    const isTrigger = formIn(token, triggers);
    const next = tokens[i + 1];
    if (isTrigger && next && i + 1 < sentence.tokenEnd && next.script === 'arabic' && next.start - token.end <= 1) {
      const known = matchPlace(trie, tokens, i + 1, sentence);
      if (known) {
        out.push({ type: 'LOCATION', start: known.start, end: tokens[known.end - 1]!.end, rule: `lexicon-${known.place.kind}` });
        return known.end;
      }
      const end = triggeredNameEnd(tokens, i, sentence, triggerWords);
      if (end > 0) {
        out.push({ type: 'LOCATION', start: next.start, end: tokens[end - 1]!.end, rule: 'trigger', score: -1 });
        return end;
      }
    }
    return i + 1;
  });
  const placeAt = (j: number): boolean => matchPlace(trie, tokens, j, context.sentences[tokens[j]!.sentence]!) !== undefined;
  const unlisted = { placeAt, definitionNouns: placeDefinitionNounSet(key), realmTitles: realmTitleSet(key), stop, common, nisba, triggers, people };
  for (const c of unlistedPlaces(context, out, unlisted)) out.push(c);
  return out;
}
