// A city named inside an event (مهرجان كان, ماراثون بيروت) is a word of the event's name, not a mention
// of the place: the corpora mark the whole as MISC, and this library does not guess MISC spans, so the
// city is simply not read there.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { bareForm } from '../lexicon/token-forms.js';
import events from './data/event-names.json';

const eventHeadSet = keyedSetOf(events.heads);

/** Does the place at token i name an event with the noun right before it (مهرجان كان)? */
export function eventPlace(tokens: readonly Token[], i: number, s: Sentence, key: (w: string) => string): boolean {
  return i > s.tokenStart && !tokens[i]!.clitics?.prefixes.length && eventHeadSet(key).has(bareForm(tokens[i - 1]!).key);
}
