// Who scored, named between a scoring verb and the goal: فيما أحرز إدميلسون جونيور هدف الدحيل. The
// verb alone says nothing (سجل الاقتصاد نموا); the goal noun right after the name closes the frame.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { someReadingIn } from '../lexicon/token-forms.js';
import type { NameContext } from './name-chain.js';
import { readName } from './name-chain.js';
import frames from './data/scorer-frames.json';

export const scorerVerbSet = keyedSetOf(frames.verbs);
const goalSet = keyedSetOf(frames.goals);

/** One past the scorer's name when token i is a scoring verb and a goal noun follows the name; -1 otherwise. */
export function scorerEnd(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, key: (w: string) => string, verbs: ReadonlySet<string> = scorerVerbSet(key)): number {
  if (i + 2 >= sentence.tokenEnd || !someReadingIn(tokens[i]!, verbs)) return -1;
  const named = readName(ctx, tokens, i + 1, sentence, true);
  if (named === undefined || named.start !== tokens[i + 1]!.start || named.end >= sentence.tokenEnd) return -1;
  const goal = tokens[named.end]!;
  if (goal.clitics?.prefixes.length || !goalSet(key).has(goal.norm)) return -1;
  return named.end - (i + 1) >= 2 || named.known > 0 ? named.end : -1;
}
