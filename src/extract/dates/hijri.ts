/**
 * Hijri (Umm al-Qura) to Gregorian conversion through Intl: Intl only formats a Gregorian instant in
 * the Hijri calendar, so we start from an arithmetic estimate and step to the exact day by comparing
 * what Intl says. No node: module is used, so this runs in browsers.
 */
const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH in the proleptic Gregorian calendar (16 July 622 Julian). */
const EPOCH = Date.UTC(622, 6, 19);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

let formatter: Intl.DateTimeFormat | undefined;

function hijriOf(ms: number): { y: number; m: number; d: number } {
  formatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of formatter.formatToParts(ms)) {
    if (p.type === 'year') y = Number.parseInt(p.value, 10);
    else if (p.type === 'month') m = Number.parseInt(p.value, 10);
    else if (p.type === 'day') d = Number.parseInt(p.value, 10);
  }
  return { y, m, d };
}

/** The instant (UTC midnight) of a Hijri date, or null when the day does not exist in that month. */
function hijriInstant(y: number, m: number, d: number): number | null {
  let at = EPOCH + Math.round((y - 1) * MEAN_YEAR + (m - 1) * MEAN_MONTH + (d - 1)) * DAY_MS;
  for (let round = 0; round < 8; round++) {
    const h = hijriOf(at);
    const diff = Math.round(((y - h.y) * 12 + (m - h.m)) * MEAN_MONTH + (d - h.d));
    if (h.y === y && h.m === m && h.d === d) return at;
    if (diff === 0) return null;
    at += diff * DAY_MS;
  }
  return null;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Gregorian "YYYY-MM-DD" of a Hijri day, or null (no such day, or no Intl Hijri calendar). */
export function hijriDayToGregorian(y: number, m: number, d: number): string | null {
  try {
    const at = hijriInstant(y, m, d);
    return at === null ? null : isoDay(at);
  } catch {
    return null;
  }
}

/** Gregorian interval "start/end" (ISO 8601) covered by a Hijri month or, without `m`, a Hijri year. */
export function hijriPeriodToGregorian(y: number, m?: number): string | null {
  try {
    const start = hijriInstant(y, m ?? 1, 1);
    const nextStart = m === undefined || m === 12 ? hijriInstant(y + 1, 1, 1) : hijriInstant(y, m + 1, 1);
    if (start === null || nextStart === null) return null;
    return `${isoDay(start)}/${isoDay(nextStart - DAY_MS)}`;
  } catch {
    return null;
  }
}
