import type { Sentence, Token } from '../../schema.js';
import { articleWritten } from '../common/spelling.js';
import { bareKey, type TokenForm } from '../lexicon/token-forms.js';

/** وزير الخارجية, وزيرة الدفاع: the portfolio after these completes a role, not a ministry's name. */
const MINISTER_NOUNS = new Set(['وزير', 'وزيره', 'وزراء']);

/**
 * Is a portfolio with the article at token i (الخارجية, الدفاع) an adjective or a role's complement
 * rather than the ministry's short name? After a definite noun it qualifies that noun: السياسة
 * الخارجية الأمريكية, العلاقات الخارجية الإسبانية, الشؤون الداخلية اللبنانية. After وزير or وزيرة it
 * completes the title: وزيرة الخارجية الأميركية كوندوليزا رايس names the minister, and the nisba
 * agrees with her. After a verb (أصدرت), a preposition (في, باسم) or another noun (مسئول بالخارجية)
 * the portfolio stands for its ministry.
 */
export function portfolioQualifies(text: string, tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (i <= sentence.tokenStart || tokens[i]!.clitics?.prefixes.length) return false;
  const before = tokens[i - 1]!;
  if (before.kind !== 'word') return false;
  return MINISTER_NOUNS.has(bareKey(before)) || articleWritten(text, before) || before.clitics?.article === true;
}

/**
 * الخارجية الأمريكية: a portfolio with the article and a feminine nisba after it names the ministry,
 * the adjective agreeing with the unstated وزارة. Returns the short form's span, or undefined.
 */
export function ministryByNisba(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  forms: readonly TokenForm[],
  ministries: ReadonlySet<string>,
  nisba: ReadonlyMap<string, string>,
): { start: number; end: number } | undefined {
  const ministry = forms.find((f) => f.article && ministries.has(f.key));
  const next = tokens[i + 1];
  if (!ministry || !next || i + 1 >= sentence.tokenEnd || next.clitics?.prefixes.length) return undefined;
  if (!next.norm.endsWith('ه') || !nisba.has(next.norm)) return undefined;
  if (portfolioQualifies(text, tokens, i, sentence)) return undefined;
  return { start: ministry.start, end: next.end };
}
