/**
 * Years. A four-digit number is a year when something says so:
 * - an era mark after it (2024م, 1445 هـ; shorter years only with one: 756م, 732 هـ), a month before it (مارس 2024), or a cue word before it
 *   (عام, العام الحالي, سنة, منذ, بحلول …): then 1000–2199 (1300–1500 with هـ);
 * - otherwise 1900–2099, the years news writes about, unless the context says it counts or refers:
 *   a reference word before it (المادة 2024, رقم 2024), a qualifier before it (نحو 2000), or a counted
 *   noun, scale word, percent sign or partitive من after it (2024 شخصا, 2000 من الجنود), or a count
 *   word shortly before it (بلغ عدد الحالات 1950).
 * Ranges: 2023-2024, 2023/2024, 2023/24, and two years side by side in a plan name (2011 2015). A range
 * in brackets (1882 - 1963), a lifespan or a reign, counts as cued.
 */
import type { Token } from '../../schema.js';
import { asciiDigits } from '../numbers/digits.js';
import { isConjunction, spaced, touching, type DocView } from '../numbers/token-view.js';
import type { DateMatch } from './find-dates.js';
import type { DateLexicon, EraCalendar } from './lexicon.js';

/** A plain four-digit number token's value, or null. */
export function fourDigits(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || t.norm.length !== 4) return null;
  const ascii = asciiDigits(t.norm);
  if (ascii === null || ascii.length !== 4 || ascii[0] === '0') return null;
  for (let i = 0; i < 4; i++) if (ascii.charCodeAt(i) < 0x30 || ascii.charCodeAt(i) > 0x39) return null;
  return Number(ascii);
}

export function readEra(view: DocView, lex: DateLexicon, k: number, end: number): { calendar: EraCalendar; next: number } | null {
  if (k >= end) return null;
  const m = lex.eras.match(view.tokens, k, end);
  if (!m) return null;
  // م and ه are letters that also start words: only count them standing alone after the year.
  return { calendar: m.payload, next: m.next };
}

/** A year after a month: «مارس 2024», «مارس من عام 2024», «رمضان 1445 هـ». */
export function yearAfter(view: DocView, lex: DateLexicon, k: number, end: number): { year: number; next: number; era: EraCalendar | null } | null {
  let at = k;
  for (let skipped = 0; skipped < 2 && at < end && lex.beforeYear.has(view.tokens[at]!.norm); skipped++) at++;
  const year = at < end ? fourDigits(view.tokens[at]) : null;
  if (year === null || year < 1000 || year > 2199) return null;
  const era = readEra(view, lex, at + 1, end);
  if (era?.calendar === 'before-era') return null;
  return { year, next: era ? era.next : at + 1, era: era ? era.calendar : null };
}

function hasCue(view: DocView, lex: DateLexicon, i: number, sentenceStart: number): boolean {
  const { tokens } = view;
  const prev = i - 1 >= sentenceStart ? tokens[i - 1] : undefined;
  if (!prev) return false;
  if (lex.yearCues.has(prev.norm)) return true;
  const before = i - 2 >= sentenceStart ? tokens[i - 2] : undefined;
  if (lex.yearModifiers.has(prev.norm) && before && lex.yearCues.has(before.norm)) return true;
  // عامي 2023 و2024: a year joined by و to a year before it.
  return isConjunction(view, i - 1) && fourDigits(before) !== null;
}

/** The context says the number counts or refers to something (see the module comment). */
export function blocked(view: DocView, dates: DateLexicon, i: number, last: number, sentenceStart: number, end: number, cued: boolean): boolean {
  const { tokens, lex } = view;
  if (!cued) {
    for (let back = 1; back <= 3 && i - back >= sentenceStart; back++) if (dates.countWords.has(tokens[i - back]!.norm)) return true;
  }
  const prev = i - 1 >= sentenceStart ? tokens[i - 1] : undefined;
  if (prev && (lex.references.has(prev.norm) || prev.norm === '+')) return true;
  for (let back = 1; back <= 3 && i - back >= sentenceStart; back++) {
    if (lex.qualifiersBefore.match(tokens, i - back, i)?.next === i) return true;
  }
  const next = last + 1 < end ? tokens[last + 1] : undefined;
  if (!next) return false;
  if (lex.countedNouns.match(tokens, last + 1, end)) return true;
  if (next.norm === '%' || next.norm === '٪') return true;
  const e = lex.words.get(next.norm);
  if (e && e.prefix === '' && e.atom.kind === 'scale') return true;
  return !cued && next.norm === 'من';
}

