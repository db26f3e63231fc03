// The place of a life's event: ولد في أروان عام 1556, المولود في تافراوت عام 1941, توفي في X سنة …
// Biographies name where a person was born, grew up, died or was buried right after the verb and في,
// then say when; a name-shaped word there is a town the lexicon may not know.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { hasTanween } from '../lexicon/scan.js';
import { bareKey, someReadingIn } from '../lexicon/token-forms.js';
import { lastLetter } from '../person/word-shapes.js';
import type { Candidate } from '../types.js';
import { PLACE_NAME_OPENERS } from './trigger-name.js';
import { ownLetterAfterPreposition } from './near-place.js';
import lifeVerbs from '../person/data/life-verbs.json';

/**
 * The verbs of a life (person/data/life-verbs.json: ولد, توفي, نشأ, اغتيل …) and the participles of birth,
 * death and burial, before في and the place.
 */
const lifeVerbSet = keyedSetOf([
  ...lifeVerbs.words,
  'المولود', 'المولودة', 'مولود', 'مولودة', 'المتوفى', 'دفن', 'دفنت', 'المدفون', 'المدفونة',
  // (Where a life went on: ولد في رندة وعاش في قرطبة. Not in life-verbs.json, whose subjects the person
  // reader takes: عاش is also said of a country or an era.)
  'عاش', 'عاشت',
]);

/**
 * What says when, or ends the phrase, after the place (عام 1556, سنة, في شهر, a mark), or places it
 * (كاث عاصمة خوارزم, قرب, شمال), normalized.
 */
const AFTER_PLACE = new Set(['عام', 'سنه', 'يوم', 'في', 'خلال', 'مطلع', 'اواخر', 'منتصف', '،', ',', '.', '(', ':', '؛', 'عاصمه', 'قرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

/** Is this word a place's name (no word of the lists, no person's name)? */
export type LifePlaceWord = (t: Token) => boolean;

/** Candidates for the unlisted places of «ولد في X عام …» and the like; `found` are the places already read. */
export function lifePlaces(text: string, tokens: readonly Token[], sentences: readonly Sentence[], found: readonly Candidate[], key: (s: string) => string, placeWord: LifePlaceWord, firstNameWord: LifePlaceWord): Candidate[] {
  const verbs = lifeVerbSet(key);
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    if (sentence.skip) continue;
    // From each في back to the verb: في is one token in thirty, the verb's readings are looked up only there.
    for (let fi = sentence.tokenStart + 1; fi + 1 < sentence.tokenEnd; fi++) {
      if (tokens[fi]!.norm !== 'في') continue;
      const i = verbBefore(tokens, fi, sentence, verbs);
      if (i < 0) continue;
      const x = fi + 1;
      const name = tokens[x]!;
      // ولد في رندة: after the verb and في, a word that is a given name too is the town (no one is born
      // «in» a person).
      if (!bareName(text, name) || !(placeWord(name) || firstNameWord(name))) continue;
      // عين عرب, كفر الشيخ: a word that opens place names takes the word after it.
      const second = tokens[x + 1]!;
      const end = PLACE_NAME_OPENERS.has(name.norm) && x + 2 < sentence.tokenEnd && second.kind === 'word' && !second.clitics?.prefixes.length ? x + 2 : x + 1;
      const after = tokens[end];
      // فاراب بتركستان, البروة بالجليل: the region it lies in, a listed place behind ب, also ends it.
      const inRegion = after !== undefined && after.clitics?.prefixes[0] === 'ب' && placeStartsAt(found, after.clitics.baseStart);
      // وعاش في قرطبة: the next event of the life, behind و, ends it too.
      const nextEvent = after !== undefined && after.clitics?.prefixes.length === 1 && after.clitics.prefixes[0] === 'و' && verbs.has(bareKey(after));
      if (end < sentence.tokenEnd && !AFTER_PLACE.has(after!.norm) && !inRegion && !nextEvent) continue;
      if (someOverlaps(found, name.start, tokens[end - 1]!.end)) continue;
      out.push({ type: 'LOCATION', start: name.start, end: tokens[end - 1]!.end, rule: 'life-place', score: -1 });
    }
  }
  return out;
}

// Loops, not closures, in the two tests below: a closure in the loop over the tokens would capture its
// variables, and V8 would allocate a context for them on every token, not only at في.

/** Does a LOCATION of `found` start at original offset `start`? */
function placeStartsAt(found: readonly Candidate[], start: number): boolean {
  for (const f of found) if (f.type === 'LOCATION' && f.start === start) return true;
  return false;
}

/** Does a candidate of `found` overlap [start, end)? */
function someOverlaps(found: readonly Candidate[], start: number, end: number): boolean {
  for (const f of found) if (f.start < end && f.end > start) return true;
  return false;
}

/**
 * The most words the subject may take between the verb and في (ولد أحمد بابا التمبكتي في …; ولد المفكر
 * المغربي محمد عابد الجابري في …: a title, an adjective and the name).
 */
const MAX_SUBJECT = 5;

/** The verb of a life before في at fi: right before it, or before a subject of a few words; -1 if none. */
function verbBefore(tokens: readonly Token[], fi: number, sentence: Sentence, verbs: ReadonlySet<string>): number {
  for (let k = fi - 1; k >= sentence.tokenStart && fi - 1 - k <= MAX_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (someReadingIn(t, verbs)) return k;
  }
  return -1;
}

/** An Arabic word without article, proclitic, tanween or pronoun: the shape of an unlisted town's name. */
function bareName(text: string, t: Token): boolean {
  // باسادينا, فجيج after في: a ب, ل, ك or ف the splitter read off is the name's own.
  if (t.kind !== 'word' || t.script !== 'arabic' || (t.clitics?.prefixes.length && !ownLetterAfterPreposition(t)) || t.norm.startsWith('ال') || t.norm.length < 3 || hasTanween(text, t)) return false;
  // في منزله, في بيتها: a noun with its pronoun.
  return lastLetter(text, t) !== 0x0647 /* ه */ && !t.norm.endsWith('ها') && !t.norm.endsWith('هم');
}
