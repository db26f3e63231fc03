/** Finds date spans in reading order: numeric dates, day-month(-year), month-year, a month alone after a cue, then years (long, then short). */
import type { Sentence } from '../../schema.js';
import type { DocView } from '../numbers/token-view.js';
import { DATE_START } from '../lexicon/value-starts.js';
import type { Calendar } from './calendar-names.js';
import { dayMonth, monthYear, weekdayDate } from './find-day-month.js';
import { monthAlone } from './find-month.js';
import { numericDate } from './find-numeric.js';
import { shortYearAt } from './find-short-years.js';
import { yearAt } from './find-years.js';
import type { DateLexicon } from './lexicon.js';

export interface DateMatch {
  first: number;
  next: number;
  start: number;
  end: number;
  /** Null for a year with no era or month: the resolve step decides from the document. */
  calendar: Calendar | null;
  year?: number;
  month?: number;
  day?: number;
  endYear?: number;
  /** Last day of a day range in one month (من 10 إلى 20 يناير). */
  endDay?: number;
  rule: string;
}

function dateAt(view: DocView, lex: DateLexicon, i: number, sentenceStart: number, end: number, key: (s: string) => string): DateMatch | null {
  if ((view.starts[i]! & DATE_START) === 0) return null;
  const t = view.tokens[i]!;
  if (t.kind === 'number') {
    return numericDate(view, lex, i, end) ?? dayMonth(view, lex, i, end) ?? yearAt(view, lex, i, sentenceStart, end) ?? shortYearAt(view, lex, i, sentenceStart, end);
  }
  if (t.kind !== 'word' || !lex.startWords.has(t.norm)) return null;
  return dateAtWord(view, lex, i, sentenceStart, end, key);
}

/**
 * A date that starts at a month or weekday word. Apart from dateAt, which every token is handed: the
 * closure here gives this function a context, allocated on each call.
 */
function dateAtWord(view: DocView, lex: DateLexicon, i: number, sentenceStart: number, end: number, key: (s: string) => string): DateMatch | null {
  const withWeekday = weekdayDate(view, lex, i, end, (k) => numericDate(view, lex, k, end) ?? dayMonth(view, lex, k, end));
  return withWeekday ?? dayMonth(view, lex, i, end) ?? monthYear(view, lex, i, end) ?? monthAlone(view, lex, i, sentenceStart, end, key);
}

export function findDates(view: DocView, lex: DateLexicon, sentences: readonly Sentence[], key: (s: string) => string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      const m = dateAt(view, lex, i, s.tokenStart, s.tokenEnd, key);
      if (m) {
        out.push(m);
        i = m.next;
      } else i++;
    }
  }
  return out;
}
