import { describe, expect, it } from 'vitest';
import { intlMonthNames } from '../../../src/extract/dates/calendar-names.js';
import { hijriDayToGregorian, hijriPeriodToGregorian } from '../../../src/extract/dates/hijri.js';

describe('month names from Intl', () => {
  const names = intlMonthNames();
  it.each([
    ['gregorian', ['يناير', 'مارس', 'ديسمبر', 'كانون الثاني', 'آذار', 'تشرين الأول', 'كانون الأول']],
    ['hijri', ['محرم', 'ربيع الأول', 'رمضان', 'ذو القعدة', 'ذو الحجة']],
  ] as const)('%s series include the expected names', (calendar, expected) => {
    const got = names.filter((m) => m.calendar === calendar).map((m) => m.name);
    for (const name of expected) expect(got).toContain(name);
  });

  it('gives twelve months per series', () => {
    expect(names.filter((m) => m.calendar === 'gregorian')).toHaveLength(24);
    const hijri = names.filter((m) => m.calendar === 'hijri');
    expect(new Set(hijri.map((m) => m.month)).size).toBe(12);
  });
});

describe('Hijri to Gregorian', () => {
  it.each([
    [1445, 9, 1, '2024-03-11'],
    [1445, 9, 15, '2024-03-25'],
    [1445, 10, 1, '2024-04-10'],
    [1445, 12, 10, '2024-06-16'],
    [1446, 1, 1, '2024-07-07'],
    [1, 1, 1, '0622-07-19'],
  ])('%i-%i-%i → %s', (y, m, d, expected) => {
    expect(hijriDayToGregorian(y, m, d)).toBe(expected);
  });

  it('refuses a day the month does not have', () => {
    expect(hijriDayToGregorian(1445, 8, 30)).toBeNull(); // Sha'ban 1445 had 29 days
  });

  it('gives the Gregorian interval of a Hijri month and year', () => {
    expect(hijriPeriodToGregorian(1445, 9)).toBe('2024-03-11/2024-04-09');
    expect(hijriPeriodToGregorian(1445)).toBe('2023-07-19/2024-07-06');
  });
});