/** The end of a year range starting after the year at `i`: 2023-2024, 2023/24, 2011 2015. */
function rangeEnd(view: DocView, lex: DateLexicon, i: number, end: number, year: number): { endYear: number; next: number } | null {
  const { tokens, text } = view;
  const sep = tokens[i + 1];
  if (sep && i + 2 < end && lex.yearConnectors.has(sep.norm) && spaced(text, tokens[i]!.end, sep.start) && spaced(text, sep.end, tokens[i + 2]!.start)) {
    const second = tokens[i + 2]!;
    const full = fourDigits(second);
    if (full !== null && full > year && full - year <= 100) return { endYear: full, next: i + 3 };
    const two = second.kind === 'number' && second.norm.length === 2 ? Number(asciiDigits(second.norm)) : NaN;
    if (Number.isInteger(two) && touching(text, sep.end, second.start)) {
      const endYear = Math.floor(year / 100) * 100 + two;
      if (endYear > year && endYear - year <= 10) return { endYear, next: i + 3 };
    }
    return null;
  }
  const side = fourDigits(tokens[i + 1]);
  if (side !== null && i + 1 < end && side > year && side - year <= 20 && spaced(text, tokens[i]!.end, tokens[i + 1]!.start)) {
    return { endYear: side, next: i + 2 };
  }
  return null;
}

/**
 * A year of one to three digits, which only an era mark makes a year: 732 هـ, or عام 756م with a cue
 * word too, since م alone is also metres (500 م من القماش).
 */
function eraYear(view: DocView, lex: DateLexicon, i: number, sentenceStart: number, end: number): DateMatch | null {
  const t = view.tokens[i]!;
  if (t.kind !== 'number' || t.norm.length > 3) return null;
  const ascii = asciiDigits(t.norm);
  if (ascii === null || !/^[1-9]\d{0,2}$/.test(ascii)) return null;
  const era = readEra(view, lex, i + 1, end);
  if (!era || era.calendar === 'before-era') return null;
  if (era.calendar !== 'hijri' && !hasCue(view, lex, i, sentenceStart)) return null;
  return { first: i, next: era.next, start: t.start, end: view.tokens[era.next - 1]!.end, calendar: era.calendar as DateMatch['calendar'], year: Number(ascii), rule: 'year' };
}

/** A year (or year range) at token `i`, or null. */
export function yearAt(view: DocView, lex: DateLexicon, i: number, sentenceStart: number, end: number): DateMatch | null {
  const { tokens } = view;
  const year = fourDigits(tokens[i]);
  if (year === null) return eraYear(view, lex, i, sentenceStart, end);
  const range = rangeEnd(view, lex, i, end, year);
  let next = range ? range.next : i + 1;
  const era = readEra(view, lex, next, end);
  if (era?.calendar === 'before-era') return null;
  // (1882 - 1963) after a name: a lifespan or a reign, years whatever the century.
  const bracketed = range !== null && i > sentenceStart && tokens[i - 1]!.norm === '(' && tokens[range.next]?.norm === ')';
  const cued = era !== null || bracketed || hasCue(view, lex, i, sentenceStart);
  const hijri = era ? era.calendar === 'hijri' : cued && lex.hijriModifiers.has(tokens[i - 1]?.norm ?? '');
  const low = hijri ? 1300 : cued ? 1000 : 1900;
  const high = hijri ? 1500 : cued ? 2199 : 2099;
  if (year < low || year > high || (!era && blocked(view, lex, i, next - 1, sentenceStart, end, cued))) return null;
  if (era) next = era.next;
  const m: DateMatch = {
    first: i, next, start: tokens[i]!.start, end: tokens[next - 1]!.end,
    calendar: era ? (era.calendar as DateMatch['calendar']) : hijri ? 'hijri' : null, year, rule: range ? 'year-range' : 'year',
  };
  if (range) m.endYear = range.endYear;
  return m;
}
