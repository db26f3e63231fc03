/**
 * Years of one to three digits without an era mark, which encyclopedia text writes all the time
 * (تأسست عام 970, وفي سنة 622 هاجر, ابن سينا ( 980 - 1037 )). A bare short number is far more often a
 * count, so only two contexts make it a year:
 * - right after a year noun (عام, سنة, وفي عام): not after the wider cues (منذ 300, حتى 200, which count
 *   as often as they date), and not where the context counts (عام 300 مليون, سنة 200 من …: see blocked);
 * - a lifespan or reign in brackets, (980 - 1037) or (780 - 850): the second year after the first by 15
 *   to 110 years, the bracket closing after it (an era mark may come between). A score (2 - 1) or a
 *   range of amounts fails one of those.
 * The resolve step reads the year as Gregorian unless an era mark said otherwise, as for long years.
 */
import type { Token } from '../../schema.js';
import { asciiDigits } from '../numbers/digits.js';
import type { DocView } from '../numbers/token-view.js';
import type { DateMatch } from './find-dates.js';
import { blocked, fourDigits, readEra } from './find-years.js';
import type { DateLexicon } from './lexicon.js';

/** The value of a number token of one to three digits without a leading zero, or null. */
function shortNumber(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || t.norm.length > 3) return null;
  const ascii = asciiDigits(t.norm);
  return ascii !== null && /^[1-9]\d{0,2}$/.test(ascii) ? Number(ascii) : null;
}

export function shortYearAt(view: DocView, lex: DateLexicon, i: number, sentenceStart: number, end: number): DateMatch | null {
  const { tokens } = view;
  const year = shortNumber(tokens[i]);
  if (year === null) return null;
  const lifespan = bracketedLifespan(view, lex, i, sentenceStart, end, year);
  if (lifespan) return lifespan;
  if (i - 1 < sentenceStart || !lex.shortYearCues.has(tokens[i - 1]!.norm)) return null;
  if (readEra(view, lex, i + 1, end)?.calendar === 'before-era' || blocked(view, lex, i, i, sentenceStart, end, true)) return null;
  return { first: i, next: i + 1, start: tokens[i]!.start, end: tokens[i]!.end, calendar: null, year, rule: 'year' };
}

function bracketedLifespan(view: DocView, lex: DateLexicon, i: number, sentenceStart: number, end: number, year: number): DateMatch | null {
  const { tokens } = view;
  if (i - 1 < sentenceStart || tokens[i - 1]!.norm !== '(' || i + 2 >= end || !lex.yearConnectors.has(tokens[i + 1]!.norm)) return null;
  const second = tokens[i + 2];
  const endYear = shortNumber(second) ?? fourDigits(second);
  if (endYear === null || endYear - year < 15 || endYear - year > 110) return null;
  let next = i + 3;
  const era = readEra(view, lex, next, end);
  if (era?.calendar === 'before-era') return null;
  if (era) next = era.next;
  if (tokens[next]?.norm !== ')') return null;
  return { first: i, next, start: tokens[i]!.start, end: tokens[next - 1]!.end, calendar: era ? era.calendar : null, year, endYear, rule: 'year-range' };
}
