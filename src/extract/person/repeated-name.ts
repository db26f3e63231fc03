import type { Sentence, Token } from '../../schema.js';
import { compoundAt } from './compound.js';
import type { NameContext } from './name-chain.js';

/**
 * Do the words from j repeat the name read from i to j, word for word (سيغموند فرويد سيغموند فرويد: a
 * page's title, then its first line)? Then they are two mentions. Only a name of two names or more: one
 * name written twice, simple or compound, is a name itself (محمد محمد, عبد الله عبد الله).
 */
export function repeatsName(ctx: NameContext, tokens: readonly Token[], i: number, j: number, sentence: Sentence): boolean {
  const n = j - i;
  if (n < 2 || j + n > sentence.tokenEnd || compoundAt(ctx, tokens, i, sentence, tokens[i]!.norm) >= n) return false;
  for (let k = 0; k < n; k++) if (tokens[i + k]!.norm !== tokens[j + k]!.norm) return false;
  return true;
}

/** Where the second copy starts when the words from i to end are one name written twice, else i. */
export function secondCopy(ctx: NameContext, tokens: readonly Token[], i: number, end: number, sentence: Sentence): number {
  const n = end - i;
  return n % 2 === 0 && repeatsName(ctx, tokens, i, i + n / 2, sentence) ? i + n / 2 : i;
}
