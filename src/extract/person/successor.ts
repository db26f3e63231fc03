// The predecessor named after «succeeding»: عين رئيسا للحكومة خلفا لحجاب, خلفاً لتوفيق حكار الذي. The
// ل is the preposition the word takes, so the word behind it is a person whatever its spelling — unless
// the lists know it as a title (خلفا للرئيس, read by the title rule), a word, a place or a body.
import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { keyedSetOf } from '../common/words.js';
import { bareKey } from '../lexicon/token-forms.js';
import agentCues from './data/agent-cues.json';
import type { NameContext } from './name-chain.js';
import { knownName, plausibleName } from './name-words.js';
import { COMMON, VERB, wordIs } from './word-classes.js';
import { withoutPronoun } from './word-shapes.js';
import { futureVerb } from './not-continuation.js';
import { DIRECTION_ADJECTIVES } from '../common/directions.js';

const successorSet = keyedSetOf(agentCues.successors.words);

/** How many words a predecessor's name may run to after its first. */
const MORE_WORDS = 2;

/** PERSON candidates for the name behind ل after a word of succeeding. */
export function findSuccessors(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const cues = successorSet(context.key);
  const out: Candidate[] = [];
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    for (let k = sentence.tokenStart; k + 1 < sentence.tokenEnd; k++) {
      if (tokens[k]!.kind !== 'word' || !cues.has(tokens[k]!.norm)) continue;
      const first = tokens[k + 1]!;
      if (!predecessorWord(ctx, tokens, k + 1)) continue;
      const end = nameEnd(ctx, tokens, k + 2, sentence);
      out.push({ type: 'PERSON', start: first.clitics!.baseStart, end: tokens[end - 1]!.end, rule: 'successor' });
    }
  }
  return out;
}

/** Is token j ل + a word of a name's shape that no list holds as a title, a word, a place or a body? */
function predecessorWord(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const c = t.clitics;
  if (t.kind !== 'word' || c === undefined || c.prefixes.length !== 1 || c.prefixes[0] !== 'ل' || c.suffix !== undefined || c.stem.length < 2) return false;
  const word = bareKey(t);
  const { people } = ctx;
  // خلفا لسلفه, لوالده: a listed noun with its pronoun is a kinsman or a predecessor, not a name.
  const bare = withoutPronoun(word);
  if (bare !== word && (people.common.has(bare) || people.titles.startsWith(bare))) return false;
  if (ctx.stop.has(word) || people.common.has(word) || people.common.has(c.stem) || people.verbs.has(word) || people.titles.startsWith(word) || ctx.nisba.has(word) || ctx.nisba.has(`ال${c.stem}`)) return false;
  // خلفا للكوري الجنوبي هوسونغ لي: a word with a direction or a country's adjective after it is itself a
  // nationality, whose holder's name follows.
  const after = tokens[j + 1];
  if (after !== undefined && (DIRECTION_ADJECTIVES.has(after.norm) || ctx.nisba.has(after.norm))) return false;
  if (ctx.isPlace(j) || ctx.bodyWord(t) || ctx.knownBodyEnd(j) >= 0 || ctx.notName(j)) return false;
  return !wordIs(people, t, COMMON | VERB) || knownName(ctx, t);
}

/** One past the predecessor's name that starts at `j - 1`: listed names, or bare unlisted words of a name's shape. */
function nameEnd(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): number {
  let end = j;
  while (end < sentence.tokenEnd && end - j < MORE_WORDS) {
    const t = tokens[end]!;
    if (t.kind !== 'word' || t.clitics?.prefixes.length) break;
    // لفيرجسون سيبدأ: a verb in the future opens the clause after the name.
    if ((!knownName(ctx, t) && !plausibleName(ctx, tokens, end)) || futureVerb(ctx, t.norm)) break;
    end++;
  }
  return end;
}
