// A place spelled like an adjective of the nisba shape: feminine (السعودية, الإسكندرية, الشرقية) after a
// definite feminine or plural noun it agrees with (الحكومة السعودية, السلطات السعودية, العاصمة السعودية),
// masculine (المكناسي) after a definite masculine one (الفريق المكناسي). The place is not named there.
import type { Sentence, Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';
import { lastLetter } from '../person/word-shapes.js';

const TAA_MARBUTA = 0x0629;

/** Is the one-word place at token i the adjective of the definite noun before it? */
export function adjectiveOfNounBefore(text: string, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i]!;
  if (i <= sentence.tokenStart || t.clitics?.prefixes.length || !t.norm.startsWith('ال')) return false;
  const feminine = t.norm.endsWith('يه') && lastLetter(text, t) === TAA_MARBUTA;
  const masculine = t.norm.length >= 6 && t.norm.endsWith('ي');
  if (!feminine && !masculine) return false;
  const before = tokens[i - 1]!;
  if (before.kind !== 'word') return false;
  const noun = bareKey(before);
  if (!noun.startsWith('ال') || noun.length <= 4) return false;
  // Written ة (الحكومة) or a sound feminine plural (السلطات): the agreement an adjective in -ية shows.
  const feminineNoun = lastLetter(text, before) === TAA_MARBUTA || noun.endsWith('ات');
  return feminine ? feminineNoun : !feminineNoun && !noun.endsWith('ي');
}

/**
 * وفدا عسكريا روسيا, موقفا تركيا: a country in -يا is also its nisba in the accusative (روسيًّا, تركيًّا),
 * the adjective of an indefinite accusative noun before it: a listed noun or a nisba with the accusative
 * alef (وفدا, عسكريا). Not after a verb in ا (دعا روسيا إلى: called on Russia), which no list holds.
 */
export function accusativeNisba(tokens: readonly Token[], i: number, sentence: Sentence, isNoun: (w: string) => boolean, nisba: ReadonlyMap<string, string>): boolean {
  const t = tokens[i]!;
  if (i <= sentence.tokenStart || t.clitics?.prefixes.length || !t.norm.endsWith('يا') || !nisba.has(t.norm.slice(0, -1))) return false;
  const before = tokens[i - 1]!;
  const n = before.norm;
  if (before.kind !== 'word' || before.clitics?.prefixes.length || n.startsWith('ال') || n.length < 4 || !n.endsWith('ا')) return false;
  const stem = n.slice(0, -1);
  return isNoun(stem) || nisba.has(stem) || (stem.length >= 4 && stem.endsWith('ي') && isNoun(stem.slice(0, -1)));
}

/** Is the token a country's nisba in the feminine with the article, bare (الفرنسية, الألمانية)? */
export function definiteFeminineNisba(t: Token, nisba: { has(key: string): boolean }): boolean {
  return t.kind === 'word' && !t.clitics?.prefixes.length && t.norm.startsWith('ال') && t.norm.endsWith('يه') && nisba.has(t.norm);
}
