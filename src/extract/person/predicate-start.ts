// Where an encyclopedia lead's predicate begins right after a name: the words that end the name though
// they might be read as one more of its words.
import type { Sentence, Token } from '../../schema.js';
import type { NameContext } from './name-chain.js';
import { noWord } from './name-words.js';

/**
 * Does the predicate of a definition start at token j, after a name?
 * - ابن تيمية فقيه حنبلي, بيبرس سلطان مملوكي: an indefinite occupation or ruler's title followed by an
 *   indefinite adjective in -ي (a school's, a dynasty's, a country's) describes the person, though
 *   فقيه and سلطان are family and given names too; a listed family name after it keeps the name going
 *   (محمد سلطان حلبي is read by the lists);
 * - عمر بن عبد العزيز ثامن خلفاء بني أمية: an indefinite ordinal ranks the person among others.
 */
export function predicateStartsAt(ctx: NameContext, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || n.startsWith('ال')) return false;
  const { people } = ctx;
  if (people.ordinals.has(`ال${n}`) && !people.family.has(n)) return true;
  const describing = people.occupations.has(n) || people.titles.longest(`ال${n}`, 0, noWord) !== undefined;
  if (!describing || j + 1 >= sentence.tokenEnd) return false;
  const next = tokens[j + 1]!;
  const a = next.norm;
  return next.kind === 'word' && !next.clitics?.prefixes.length && !a.startsWith('ال') && a.length >= 4 && a.endsWith('ي') && !people.given.has(a) && !people.family.has(a) && !people.ambiguous.has(a);
}
