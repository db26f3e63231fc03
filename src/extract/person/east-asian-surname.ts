// An East Asian family name spelled like an Arabic word (هو جينتاو, لي ميونغ باك, ما ينغ جيو): the chain
// reader leaves it out (هو is «he», لي «to me»), so the name it read starts at the given name after it.
import type { Candidate, ExtractContext } from '../types.js';
import { keyedSetOf } from '../common/words.js';
import chinese from './data/chinese-surnames.json';
import { firstEndingAfter } from '../../segment/spans.js';
import { bareKey } from '../lexicon/token-forms.js';
import { afterFirstLetter } from '../common/spelling.js';

const surnameSet = keyedSetOf(chinese.homographs.words);
const givenSet = keyedSetOf(chinese.homographs.given);

/** قال and قالت, normalized: لي after them is «to me». */
const SAID: ReadonlySet<string> = new Set(['قال', 'قالت']);

/**
 * The names read right after such a family name, taken back to it: only before an East Asian given name
 * (listed, or a syllable in نغ), and لي not after قال (قال لي: told me).
 */
export function eastAsianSurnames(context: ExtractContext, people: readonly Candidate[]): Candidate[] {
  const { tokens, key } = context;
  const surnames = surnameSet(key);
  const given = givenSet(key);
  const out: Candidate[] = [];
  for (const p of people) {
    if (p.type !== 'PERSON') continue;
    const j = tokenStartingAt(tokens, p.start);
    if (j <= 0) continue;
    const first = tokens[j]!;
    const before = tokens[j - 1]!;
    if (before.sentence !== first.sentence || before.kind !== 'word' || first.clitics?.prefixes.length) continue;
    // خلفا لهو جينتاو: behind و or ل the name starts after the proclitic.
    // (لهو is a word too, amusement: the splitter may leave it whole.)
    const behind = !surnames.has(before.norm) && (before.norm.startsWith('ل') || before.norm.startsWith('و')) && surnames.has(before.norm.slice(1));
    if (!surnames.has(before.norm) && !behind) continue;
    if (!given.has(first.norm) && !first.norm.endsWith('نغ')) continue;
    // قال لي جون: «told me».
    if (before.norm === key('لي') && j >= 2 && tokens[j - 2]!.sentence === first.sentence && SAID.has(bareKey(tokens[j - 2]!))) continue;
    out.push({ type: 'PERSON', start: behind ? afterFirstLetter(context.text, before) : before.start, end: p.end, rule: 'name-chain' });
  }
  return out;
}

/** The index of the token that starts at `offset`, or -1. */
function tokenStartingAt(tokens: ExtractContext['tokens'], offset: number): number {
  const k = firstEndingAfter(tokens, offset);
  return k < tokens.length && tokens[k]!.start === offset ? k : -1;
}

