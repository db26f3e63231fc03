import type { Token } from '../../schema.js';
import type { NameContext } from './name-chain.js';
import { GOD, RELIGION } from './compound.js';
import { AMBIGUOUS, FAMILY, GIVEN, wordIs } from './word-classes.js';

/** Second words of compound names that carry the article (سعد الدين, عبد الله): no family name. */
const COMPOUND_SECONDS = new Set([RELIGION, GOD]);

/**
 * التقى أحمد الشرع ترامب: after a name that closed with a family name of the article (الشرع, read after
 * `first`), a listed transliterated family name is another person, the object of the verb: an Arab name
 * does not go on from its family name into a foreign one. Not after a compound (سعد الدين, عبد الرحمن).
 */
export function personAfterSurname(ctx: NameContext, first: Token, surname: Token, t: Token): boolean {
  const { people } = ctx;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || t.norm.startsWith('ال') || !wordIs(people, t, FAMILY) || wordIs(people, t, GIVEN | AMBIGUOUS)) return false;
  if (surname.clitics?.prefixes.length || !surname.norm.startsWith('ال') || COMPOUND_SECONDS.has(surname.norm) || people.family.has(surname.norm.slice(2))) return false;
  return first.norm !== 'عبد' && !ctx.connectors.has(first.norm) && !people.compound.startsWith(first.norm);
}
