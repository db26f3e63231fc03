// Mauritanian names join a man to his father with ولد (son of): محمد ولد عبد العزيز, المصطفى ولد محمد
// الحبيب. The chain reader takes ولد inside a name (name-inner.ts); this finds the given name before it
// when the chain was read from the father's name on.
import type { Sentence, Token } from '../../schema.js';
import { readingKey } from '../../segment/finish-tokens.js';
import { NO_PREFIXES } from '../lexicon/token-forms.js';
import type { NameContext } from './name-chain.js';

/**
 * Where the given name before «ولد + the name at i» starts (والمصطفى ولد محمد الحبيب), or -1. The word
 * before ولد must be a name the lists know (given, also a word, or a Maghrebi given name with the
 * article): between two names ولد is the connector, since the verb (محمد ولد في) takes a preposition,
 * a time or a place after it, not a name.
 */
export function givenBeforeWald(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): number {
  if (i - 2 < sentence.tokenStart || !ctx.people.innerConnectors.has(tokens[i - 1]!.norm)) return -1;
  const t = tokens[i - 2]!;
  if (t.kind !== 'word' || t.script !== 'arabic') return -1;
  const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
  if (prefixes.length > 1 || (prefixes.length === 1 && prefixes[0] !== 'و')) return -1;
  const listed = (k: string): boolean => ctx.people.given.has(k) || ctx.people.ambiguous.has(k) || ctx.people.definiteGiven.has(k);
  if (listed(t.norm)) return t.start;
  return prefixes.length === 1 && listed(readingKey(t.clitics!)) ? t.clitics!.baseStart : -1;
}

/** Words after which ولد is the verb «was born» (الذي ولد في, حيث ولد, أنه ولد), normalized. */
const BORN_AFTER = new Set(['الذي', 'التي', 'الذين', 'حيث', 'وحيث', 'قد', 'لقد', 'وقد', 'فقد', 'انه', 'انها', 'عندما', 'لما', 'حين', 'حينما', 'كما', 'ثم', 'من', 'اين', 'متي', 'ما', 'لم', 'بعدما', 'قبل', 'بعد']);

/**
 * Where a Mauritanian surname with ولد starts when the name at i has ولد right before it and no given name
 * before that (الرئيس ولد عبد العزيز, فوز ولد عبد العزيز), or -1. ولد is the verb
 * «was born» only where a clause starts: first in the sentence, after punctuation, a number, a place or a
 * relative word (الذي ولد في); after a title, a noun or another verb (وأعلن ولد عبد العزيز) it is the
 * connector, and the name is read from it.
 */
export function waldSurnameStart(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): number {
  if (i - 2 < sentence.tokenStart) return -1;
  const wald = tokens[i - 1]!;
  if (wald.norm !== 'ولد' || wald.clitics?.prefixes.length) return -1;
  const before = tokens[i - 2]!;
  if (before.kind !== 'word' || ctx.isPlace(i - 2)) return -1;
  // (وحين ولد فرويد: the relative word may carry و or ف.)
  const word = /^[وف]/.test(before.norm) && before.norm.length > 3 ? before.norm.slice(1) : before.norm;
  if (BORN_AFTER.has(before.norm) || BORN_AFTER.has(word)) return -1;
  return wald.start;
}
