/**
 * Dates built around a month name: «15 مارس 2024», «الخامس عشر من مارس», «23 يوليو (تموز) 1970»,
 * «15 رمضان 1445 هـ», a day and month without a year («15 مارس الماضي» → --03-15), and a month with
 * its year («مارس 2024», «مارس من العام 2024»), and a range of days in one month («من 10 إلى 20
 * يناير» → --01-10 with end --01-20). A month name alone is a date only with a word of time
 * (find-month.ts): مارس is also a verb.
 */
import { asciiDigits } from '../numbers/digits.js';
import { startAfterPrefix } from '../numbers/proclitics.js';
import type { TokenMatch as PhraseMatch } from '../lexicon/phrase-trie.js';
import type { DocView } from '../numbers/token-view.js';
import type { DateMatch } from './find-dates.js';
import { yearAfter } from './find-years.js';
import type { DateLexicon, MonthEntry } from './lexicon.js';

/** A day written as a number (1–31, one or two digits) or an ordinal phrase, and the index after it. */
function readDay(view: DocView, lex: DateLexicon, i: number, end: number): { day: number; next: number } | null {
  const t = view.tokens[i]!;
  if (t.kind === 'number') {
    const ascii = asciiDigits(t.norm);
    if (ascii === null || ascii.length > 2 || ascii.includes('.') || ascii.includes(',')) return null;
    const day = Number(ascii);
    return day >= 1 && day <= 31 ? { day, next: i + 1 } : null;
  }
  const ordinal = lex.ordinals.match(view.tokens, i, end);
  return ordinal ? { day: ordinal.payload, next: ordinal.next } : null;
}

/** «يوليو (تموز)», «تموز/يوليو»: the same month in the other series, absorbed into the span. */
export function skipAlternateMonth(view: DocView, lex: DateLexicon, k: number, end: number, month: number): number {
  const { tokens } = view;
  const t = tokens[k];
  if (!t || k + 1 >= end) return k;
  if (t.norm === '(') {
    const alt = lex.months.match(tokens, k + 1, end);
    if (alt && alt.payload.month === month && alt.payload.prefixLength === 0 && tokens[alt.next]?.norm === ')' && alt.next < end) return alt.next + 1;
  } else if (t.norm === '/' || t.norm === '-') {
    const alt = lex.months.match(tokens, k + 1, end);
    if (alt && alt.payload.month === month && alt.payload.prefixLength === 0) return alt.next;
  }
  return k;
}

/** A year that fits the month's calendar (a Gregorian year after رمضان is left out of the date). */
function fittingYear(view: DocView, lex: DateLexicon, month: PhraseMatch<MonthEntry>, k: number, end: number) {
  const y = yearAfter(view, lex, k, end);
  if (!y) return null;
  const calendar = month.payload.calendar;
  if (y.era && y.era !== calendar) return null;
  if (calendar === 'hijri' && (y.year < 1300 || y.year > 1600)) return null;
  return y;
}

/** «10 إلى 20», «10-20», «10 و11»: the last day of a range written before the month. */
function rangeEndDay(view: DocView, lex: DateLexicon, k: number, end: number, first: number): { day: number; next: number } | null {
  const t = view.tokens[k];
  if (!t || k + 1 >= end || !lex.dayRange.has(t.norm)) return null;
  const second = readDay(view, lex, k + 1, end);
  return second && second.day > first ? second : null;
}

export function dayMonth(view: DocView, lex: DateLexicon, i: number, end: number): DateMatch | null {
  const { tokens } = view;
  const day = readDay(view, lex, i, end);
  if (!day) return null;
  const last = rangeEndDay(view, lex, day.next, end, day.day);
  let k = last ? last.next : day.next;
  if (k < end && tokens[k]!.norm === lex.from) k++;
  if (k < end && tokens[k]!.norm === lex.month) k++;
  const month = k < end ? lex.months.match(tokens, k, end) : null;
  if (!month || month.payload.prefixLength !== 0) return null;
  k = skipAlternateMonth(view, lex, month.next, end, month.payload.month);
  const m: DateMatch = {
    first: i, next: k, start: tokens[i]!.start, end: tokens[k - 1]!.end,
    calendar: month.payload.calendar, month: month.payload.month, day: day.day, rule: last ? 'day-range' : 'day-month',
  };
  if (last) m.endDay = last.day;
  const year = fittingYear(view, lex, month, k, end);
  if (year) {
    m.year = year.year;
    m.next = year.next;
    m.end = tokens[year.next - 1]!.end;
  }
  return m;
}

export function monthYear(view: DocView, lex: DateLexicon, i: number, end: number): DateMatch | null {
  const { tokens, text } = view;
  const month = lex.months.match(tokens, i, end);
  if (!month) return null;
  const k = skipAlternateMonth(view, lex, month.next, end, month.payload.month);
  const year = fittingYear(view, lex, month, k, end);
  if (!year) return null;
  return {
    first: i, next: year.next, start: startAfterPrefix(text, tokens[i]!, month.payload.prefixLength), end: tokens[year.next - 1]!.end,
    calendar: month.payload.calendar, month: month.payload.month, year: year.year, rule: 'month-year',
  };
}

/** A weekday before a date («الخميس، 15 مارس 2024»): the date, with its span widened to the weekday. */
export function weekdayDate(view: DocView, lex: DateLexicon, i: number, end: number, date: (k: number) => DateMatch | null): DateMatch | null {
  const { tokens, text } = view;
  const weekday = lex.weekdays.match(tokens, i, end);
  if (!weekday) return null;
  let k = weekday.next;
  if (k < end && (tokens[k]!.norm === '،' || tokens[k]!.norm === ',')) k++;
  const d = k < end ? date(k) : null;
  if (!d) return null;
  return { ...d, first: i, start: startAfterPrefix(text, tokens[i]!, weekday.payload.prefixLength), rule: `weekday-${d.rule}` };
}
