// A city named inside an event (مهرجان كان, ماراثون بيروت) is a word of the event's name, not a mention
// of the place: the corpora mark the whole as MISC, and this library does not guess MISC spans, so the
// city is simply not read there. So is the city or the man a stadium is named for (ملعب سانتياغو برنابيو).
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { bareKey } from '../lexicon/token-forms.js';
import events from './data/event-names.json';

const eventHeadSet = keyedSetOf(events.heads);
const stadiumSet = keyedSetOf(events.stadiums);

/** Quotation marks that may open a stadium's name after its noun (استاد " سانتياغو برنابيو "). */
const OPENING_QUOTES = new Set(['"', '«', '“']);

/** Does the place at token i name an event with the noun right before it (مهرجان كان)? */
export function eventPlace(tokens: readonly Token[], i: number, s: Sentence, key: (w: string) => string): boolean {
  return i > s.tokenStart && !tokens[i]!.clitics?.prefixes.length && eventHeadSet(key).has(bareKey(tokens[i - 1]!));
}

/**
 * Does the place from token i to `end` open a stadium's name (ملعب سانتياغو برنابيو): a stadium noun
 * before it (an opening quote between), and a word after it that goes on the name: no article, no و, no word of
 * the lists (استاد الدوحة عند, لاستاد القاهرة لمؤازرة: the city's stadium)?
 */
export function stadiumPlace(tokens: readonly Token[], i: number, end: number, s: Sentence, key: (w: string) => string, isWord: (t: Token) => boolean): boolean {
  let k = i - 1;
  if (k > s.tokenStart && OPENING_QUOTES.has(tokens[k]!.norm)) k--;
  if (k < s.tokenStart || tokens[i]!.clitics?.prefixes.length || !stadiumSet(key).has(bareKey(tokens[k]!))) return false;
  const next = end < s.tokenEnd ? tokens[end]! : undefined;
  if (next === undefined || next.kind !== 'word' || next.norm.startsWith('ال') || isWord(next)) return false;
  // A proclitic reading is a word of the sentence (لمؤازرة, بحضور) unless the word ends in a long vowel
  // as transliterated names do (برنابيو).
  return !next.clitics?.prefixes.length || (next.clitics.prefixes[0] !== 'و' && /[اوي]$/.test(next.norm));
}
