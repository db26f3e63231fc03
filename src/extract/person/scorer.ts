// Who scored, named between a scoring verb and the goal: فيما أحرز إدميلسون جونيور هدف الدحيل. The
// verb alone says nothing (سجل الاقتصاد نموا); the goal noun right after the name closes the frame.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf, POSSESSIVE_PRONOUNS } from '../common/words.js';
import { someReadingIn } from '../lexicon/token-forms.js';
import type { NameContext } from './name-chain.js';
import { readName } from './name-chain.js';
import frames from './data/scorer-frames.json';

export const scorerVerbSet = keyedSetOf(frames.verbs);
const goalSet = keyedSetOf(frames.goals);

/**
 * The scorer's name when token i is a scoring verb and a goal noun follows the name: its first token and
 * one past it; undefined otherwise. سجل خلالها وسام أبو علي هدفين: a preposition with its pronoun after the
 * verb («during it») is passed over.
 */
export function scorerAt(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence, key: (w: string) => string, verbs: ReadonlySet<string> = scorerVerbSet(key)): { first: number; end: number } | undefined {
  if (i + 2 >= sentence.tokenEnd || !someReadingIn(tokens[i]!, verbs)) return undefined;
  const first = i + 3 < sentence.tokenEnd && prepositionWithPronoun(ctx, tokens[i + 1]!) ? i + 2 : i + 1;
  const end = scorerEnd(ctx, tokens, first, sentence, key);
  return end > 0 ? { first, end } : undefined;
}

function prepositionWithPronoun(ctx: NameContext, t: Token): boolean {
  if (t.kind !== 'word' || t.clitics?.prefixes.length) return false;
  for (const p of POSSESSIVE_PRONOUNS) if (t.norm.length > p.length + 1 && t.norm.endsWith(p) && ctx.stop.has(t.norm.slice(0, -p.length))) return true;
  return false;
}

/** One past the scorer's name read from token `first` when a goal noun follows it; -1 otherwise. */
function scorerEnd(ctx: NameContext, tokens: readonly Token[], first: number, sentence: Sentence, key: (w: string) => string): number {
  const named = readName(ctx, tokens, first, sentence, true);
  if (named === undefined || named.start !== tokens[first]!.start || named.end >= sentence.tokenEnd) return -1;
  const goal = tokens[named.end]!;
  if (goal.clitics?.prefixes.length || !goalSet(key).has(goal.norm)) return -1;
  return named.end - first >= 2 || named.known > 0 ? named.end : -1;
}
