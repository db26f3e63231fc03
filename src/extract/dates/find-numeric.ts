/**
 * Dates written with digits only: 15/3/2024, 15-3-2024, 15.3.2024, 2024-03-15, 1445/9/15هـ, and
 * with spaces around the separators as agencies write them (12 / 3 / 1446هـ). A
 * four-digit first part is the year (year-month-day); otherwise day/month/year as the Arab world writes
 * it, unless the middle part cannot be a month (3/15/2024). A year from 1300 to 1500 is Hijri.
 */
import { asciiDigits } from '../numbers/digits.js';
import { spaced, type DocView } from '../numbers/token-view.js';
import type { DateMatch } from './find-dates.js';
import type { DateLexicon } from './lexicon.js';
import { readEra } from './find-years.js';

const SEPARATORS = new Set(['/', '-']);

/** The three digit groups of the date at token `i`, and the index after them. */
function parts(view: DocView, i: number, end: number): { groups: string[]; next: number } | null {
  const { tokens, text } = view;
  const t = tokens[i]!;
  const ascii = asciiDigits(t.norm);
  if (ascii === null) return null;
  const dotted = ascii.split('.');
  if (dotted.length === 3) return { groups: dotted, next: i + 1 };
  if (ascii.length > 4 || i + 4 >= end) return null;
  const sep = tokens[i + 1]!;
  if (!SEPARATORS.has(sep.norm) || tokens[i + 3]!.norm !== sep.norm) return null;
  const groups = [ascii];
  for (let k = i + 1; k <= i + 4; k++) {
    if (!spaced(text, tokens[k - 1]!.end, tokens[k]!.start)) return null;
    if ((k - i) % 2 === 0) {
      const g = tokens[k]!.kind === 'number' ? asciiDigits(tokens[k]!.norm) : null;
      if (g === null || g.length === 0 || g.includes('.') || g.includes(',')) return null;
      groups.push(g);
    }
  }
  return { groups, next: i + 5 };
}

export function numericDate(view: DocView, lex: DateLexicon, i: number, end: number): DateMatch | null {
  const { tokens } = view;
  if (tokens[i]!.kind !== 'number') return null;
  const p = parts(view, i, end);
  if (!p) return null;
  const [a, b, c] = p.groups as [string, string, string];
  if (![a, b, c].every((g) => g.length >= 1 && g.length <= 4)) return null;
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) [year, month, day] = [+a, +b, +c];
  else if (c.length === 4 && a.length <= 2 && b.length <= 2) {
    [day, month, year] = [+a, +b, +c];
    if (month > 12 && day <= 12) [day, month] = [month, day];
  } else return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return null;
  let next = p.next;
  let calendar: DateMatch['calendar'] = year >= 1300 && year <= 1500 ? 'hijri' : 'gregorian';
  const era = readEra(view, lex, next, end);
  if (era) {
    if (era.calendar === 'before-era') return null;
    calendar = era.calendar;
    next = era.next;
  }
  return { first: i, next, start: tokens[i]!.start, end: tokens[next - 1]!.end, calendar, year, month, day, rule: 'numeric' };
}
