import type { Sentence, Token } from '../../schema.js';
import { bareForm } from '../lexicon/token-forms.js';
import { readingKey } from '../../segment/finish-tokens.js';
import type { NameContext } from './name-chain.js';

/**
 * Is the definite masculine nisba at i a noun, «the Frenchman», that introduces a name (والفرنسي ليليان
 * تورام, السنغالي سيدي بيه)? Only where it cannot be an adjective of the word before it: behind و, at the
 * start of a sentence, or after punctuation, a function word or a verb. After a noun (المنتخب الفرنسي)
 * it is that noun's adjective.
 */
export function nationalityNoun(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  const prefixes = t.clitics?.prefixes ?? [];
  if (prefixes.length > 1 || (prefixes.length === 1 && prefixes[0] !== 'و')) return false;
  const key = prefixes.length === 1 ? readingKey(t.clitics!) : t.norm;
  if (!key.startsWith('ال') || !key.endsWith('ي') || !ctx.nisba.has(key)) return false;
  if (prefixes.length === 1 || i === sentence.tokenStart) return true;
  const before = tokens[i - 1]!;
  if (before.kind === 'punct') return true;
  const word = bareForm(before).key; // وسجل → سجل
  return ctx.stop.has(word) || ctx.people.verbs.has(word) || ctx.people.pastVerbs.has(word);
}
