// A place spelled like the feminine adjective of its own nisba (السعودية, الإسكندرية, الشرقية): after a
// definite feminine or plural noun it agrees with that noun (الحكومة السعودية, السلطات السعودية,
// العاصمة السعودية), and the place is not named.
import type { Sentence, Token } from '../../schema.js';
import { bareForm } from '../lexicon/token-forms.js';
import { lastLetter } from '../person/word-shapes.js';

const TAA_MARBUTA = 0x0629;

/** Is the one-word place at token i the adjective of the definite noun before it? */
export function adjectiveOfNounBefore(text: string, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  if (i <= sentence.tokenStart || t.clitics?.prefixes.length || !t.norm.startsWith('ال') || !t.norm.endsWith('يه') || lastLetter(text, t) !== TAA_MARBUTA) return false;
  const before = tokens[i - 1]!;
  if (before.kind !== 'word') return false;
  const noun = bareForm(before).key;
  // Written ة (الحكومة) or a sound feminine plural (السلطات): the agreement an adjective in -ية shows.
  return noun.startsWith('ال') && noun.length > 4 && (lastLetter(text, before) === TAA_MARBUTA || noun.endsWith('ات'));
}
