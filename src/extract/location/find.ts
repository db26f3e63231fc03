import type { Sentence, Token } from '../../schema.js';
import { DIRECTION_ADJECTIVES } from '../common/directions.js';
import { spelling } from '../common/spelling.js';
import { commonWordSet, functionWordSet, hasBehindConjunction, newsVerbSet, presentVerbSet } from '../common/words.js';
import { hasTanween, scanStarts } from '../lexicon/scan.js';
import { bareKey, formIn, someReadingIn } from '../lexicon/token-forms.js';
import { nameStarts, PLACE_START } from '../lexicon/name-starts.js';
import type { Candidate, ExtractContext } from '../types.js';
import { placeLexicon, type Place } from './lexicon.js';
import { matchPlace } from './match-place.js';
import { behindBaSet, definiteListTriggerSet, dualTriggerSet, homographSet, menPlaceSet, idiomBeforeMap, idiomMap, introducerSet, listedOnlySet, listTriggerSet, locativeCueSet, placeDefinitionNounSet, realmTitleSet, triggerSet } from './place-words.js';
import { byMeansOf, homographSupported, type HomographNeighbours } from './homograph-support.js';
import { listAfterPlace, placeList, type ListWords } from './place-lists.js';
import { betweenBefore, placeBetween } from './place-between.js';
import { districtAt, districtNameEnd } from './district.js';
import { unlistedPlaces } from './unlisted.js';
import { suffixPlaces } from './suffix-place.js';
import { findVenues } from './venue.js';
import { findCapitalAppositions } from './capital-apposition.js';
import { findUnlistedDatelines } from './dateline.js';
import { personLexicon } from '../person/lexicon.js';
import { derivedParticipleAccusative, lastLetter } from '../person/word-shapes.js';
import { epithetSet, trimDescriptors } from './descriptors.js';
import { workTitles } from '../common/work-titles.js';
import { medinaInHistory } from './medina.js';
import { GOVERNORATE, nameAdjectiveSet, PLACE_NAME_OPENERS, triggeredNameEnd, type TriggerWords } from './trigger-name.js';
import { accusativeNisba, adjectiveOfNounBefore } from './adjective-reading.js';
import { eventPlace, stadiumPlace } from './event-name.js';
import { joinedToPlace, personNamedPlaceEnd } from './place-over-person.js';
import { riverBank } from './river-bank.js';

/** الجديدة, normalized: after a city, the new city named for it (أسيوط الجديدة). */
const NEW_CITY = 'الجديده';

/** Words of time that may follow a place without the article (في الرباط أمس, في منى يوم عرفة), normalized. */
const TIME_NOUNS: ReadonlySet<string> = new Set(['امس', 'يوم', 'صباح', 'مساء', 'ليله', 'غدا', 'فجر', 'ظهر', 'عصر', 'منتصف']);

/** Words of direction and nearness that follow a place (عمران شمال صنعاء, كسب قرب الحدود), normalized. */
const BESIDE_NOUNS: ReadonlySet<string> = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'قرب', 'قباله', 'جنوبا', 'شمالا', 'شرقا', 'غربا']);

