// Where a name spelled like a place or a common word (قنا, الشرق الأوسط, الحياة) is an agency or an
// outlet: in a dateline or a source credit, or alone in quotes.
import type { Sentence, Token } from '../../schema.js';
import { CLOSING_QUOTES as CLOSING, OPENING_QUOTES as OPENING } from '../common/quotes.js';

/** Dashes that join a dateline's place to its source (shared with dateline-credit.ts). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', 'ـ']);

/**
 * Is the word at i the agency of a dateline or a source credit? «الدوحة - قنا», «عمان ـ بترا»: a place,
 * a dash, the agency; «( قنا )»: the agency alone in brackets. There an agency named like a city or a
 * common word (قنا is also the Egyptian city) is the agency.
 */
export function atDateline(tokens: readonly Token[], i: number, s: Sentence, isPlace: (j: number) => boolean): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (i > s.tokenStart && before!.norm === '(' && i + 1 < s.tokenEnd && after!.norm === ')') return true;
  return i - 2 >= s.tokenStart && before!.kind === 'punct' && DASHES.has(before!.norm) && isPlace(i - 2);
}

/** Do quotes enclose exactly the tokens [from, to) («الشرق الأوسط», "الحياة")? */
export function quotedAlone(tokens: readonly Token[], from: number, to: number, s: Sentence): boolean {
  return from > s.tokenStart && to < s.tokenEnd && OPENING.has(tokens[from - 1]!.norm) && CLOSING.has(tokens[to]!.norm);
}
