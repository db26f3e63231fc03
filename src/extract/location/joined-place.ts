// A place joined by و to another place (بغداد وصلاح الدين, صلاح الدين وكركوك): evidence that a listed
// place spelled like a man's name is the place here.
import type { Sentence, Token } from '../../schema.js';

/** A lexicon match: where its name starts (after proclitics) and the token after it. */
interface Hit {
  start: number;
  end: number;
}

/**
 * Is the place read at token i (its match `hit`) behind و right after a place (`placeEndsAt`), or followed
 * by و and a listed place (`placeAt`)?
 */
export function joinedToPlace(tokens: readonly Token[], i: number, hit: Hit, sentence: Sentence, placeEndsAt: (j: number) => boolean, placeAt: (j: number) => Hit | undefined): boolean {
  const t = tokens[i]!;
  if (hit.start > t.start && t.norm.startsWith('و') && i > sentence.tokenStart && placeEndsAt(i)) return true;
  if (hit.end >= sentence.tokenEnd) return false;
  const next = tokens[hit.end]!;
  const after = next.norm.startsWith('و') ? placeAt(hit.end) : undefined;
  return after !== undefined && after.start > next.start;
}
