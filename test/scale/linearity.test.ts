/**
 * Every regex and loop is linear: adversarial inputs at 1× and 4× their size, analyzed with every
 * built-in extractor in the same run; 4× the input must take at most about 4× the work. Work is the
 * best of a few wall-clock timings (the least disturbed by other processes); the bound is generous
 * (10×, plus a small floor for very fast inputs) so that only super-linear growth fails: a quadratic
 * loop gives 16×. No absolute time is asserted.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

const BOUND = 10;
const FLOOR_MS = 3;

function work(text: string, repeats: number): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    analyze(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Time at 1× and 4×; returns the ratio (with the 1× time floored, so micro-second inputs do not divide noise by noise). */
function growth(make: (n: number) => string, n: number, repeats = 5): { ratio: number; one: number; four: number } {
  analyze(make(Math.max(1, n >> 4))); // warm the code paths up
  const one = work(make(n), repeats);
  const four = work(make(4 * n), repeats);
  return { ratio: four / Math.max(one, FLOOR_MS), one, four };
}

/**
 * The growth, measured again when it passes the bound: other test files share the two cores, and one
 * disturbed run can cross 10× on linear code. A super-linear loop crosses it every time.
 */
function steadyGrowth(make: (n: number) => string, n: number): { ratio: number; one: number; four: number } {
  const first = growth(make, n);
  if (first.ratio < BOUND) return first;
  const second = growth(make, n);
  return second.ratio < first.ratio ? second : first;
}

/** Repeats a unit to about n characters. */
const times = (unit: string) => (n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

// name, generator, size of the 1× input in characters
const LINEAR: Array<[string, (n: number) => string, number]> = [
  ['100k tatweels inside one word', (n) => 'م' + 'ـ'.repeat(n) + 'صر', 25_000],
  ['tatweel-stretched words', times('مـصـر '), 25_000],
  ['1 MB without a space (Arabic)', (n) => 'بالمملكةالعربيةالسعودية'.repeat(Math.ceil(n / 23)).slice(0, n), 250_000],
  ['1 MB without a space (Latin)', (n) => 'a'.repeat(n), 250_000],
  ['a long digit run', (n) => '7'.repeat(n), 25_000],
  ['digits with thousands separators', times('1,'), 50_000],
  ['digits with dots', times('1.'), 50_000],
  ['Arabic-Indic digits with separators', times('١٬'), 50_000],
  ['a run of commas', times('،'), 25_000],
  ['a run of full stops', times('.'), 25_000],
  ['a run of percent signs', times('%'), 25_000],
  ['a و-chain in one word', (n) => 'و'.repeat(n), 50_000],
  ['و as separate words', times('و '), 25_000],
  ['و-prefixed names', times('ومحمد '), 25_000],
  ['50k repeated names', times('محمد '), 62_500],
  ['repeated full names with a title', times('الرئيس عبد الفتاح السيسي '), 25_000],
  ['repeated organization names', times('وزارة الخارجية المصرية '), 25_000],
  ['repeated places', times('القاهرة '), 25_000],
  ['number words', times('ثلاثة '), 25_000],
  ['repeated years', times('2024 '), 25_000],
  ['repeated amounts of money', times('1.5 مليون دولار '), 25_000],
  ['repeated dates', times('15 مارس 2024 '), 25_000],
  ['nested guillemets', (n) => '«'.repeat(n >> 1) + 'مصر' + '»'.repeat(n >> 1), 25_000],
  ['nested brackets', (n) => '('.repeat(n >> 1) + 'مصر' + ')'.repeat(n >> 1), 25_000],
  ['unclosed guillemets', times('«مصر '), 25_000],
  ['unclosed double quotes', times('"مصر '), 25_000],
  ['alternating quotes and brackets', times('«(“مصر”)» '), 25_000],
  ['one-word sentences', times('مصر. '), 25_000],
  ['blank lines', (n) => '\n'.repeat(n), 50_000],
  ['stacked diacritics', (n) => 'م' + 'َ'.repeat(n), 50_000],
];

describe('linear work on adversarial input (4× input, at most about 4× work)', () => {
  it.each(LINEAR)('%s', (_, make, n) => {
    const { ratio, one, four } = steadyGrowth(make, n);
    expect(ratio, `1×: ${one.toFixed(1)} ms, 4×: ${four.toFixed(1)} ms`).toBeLessThan(BOUND);
  }, 120_000);
});
