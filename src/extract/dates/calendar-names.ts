/**
 * Month names derived from the platform's Intl data at load time: the Egyptian/Gulf series (ar-EG:
 * يناير … ديسمبر), the Levantine/Iraqi series (ar-SY: كانون الثاني … كانون الأول) and the Hijri months
 * of the Umm al-Qura calendar (محرم … ذو الحجة). Spelling variants live in data/month-variants.json.
 * Uses only Intl, so the library core runs in browsers too.
 */
export type Calendar = 'gregorian' | 'hijri';

export interface MonthName {
  name: string;
  calendar: Calendar;
  month: number;
}

const DAY_MS = 86_400_000;

function gregorianSeries(locale: string): MonthName[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const out: MonthName[] = [];
  for (let m = 0; m < 12; m++) out.push({ name: format.format(Date.UTC(2024, m, 15)), calendar: 'gregorian', month: m + 1 });
  return out;
}

function hijriSeries(): MonthName[] {
  const names = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { month: 'long', timeZone: 'UTC' });
  const numbers = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { month: 'numeric', timeZone: 'UTC' });
  const byMonth = new Map<number, string>();
  // Every 10 days for a bit over a year: each Hijri month (29 or 30 days) is seen at least twice.
  for (let d = 0; d < 400 && byMonth.size < 12; d += 10) {
    const at = Date.UTC(2024, 0, 1) + d * DAY_MS;
    const month = Number(numbers.format(at));
    if (month >= 1 && month <= 12 && !byMonth.has(month)) byMonth.set(month, names.format(at));
  }
  return [...byMonth].map(([month, name]) => ({ name, calendar: 'hijri' as const, month }));
}

/** A name is usable when the platform returned Arabic letters (not a fallback such as "M03"). */
function arabic(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 0x621 && c <= 0x64a;
}

let cached: MonthName[] | undefined;

/** The month names this platform's Intl provides (empty where Intl lacks Arabic data). */
export function intlMonthNames(): MonthName[] {
  if (cached) return cached;
  const out: MonthName[] = [];
  for (const series of [() => gregorianSeries('ar-EG'), () => gregorianSeries('ar-SY'), hijriSeries]) {
    try {
      out.push(...series().filter((m) => arabic(m.name)));
    } catch {
      // A platform without Arabic calendar data: the data-file variants still apply.
    }
  }
  return (cached = out);
}
