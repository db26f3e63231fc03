// Where a name spelled like a place or a common word (قنا, الشرق الأوسط, الحياة) is an agency or an
// outlet: in a dateline or a source credit, or alone in quotes.
import type { Sentence, Token } from '../../schema.js';
import { CLOSING_QUOTES as CLOSING, OPENING_QUOTES as OPENING } from '../common/quotes.js';

/** Dashes that join a dateline's place to its source (shared with dateline-credit.ts). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', 'ـ']);

/** Marks that join a dateline's place (and date) to its source: the dashes, and the slash (الدوحة / قنا /). */
const CREDIT_MARKS: ReadonlySet<string> = new Set([...DASHES, '/']);

/**
 * Is the word at i the agency of a dateline or a source credit? «الدوحة - قنا», «عمان ـ بترا», «الدوحة /
 * قنا /»: a place, a dash or a slash, the agency; «( قنا )» or «/ وام /» (after a date: أبوظبي في 3
 * فبراير / وام /): the agency alone in brackets or slashes; «رام الله 2-6-2025 وفا -»: a place opening the
 * sentence, numbers, the agency and a dash. There an agency named like a city or a common word (قنا is
 * also the Egyptian city) is the agency.
 */
export function atDateline(tokens: readonly Token[], i: number, s: Sentence, isPlace: (j: number) => boolean): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const hasAfter = i + 1 < s.tokenEnd;
  if (i > s.tokenStart && hasAfter && ((before!.norm === '(' && after!.norm === ')') || (before!.norm === '/' && after!.norm === '/'))) return true;
  if (i - 2 >= s.tokenStart && before!.kind === 'punct' && CREDIT_MARKS.has(before!.norm) && isPlace(i - 2)) return true;
  return hasAfter && after!.kind === 'punct' && CREDIT_MARKS.has(after!.norm) && datedPlaceBefore(tokens, i, s, isPlace);
}

/** Longest dateline date looked back over (2-6-2025 is five tokens, ( 2 / 6 / 2025 ) seven). */
const LONGEST_DATELINE_DATE = 8;

/** Do only numbers and marks stand between a place opening the sentence and token i (رام الله 2-6-2025 وفا)? */
function datedPlaceBefore(tokens: readonly Token[], i: number, s: Sentence, isPlace: (j: number) => boolean): boolean {
  let j = i - 1;
  let numbers = 0;
  while (j >= s.tokenStart && i - j <= LONGEST_DATELINE_DATE && (tokens[j]!.kind === 'number' || tokens[j]!.kind === 'punct')) {
    if (tokens[j]!.kind === 'number') numbers++;
    j--;
  }
  // The place is the sentence's first one or two words.
  return numbers > 0 && j >= s.tokenStart && j - s.tokenStart <= 1 && isPlace(s.tokenStart);
}

/** Do quotes enclose exactly the tokens [from, to) («الشرق الأوسط», "الحياة")? */
export function quotedAlone(tokens: readonly Token[], from: number, to: number, s: Sentence): boolean {
  return from > s.tokenStart && to < s.tokenEnd && OPENING.has(tokens[from - 1]!.norm) && CLOSING.has(tokens[to]!.norm);
}
