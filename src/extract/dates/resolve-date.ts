/**
 * Turns date matches into DATE values: an ISO 8601 prefix in the date's own calendar ("2024",
 * "2024-03", "2024-03-15", "--03-15" without a year), its granularity, the last year of a range, and
 * for Hijri dates the Gregorian equivalent: a day ("2024-03-25") or, for a Hijri month or year, the
 * ISO interval of Gregorian days it covers ("2023-07-19/2024-07-06").
 *
 * A year with no era and no month is Gregorian, except 1300–1500 in a document that writes other
 * dates in the Hijri calendar (Saudi outlets often drop هـ after the first mention).
 */
import type { DateValue } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { DateMatch } from './find-dates.js';
import { hijriDayToGregorian, hijriPeriodToGregorian } from './hijri.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysInGregorianMonth(year: number | undefined, month: number): number {
  // Without a year, 29 February is allowed (it exists in leap years).
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

function isoPrefix(m: DateMatch, day = m.day): string {
  if (m.year === undefined) return day === undefined ? `--${pad(m.month!, 2)}` : `--${pad(m.month!, 2)}-${pad(day, 2)}`;
  let s = pad(m.year, 4);
  if (m.month !== undefined) s += `-${pad(m.month, 2)}`;
  if (day !== undefined) s += `-${pad(day, 2)}`;
  return s;
}

function gregorianOf(m: DateMatch): string | null {
  if (m.year === undefined) return null;
  if (m.day !== undefined) return hijriDayToGregorian(m.year, m.month!, m.day);
  const period = hijriPeriodToGregorian(m.year, m.month);
  if (m.endYear === undefined || period === null) return period;
  // 1445-1446هـ: from the first day of the first year to the last day of the last.
  const last = hijriPeriodToGregorian(m.endYear);
  return last === null ? null : `${period.slice(0, 10)}/${last.slice(11)}`;
}

export function resolveDates(matches: readonly DateMatch[], context: ExtractContext): Candidate[] {
  const hijriDocument = matches.some((m) => m.calendar === 'hijri');
  const out: Candidate[] = [];
  for (const m of matches) {
    const span = { start: m.start, end: m.end };
    const calendar = m.calendar ?? (hijriDocument && m.year! >= 1300 && m.year! <= 1500 ? 'hijri' : 'gregorian');
    if (m.day !== undefined && m.month !== undefined) {
      const limit = calendar === 'hijri' ? 30 : daysInGregorianMonth(m.year, m.month);
      if (Math.max(m.day, m.endDay ?? 0) > limit) {
        context.diagnose({ code: 'date.invalid', severity: 'warning', message: `Day ${m.day} does not exist in month ${m.month}; no date was produced.`, ...span });
        continue;
      }
    }
    const granularity = m.day !== undefined ? 'day' : m.month !== undefined ? 'month' : 'year';
    const value: DateValue = { kind: 'date', value: isoPrefix(m), calendar, granularity };
    if (m.endYear !== undefined) value.end = pad(m.endYear, 4);
    if (m.endDay !== undefined) value.end = isoPrefix(m, m.endDay);
    if (calendar === 'hijri' && m.year !== undefined) {
      const gregorian = gregorianOf(m);
      if (gregorian) value.gregorian = gregorian;
      else context.diagnose({ code: 'date.hijri-unconverted', severity: 'info', message: 'No Gregorian equivalent: the day does not exist in that Hijri month, or this platform lacks the Umm al-Qura calendar.', ...span });
    }
    out.push({ type: 'DATE', start: m.start, end: m.end, value, rule: m.rule });
  }
  return out;
}
