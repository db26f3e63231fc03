// The person lexicon's largest word lists asked of a token as written (is it a listed given name, a
// family name, a name that is also a word, a common word, a reporting verb?), memoized per word: the
// name readers ask these of most tokens they pass, several times each, and every question was a
// lookup in a set of tens of thousands of words, where the memo is an array read.
import type { Token } from '../../schema.js';
import { perLexiconWord } from '../lexicon/word-memo.js';
import type { PersonLexicon } from './lexicon.js';

/** people.given */
export const GIVEN = 1;
/** people.family */
export const FAMILY = 2;
/** people.ambiguous: listed names that are words too */
export const AMBIGUOUS = 4;
/** people.common */
export const COMMON = 8;
/** people.verbs: reporting verbs */
export const VERB = 16;

const classesOf = perLexiconWord(
  (people: PersonLexicon, t: Token) =>
    (people.given.has(t.norm) ? GIVEN : 0) |
    (people.family.has(t.norm) ? FAMILY : 0) |
    (people.ambiguous.has(t.norm) ? AMBIGUOUS : 0) |
    (people.common.has(t.norm) ? COMMON : 0) |
    (people.verbs.has(t.norm) ? VERB : 0),
);

/** Is the token's word, as written, in one of the lists `classes` names (GIVEN | FAMILY …)? */
export function wordIs(people: PersonLexicon, t: Token, classes: number): boolean {
  return (classesOf(people, t) & classes) !== 0;
}
