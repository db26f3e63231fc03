// Brackets an encyclopedia puts after a name: the name in another language, «(بالإنجليزية: Albert Einstein)».
import type { Sentence, Token } from '../../schema.js';

/** How many tokens a gloss bracket may hold. */
const MAX_GLOSS = 16;

/**
 * Is the token a language named with ب and the article (بالإنجليزية, باللاتينية, بالألمانية)? A language
 * is the feminine nisba, so any ب + ال + …ية reading is one; the list of languages need not be written.
 */
export function languageWord(t: Token): boolean {
  const c = t.clitics;
  return t.kind === 'word' && c !== undefined && c.article && c.prefixes.length === 1 && c.prefixes[0] === 'ب' && c.stem.length >= 4 && c.stem.endsWith('يه');
}

/** If a gloss bracket opens at i, the index just past its closing bracket; else i. */
export function skipGloss(tokens: readonly Token[], i: number, s: Sentence): number {
  if (i + 1 >= s.tokenEnd || tokens[i]!.norm !== '(' || !languageWord(tokens[i + 1]!)) return i;
  for (let k = i + 2; k < s.tokenEnd && k - i <= MAX_GLOSS; k++) if (tokens[k]!.norm === ')') return k + 1;
  return i;
}

/** If a gloss bracket closes just before i, the index of its opening bracket; else i. */
export function glossStart(tokens: readonly Token[], i: number, s: Sentence): number {
  if (i - 1 <= s.tokenStart || tokens[i - 1]!.norm !== ')') return i;
  for (let k = i - 2; k >= s.tokenStart && i - k <= MAX_GLOSS; k--) {
    if (tokens[k]!.norm === '(') return skipGloss(tokens, k, s) === i ? k : i;
  }
  return i;
}
