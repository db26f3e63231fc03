// Given names that are nouns of quality in fixed phrases: حسن الجوار, حسن النية, سعيد الحظ. The name
// opens no person there (data/name-idioms.json).
import type { Token } from '../../schema.js';
import { bareKey, someReadingIn } from '../lexicon/token-forms.js';
import type { NameContext } from './name-chain.js';

/** Is token i a given name in one of its fixed phrases with the word after it (before `end`)? */
export function nameInIdiom(ctx: NameContext, tokens: readonly Token[], i: number, end: number): boolean {
  // One set lookup per reading settles most words before any reading object is read.
  if (i + 1 >= end || !someReadingIn(tokens[i]!, ctx.people.nameIdioms)) return false;
  const nouns = ctx.people.nameIdioms.get(bareKey(tokens[i]!));
  if (nouns === undefined) return false;
  const next = tokens[i + 1]!;
  return !next.clitics?.prefixes.length && nouns.has(next.norm);
}
