// A town set off before «, the capital of …» (أما سلفادور ، عاصمة ولاية باهيا): the apposition says the
// word before the comma is a place, whatever else it spells (سلفادور is a given name too).
import type { Token } from '../../schema.js';
import { functionWordSet, keyedSetOf } from '../common/words.js';
import { forEachApposingComma } from '../lexicon/pass-gates.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';

/** Nouns of a capital in apposition, keyed: عاصمة. */
const capitalSet = keyedSetOf(['عاصمة']);

/** LOCATION candidates for the one word before «، عاصمة» and a word after it. */
export function findCapitalAppositions(context: ExtractContext, isWord: (norm: string) => boolean): Candidate[] {
  const { tokens } = context;
  const capital = capitalSet(context.key);
  const stop = functionWordSet(context.key);
  const out: Candidate[] = [];
  forEachApposingComma(context, (c) => {
    const noun = tokens[c + 1]!;
    if (noun.kind !== 'word' || noun.clitics?.prefixes.length || !capital.has(noun.norm) || tokens[c + 2]!.kind !== 'word') return;
    const w = tokens[c - 1]!;
    if (!placeWord(w, stop, isWord)) return;
    // وصلنا إلى بوغوتا: a proclitic before the town is the phrase's, not the name's.
    const start = w.clitics?.prefixes.length && !w.clitics.article ? w.clitics.baseStart : w.start;
    out.push({ type: 'LOCATION', start, end: w.end, rule: 'capital-apposition', score: 1 });
  });
  return out;
}

/** A word that may be a town's name: Arabic, and no function word nor a word of the lists (a verb, a common noun, a role, a nisba). */
function placeWord(t: Token, stop: ReadonlySet<string>, isWord: (norm: string) => boolean): boolean {
  if (t.kind !== 'word' || t.script !== 'arabic' || t.norm.length < 3) return false;
  const key = bareKey(t);
  return !stop.has(key) && !stop.has(t.norm) && !isWord(key) && !isWord(t.norm);
}
