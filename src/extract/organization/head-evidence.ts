// What makes the words after an organization head a proper name rather than a description of a body
// (وزارة السياحة, مجلس الإدارة): a mandate, a scope adjective, a proper name inside, or a naming head.
import type { Sentence, Token } from '../../schema.js';
import { readingKey } from '../../segment/finish-tokens.js';
import type { Chain, ChainWords } from './chain.js';

/**
 * Is the chain after this head a proper name? Ministries by portfolio are; other heads need evidence. A
 * definite head with only a scope adjective (القوات الدولية, المحكمة العليا, المتحف الوطني) is a
 * description of some body the text has named or will name; the indefinite construct (منظمة العمل الدولية)
 * or a mandate (المعهد الوطني لرصد الزلازل) is what makes a name of it.
 */
export function isProperName(chain: Chain, definiteHead: boolean, headKey: string, firstComplement: string, w: ChainWords, namedBy: boolean): boolean {
  // الحكومة المغربية لتعزيز البنية الأساسية: a government, police or municipality is its country or city
  // acting (a place, by the corpora's convention), and the purpose after it is what it does, not its name.
  if (w.org.stateHeads.has(headKey) && !chain.named) return false;
  if (chain.purpose || chain.named) return true;
  if (!definiteHead && namedBy && w.org.namingHeads.has(headKey)) return true;
  if (chain.scope) return !definiteHead;
  return !definiteHead && headKey === 'وزاره' && w.org.portfolios.has(firstComplement);
}

/**
 * Could the words after a naming head (مستشفى, متحف, معهد …) be its name? Not when the head carries a
 * pronoun (جمعيتها: its association), and the complement opens with a definite noun (مستشفى القصر
 * العيني) or an indefinite noun before one (مؤسسة أبحاث السوق), not with an adjective (مؤسسة ثقافية).
 */
export function namingComplement(tokens: readonly Token[], head: number, s: Sentence, key: string, nisba: ReadonlyMap<string, string>): boolean {
  const t = tokens[head]!;
  if ([t.clitics, ...(t.alternatives ?? [])].some((a) => a?.suffix !== undefined && readingKey(a) === key)) return false;
  const first = tokens[head + 1];
  if (first === undefined || head + 1 >= s.tokenEnd || first.kind !== 'word' || first.clitics?.prefixes.length) return false;
  if (first.norm.startsWith('ال')) return true;
  const second = tokens[head + 2];
  // معهد إيفو الألماني: a foreign name and its country's adjective, which describes the body (foreign-name.ts).
  return !first.norm.endsWith('يه') && !first.norm.endsWith('ي') && second !== undefined && head + 2 < s.tokenEnd && second.norm.startsWith('ال') && !second.clitics?.prefixes.length && !nisba.has(second.norm);
}
