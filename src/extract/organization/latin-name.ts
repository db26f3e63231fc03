// Organizations named in Latin letters inside Arabic text: شركة Apple, منظمة Human Rights Watch.
import type { Sentence, Token } from '../../schema.js';

/**
 * A name written in Latin letters after a descriptor or a head (شركة Apple, صحيفة The Guardian, منظمة Human
 * Rights Watch): capitalized words, or all capitals, at most five, and the small words between them
 * (of, and, de, &). Where the run ends: the token after it; `at` when there is none.
 */
export function latinNameEnd(tokens: readonly Token[], at: number, sentence: Sentence): number {
  let end = at;
  for (let k = at; k < sentence.tokenEnd && k - at < 5; k++) {
    const t = tokens[k]!;
    if (t.script !== 'latin' || (t.kind !== 'word' && !(t.kind === 'punct' && t.norm === '&'))) break;
    const first = t.norm.charCodeAt(0);
    const capital = first >= 0x41 && first <= 0x5a; // A–Z
    if (capital) end = k + 1;
    else if (!LATIN_JOINERS.has(t.norm)) break;
  }
  return end;
}

/** Small words inside Latin-script organization names. */
const LATIN_JOINERS = new Set(['of', 'and', 'de', 'du', 'des', 'la', 'le', 'for', 'the', '&']);