/** Finds LOCATION candidates: lexicon places, and names right after a place trigger word. */
export function findPlaces(context: ExtractContext): Candidate[] {
  const { tokens, text, key } = context;
  const { trie, nisba } = placeLexicon(key);
  const triggers = triggerSet(key);
  const stop = functionWordSet(key);
  const homographWords = homographSet(key);
  const menPlaces = menPlaceSet(key);
  const idioms = idiomMap(key);
  const idiomsBefore = idiomBeforeMap(key);
  const cues = locativeCueSet(key);
  const common = commonWordSet(key);
  const listedOnlyTriggers = listedOnlySet(key);
  const people = personLexicon(key);
  const newsVerbs = newsVerbSet(key);
  const presentVerbs = presentVerbSet(key);
  const isCommon = (w: string): boolean => common.has(w) || people.common.has(w);
  // A word of the lists, as written or behind its proclitic (عند, لمؤازرة, بحضور).
  const listedWord = (t: Token): boolean => stop.has(t.norm) || isCommon(t.norm) || (t.clitics !== undefined && t.clitics.prefixes.length > 0 && (isCommon(t.clitics.stem) || stop.has(t.clitics.stem) || newsVerbs.has(t.clitics.stem)));
  const out: Candidate[] = [];
  const listTriggers = listTriggerSet(key);
  const definiteListTriggers = definiteListTriggerSet(key);
  const dualTriggers = dualTriggerSet(key);
  const triggerWords: TriggerWords = {
    text, key, triggers, listTriggers, listedOnly: listedOnlyTriggers, stop, common, nisba,
    isCommon: (n) => isCommon(n) || (n.startsWith('ال') && isCommon(n.slice(2))) || people.titles.startsWith(n),
    personName: (n) => people.given.has(n) || people.family.has(n) || people.ambiguous.has(n),
    isTitle: (n) => people.titles.startsWith(n),
    isVerb: (n) => newsVerbs.has(n) || presentVerbs.has(n) || people.pastVerbs.has(n),
  };
  const listWords = (sentence: Sentence): ListWords => ({
    placeEnd: (j) => matchPlace(trie, tokens, j, sentence)?.end ?? -1,
    homograph: (j) => someReadingIn(tokens[j]!, homographWords),
    nameWord: (k, t) => {
      // غيرها, حولها, وغيرهما: a function word with a pronoun; وحدها: a common word as written.
      // وأسواقها: a listed noun with a pronoun; وقفات: the plural of a listed noun in ة.
      const pronoun = ['ها', 'هما', 'هم'].some((p) => k.endsWith(p) && (stop.has(k.slice(0, -p.length)) || isCommon(k.slice(0, -p.length))));
      const plural = [k, t.norm].some((x) => x.length >= 5 && x.endsWith('ات') && (isCommon(`${x.slice(0, -2)}ه`) || isCommon(`${x.slice(0, -2)}ة`)));
      // وبالقرب, وللمدينة: a second proclitic and the article (no name opens with both).
      const behind = [t.clitics, ...(t.alternatives ?? [])].some((a) => a !== undefined && a.prefixes.length >= 2 && a.article);
      return k.length >= 3 && !derivedParticipleAccusative(k) && !pronoun && !plural && !behind && !isCommon(t.norm) && !stop.has(k) && !people.pastVerbs.has(k) && !placeDefinitionNounSet(key).has(k) && !isCommon(k) && !isCommon(k.replace(/^ال/, '')) && !people.verbs.has(k) && !people.given.has(k) && !people.family.has(k) && !nisba.has(k) && !triggers.has(k) && !listTriggers.has(k) && !hasTanween(text, t) && (k.startsWith('ال') || !k.endsWith('يه'));
    },
    isFunctionWord: (n) => stop.has(n),
    openers: PLACE_NAME_OPENERS,
    personName: triggerWords.personName,
    introducers: introducerSet(key),
    nameAdjectives: nameAdjectiveSet(key),
  });
  const capitalKey = key('العاصمة');
  // A listed place around a homograph: one not spelled like a word after it, any before it.
  const near = (sentence: Sentence): HomographNeighbours => ({
    plainPlaceEnd: (j) => {
      const m = matchPlace(trie, tokens, j, sentence);
      return m && !(m.end === j + 1 && someReadingIn(tokens[j]!, homographWords)) ? m.end : -1;
    },
    // A list read after the place may have put its unlisted items after it (في الجهراء وخيطان والرابية).
    // An epithet left outside the place may stand between (مكة المكرمة ومنى وعرفات).
    placeEndsAt: (j) => {
      const before = j >= 2 && epithets.has(tokens[j - 1]!.norm) ? tokens[j - 2]!.end : -1;
      for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) if (out[k]!.end === tokens[j - 1]!.end || out[k]!.end === before) return true;
      return false;
    },
    bodyEndsAt: (j) => bodyEnds.has(tokens[j - 1]!.end),
    behindBa: (k) => behindBa.has(k),
    capital: (n) => n === capitalKey,
    nisba: (n) => nisba.has(n),
  });
  const behindBa = behindBaSet(key);
  const epithets = epithetSet(key);
  // Where the organizations found before end (context.previous): a homograph behind ب right after one is its seat.
  const bodyEnds = new Set(context.previous.filter((c) => c.type === 'ORGANIZATION').map((c) => c.end));
  // Where the people found before start and end (context.previous): the place reader settles some of their words.
  const personAt = new Map(context.previous.filter((c) => c.type === 'PERSON').map((c) => [c.start, c.end]));
  // رواية « سمرقند », فيلمه « تمبكتو »: a place's name inside the quoted title of a work names the work.
  const titles = workTitles(context);
  /**
   * The listed place the scan found at token i, read in its context: where the scan goes on, or -1 when
   * the place is no place here (the other readings of the token follow). Apart from the scan's callback,
   * whose variables its closures would otherwise capture: that gave every visited token a context.
   */
  const listedPlace = (i: number, sentence: Sentence, token: Token, hit: { start: number; end: number; place: Place }): number => {
    // Tanween marks an indefinite common noun (دورًا), never a place name. A place spelled like a common
    // word (الرباط, البندقية) needs a locative word or a trigger before it.
    // جده, written with ه, is as often 'his grandfather' as جدة: such a spelling needs a cue too.
    // (Behind و or ف too: فجده لأبيه, وجده لأمه.)
    const kinship = hit.end === i + 1 && lastLetter(text, token) === 0x0647 /* ه */ && [token.norm, bareKey(token)].some((k) => people.titles.longest(k, i + 1, () => undefined)?.value === 'kinship');
    // نجحت في كسب تأييد شعبي: a bare homograph before a bare noun of the lists is a verbal noun and its
    // object; the locative word before it is no sign of a place. (Not a country: في مالي ولاية رئيسه,
    // the verb's object after the place.)
    const after = i + 1 < sentence.tokenEnd ? tokens[i + 1]! : undefined;
    // (Only after a preposition: محافظ حمص إطلاق حملة is the governor of Homs, then the verb's object.)
    const construct = after !== undefined && hit.place.kind !== 'country' && i > sentence.tokenStart && stop.has(tokens[i - 1]!.norm) && !token.norm.startsWith('ال') && after.kind === 'word' && !after.clitics?.prefixes.length && !after.norm.startsWith('ال') && !stop.has(after.norm) && !TIME_NOUNS.has(after.norm) && !BESIDE_NOUNS.has(after.norm) && !people.verbs.has(after.norm) && !people.pastVerbs.has(after.norm) && !triggerWords.isVerb(after.norm) && isCommon(after.norm) && trie.longest(after.norm, i + 2, () => undefined) === undefined;
    // في العاصمة الجديدة, المدينة القديمة: a definite word in ة after a definite place noun in ة agrees
    // with it as its adjective; the noun is no cue for it.
    const agreeing = i > sentence.tokenStart && agreesWithDefiniteNoun(text, tokens[i - 1]!, token);
    const unsupported = hit.end === i + 1 && (kinship || someReadingIn(token, homographWords)) && !(i > sentence.tokenStart && hasBehindConjunction(cues, bareKey(tokens[i - 1]!)) && !byMeansOf(tokens, i, sentence) && !construct && !agreeing) && !homographSupported(tokens, i, sentence, near(sentence));
    // مجلسا وزاريا is no و + زاريا: a proclitic reading of a word that is a common word as written, or
    // its accusative, is no place.
    // مسقط رأسه: the place word inside a fixed phrase.
    // The word as written or behind its proclitic (كابل is no ك + ابل, ومسقط is و + مسقط).
    const phrasesOf = (map: ReadonlyMap<string, ReadonlySet<string>>) => map.get(token.norm) ?? map.get(bareKey(token));
    const idiom = hit.end === i + 1 && ((i + 1 < sentence.tokenEnd && phrasesOf(idioms)?.has(tokens[i + 1]!.norm) === true) || (i > sentence.tokenStart && phrasesOf(idiomsBefore)?.has(tokens[i - 1]!.norm) === true));
    // ولغات is و + لغات (languages), no و + ل + غات: so is the word behind و alone. وأدان, written with
    // its hamza, is و + the verb أدان, not the town وادان.
    // وكان, فكان: a place spelled like a function word (كان: Cannes) is that word behind و or ف.
    const behindWaw = (token.norm.startsWith('و') && ((hit.start > token.start + 1 && isCommon(token.norm.slice(1))) || (triggerWords.isVerb(token.norm.slice(1)) && spelling(text.slice(token.start, token.end)) !== token.norm))) || (hit.end === i + 1 && (token.norm.startsWith('و') || token.norm.startsWith('ف')) && hit.start > token.start && stop.has(token.norm.slice(1)));
    const wordAsWritten = ((hit.start > token.start && (isCommon(token.norm) || (token.norm.endsWith('ا') && isCommon(token.norm.slice(0, -1))))) || behindWaw);
    // شركة نقدة السعودية: a country's name that is also its nisba, right after a body's name, is the body's adjective.
    // زواره, written with ه: a noun with its pronoun (its visitors), not the town زوارة.
    const adjective = hit.end === i + 1 && (adjectiveOfNounBefore(text, tokens, i, sentence) || accusativeNisba(tokens, i, sentence, isCommon, nisba) || (i > sentence.tokenStart && nisba.has(token.norm) && bodyEnds.has(tokens[i - 1]!.end)) || (lastLetter(text, token) === 0x0647 /* ه */ && isCommon(token.norm.slice(0, -1))));
    if ((eventPlace(tokens, i, sentence, key) || stadiumPlace(tokens, i, hit.end, sentence, key, listedWord))) return hit.end;
    const joined = (): boolean => joinedToPlace(tokens, i, hit, sentence, near(sentence).placeEndsAt, (j) => matchPlace(trie, tokens, j, sentence));
    // صلاح الدين: a place named like a man needs a locative word before it or a place joined to it.
    const manNamed = hit.end === i + 2 && menPlaces.has(`${bareKey(token)} ${tokens[i + 1]!.norm}`);
    if (manNamed && !((i > sentence.tokenStart && hasBehindConjunction(cues, bareKey(tokens[i - 1]!))) || joined())) return i + 1;
    if (riverBank(tokens, i, hit.end, sentence, key)) return hit.end;
    // عيّن الأسد وزيرا: a shadda on the first word of a place of several words marks another word (the
    // verb «appointed», not عين الأسد); such names are written bare (عمّان, one word, may take one).
    if (hit.end > i + 1 && text.slice(token.start, token.end).includes('\u0651')) return i + 1;
    if (!unsupported && !idiom && !wordAsWritten && !adjective && !(hit.end === i + 1 && hasTanween(text, token)) && !compoundDirection(tokens, hit.end, sentence)) {
      const [from, trimmed] = trimDescriptors(key, tokens, i, hit.end, hit.place.kind, (w) => triggers.has(w), (s) => matchPlace(trie, tokens, s, sentence)?.end ?? -1, (n) => people.given.has(n) || people.family.has(n) || people.ambiguous.has(n));
      // أسيوط الجديدة, المنصورة الجديدة: a new city is named for the old one and الجديدة.
      const to = hit.place.kind === 'city' && trimmed === hit.end && trimmed < sentence.tokenEnd && !tokens[trimmed]!.clitics?.prefixes.length && tokens[trimmed]!.norm === NEW_CITY ? trimmed + 1 : trimmed;
      const start = from === i ? hit.start : tokens[from]!.start;
      // في كركوك وصلاح الدين: a listed place the person reader took for a name is the place when it is
      // joined by و to a place beside it; so is a place named like a man, in its place's context.
      const paired = manNamed || (personAt.get(start) === tokens[to - 1]!.end && joined());
      out.push({ type: 'LOCATION', start, end: tokens[to - 1]!.end, rule: `lexicon-${hit.place.kind}`, ...(paired ? { score: 1 } : {}) });
      // في طفس والمزيريب واليادودة: unlisted places joined to a listed one after a locative word.
      const locative = (i > sentence.tokenStart && hasBehindConjunction(cues, bareKey(tokens[i - 1]!))) || token.clitics?.prefixes[0] === 'ب';
      if (locative && hit.end < sentence.tokenEnd && tokens[hit.end]!.norm.startsWith('و')) listAfterPlace(tokens, hit.end, sentence, listWords(sentence), out);
      if (betweenBefore(tokens, i, sentence)) placeBetween(tokens, i, hit.end, sentence, listWords(sentence), out);
      return hit.end;
    }
    return -1;
  };
  scanStarts(context, nameStarts(context), PLACE_START, (i, sentence) => {
    if (titles[i] === 1) return i + 1;
    const token = tokens[i]!;
    const hit = matchPlace(trie, tokens, i, sentence);
    if (hit !== undefined) {
      const end = listedPlace(i, sentence, token, hit);
      if (end >= 0) return end;
    }
    // التابعة لمركز البدرشين بمحافظة الجيزة: an Egyptian district.
    if (districtAt(tokens, i, sentence, key)) {
      const end = districtNameEnd(tokens, i, sentence);
      out.push({ type: 'LOCATION', start: tokens[i + 1]!.start, end: tokens[end - 1]!.end, rule: 'district' });
      return end;
    }
    // بمناطق تيشي وأوقاس وملبو: a plural place noun, then a list of names.
    if (formIn(token, listTriggers)) placeList(tokens, i, sentence, listWords(sentence), out, formIn(token, dualTriggers));
    else if (formIn(token, definiteListTriggers)) placeList(tokens, i, sentence, listWords(sentence), out, false, true);
    const next = tokens[i + 1];
    // وقال محافظه فتحي زهير النوري: written with ه, not ة, before a person's name the word is a role and
    // its pronoun (his governor), which folds like the place noun; محافظه always is (بقيادة محافظه
    // هاروهيكو كورودا), the one such role among the triggers.
    const pronoun = lastLetter(text, token) === 0x0647 /* ه */ && (bareKey(token) === GOVERNORATE || (next !== undefined && triggerWords.personName(next.norm)));
    const isTrigger = formIn(token, triggers) && !pronoun;
    if (isTrigger && next && i + 1 < sentence.tokenEnd && next.script === 'arabic' && next.start - token.end <= 1) {
      // العاصمة السعودية الرياض: a nisba that agrees with the trigger is its adjective, not the place.
      const known = matchPlace(trie, tokens, i + 1, sentence);
      // (العاصمة الجديدة: a place spelled like an adjective in ة, after the definite noun, is its adjective.)
      const agreeing = known !== undefined && known.end === i + 2 && someReadingIn(next, homographWords) && agreesWithDefiniteNoun(text, token, next);
      if (known && !agreeing && !(known.end === i + 2 && adjectiveOfNounBefore(text, tokens, i + 1, sentence))) {
        if (stadiumPlace(tokens, i + 1, known.end, sentence, key, listedWord)) return known.end;
        // (A name of three words or more right after the noun, named like a date, is the place: مدينة العاشر من رمضان.)
        out.push({ type: 'LOCATION', start: known.start, end: tokens[known.end - 1]!.end, rule: `lexicon-${known.place.kind}`, ...(known.end - i > 3 ? { score: 1 } : {}) });
        return known.end;
      }
      // قضاء أبي الخصيب: the name the person reader took for a man's, right after a place trigger.
      const named = personNamedPlaceEnd(tokens, i, sentence, bareKey(token), personAt, people.given);
      if (named > 0) {
        out.push({ type: 'LOCATION', start: next.start, end: tokens[named - 1]!.end, rule: 'trigger', score: 1 });
        return named;
      }
      // وهي مدينة تهدف إلى …, وهي مدينة صممها …: after «it is» the noun is the predicate, and an unlisted
      // word after it is what the clause goes on to say of it.
      const predicate = i > sentence.tokenStart && PREDICATE_PRONOUNS.has(tokens[i - 1]!.norm);
      const end = predicate ? -1 : triggeredNameEnd(tokens, i, sentence, triggerWords);
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
  for (const c of suffixPlaces(context, out)) out.push(c);
  for (const c of findVenues(context)) out.push(c);
  for (const c of findCapitalAppositions(context, (n) => triggerWords.isVerb(n) || isCommon(n) || people.titles.startsWith(n) || nisba.has(n))) out.push(c);
  for (const c of medinaInHistory(context)) out.push(c);
  const nameOrWord = (n: string): boolean => triggerWords.isVerb(n) || isCommon(n) || people.titles.startsWith(n) || nisba.has(n) || people.given.has(n) || people.family.has(n) || people.ambiguous.has(n) || triggers.has(n);
  for (const c of findUnlistedDatelines(context, { stop, isWord: nameOrWord })) out.push(c);
  return out;
}

/** The pronouns «it is» a predicate noun follows (وهي مدينة …), normalized. */
const PREDICATE_PRONOUNS = new Set(['وهي', 'وهو']);

/**
 * الساحل الشمالي الغربي لجزيرة جاوة: a listed region named by a direction (الساحل الشمالي, الضفة الغربية)
 * with a second direction after it is the compass point of something else's coast or bank.
 */
function compoundDirection(tokens: readonly Token[], end: number, sentence: Sentence): boolean {
  return end - 2 >= sentence.tokenStart && end < sentence.tokenEnd && DIRECTION_ADJECTIVES.has(tokens[end - 1]!.norm) && DIRECTION_ADJECTIVES.has(tokens[end]!.norm);
}

/** Is `word` a bare definite word in ة right after `noun`, a definite noun in ة, which it then describes (العاصمة الجديدة)? */
function agreesWithDefiniteNoun(text: string, noun: Token, word: Token): boolean {
  return word.norm.startsWith('ال') && !word.clitics?.prefixes.length && lastLetter(text, word) === 0x0629 && noun.clitics?.article === true && lastLetter(text, noun) === 0x0629;
}
