// A word read as a name only once a pronoun is split off it (وسلمته → و + سلمة + ه): names take no
// possessive pronoun, so such a word is a verb or a noun with its pronoun (سلمته: she handed him).
import type { Token } from '../../schema.js';
import { readingKey } from '../../segment/finish-tokens.js';

/**
 * Is the token in `names` only through a clitic reading that splits off a pronoun? False when the
 * word as written, or a reading with proclitics and no pronoun, is in the set.
 */
export function nameOnlyWithPronoun(t: Token, names: ReadonlySet<string>): boolean {
  if (names.has(t.norm)) return false;
  let clean = false;
  let withPronoun = false;
  const readings = t.clitics === undefined ? (t.alternatives ?? []) : [t.clitics, ...(t.alternatives ?? [])];
  for (const a of readings) {
    if (a.prefixes.length === 0 || !names.has(readingKey(a))) continue;
    if (a.suffix === undefined) clean = true;
    else withPronoun = true;
  }
  return withPronoun && !clean;
}
