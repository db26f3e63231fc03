import type { Sentence, Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';

/** A model designation at token j: a number (737), or Latin letters written against one (A320: A, 320). */
function isModel(tokens: readonly Token[], j: number, s: Sentence): boolean {
  const t = tokens[j]!;
  if (t.kind === 'number') return true;
  const next = tokens[j + 1];
  return j + 1 < s.tokenEnd && next!.kind === 'number' && next!.start === t.end && /^[A-Za-z]{1,3}$/.test(t.norm);
}

/**
 * Does a maker's name of one word at token i name a product here (طائرة بوينغ 737, من طراز إيرباص A320)?
 * A noun of the product before it and a model number after it make the pair a model (the corpora mark it
 * MISC), not the company; a number alone after the name does not (باعت بوينغ 30 طائرة: the company sold).
 */
export function namesModel(tokens: readonly Token[], i: number, s: Sentence, productNouns: ReadonlySet<string>): boolean {
  return i > s.tokenStart && i + 1 < s.tokenEnd && productNouns.has(bareKey(tokens[i - 1]!)) && isModel(tokens, i + 1, s);
}
