/**
 * Property: any decimal written in any of the three digit sets, with any thousands separator and any
 * decimal separator the grammar accepts, reads back as the same exact value — through the digit
 * parser and through the whole pipeline (as a MONEY amount), and as a wire-copy decimal (84ر3).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, normalize } from '../../../src/index.js';
import { valueExtractors } from '../../../src/extract/values.js';
import { formatDec, parseDec } from '../../../src/extract/numbers/decimal.js';
import { parseDigits } from '../../../src/extract/numbers/digits.js';

const DIGIT_SETS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];

interface Written {
  text: string;
  expected: string;
}

function group(int: string, sep: string): string {
  if (!sep) return int;
  const parts: string[] = [];
  for (let end = int.length; end > 0; end -= 3) parts.unshift(int.slice(Math.max(0, end - 3), end));
  return parts.join(sep);
}

const written: fc.Arbitrary<Written> = fc
  .record({
    int: fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
    frac: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
    set: fc.constantFrom(...DIGIT_SETS),
    grouping: fc.constantFrom('', ',', '٬', "'", '.'),
    decimal: fc.constantFrom('.', '٫', ','),
  })
  .filter(({ int, frac, grouping: chosen, decimal }) => {
    const groups = Math.ceil(int.length / 3);
    const grouping = groups >= 2 ? chosen : ''; // one group shows no separator
    if (grouping === '.') return groups >= 3 && (frac === undefined || decimal === ',');
    if (grouping && frac !== undefined && (decimal === grouping || (decimal === ',' && grouping !== "'"))) return false;
    // A lone decimal comma with three digits after it reads as thousands (1,500): not a decimal here.
    if (!grouping && decimal === ',' && frac !== undefined) return frac.length !== 3;
    return true;
  })
  .map(({ int, frac, set, grouping, decimal }) => {
    const ascii = group(int, grouping) + (frac === undefined ? '' : decimal + frac);
    const text = [...ascii].map((ch) => (ch >= '0' && ch <= '9' ? set[Number(ch)]! : ch)).join('');
    return { text, expected: formatDec(parseDec(frac === undefined ? int : `${int}.${frac}`)!) };
  });

describe('digit strings round-trip', () => {
  it('through the digit parser, after normalization', () => {
    fc.assert(
      fc.property(written, ({ text, expected }) => {
        const parsed = parseDigits(normalize(text).text);
        expect(parsed && formatDec(parsed.value)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('through the digit parser, with the digit fold off', () => {
    fc.assert(
      fc.property(written, ({ text, expected }) => {
        const parsed = parseDigits(normalize(text, { digits: false }).text);
        expect(parsed && formatDec(parsed.value)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('through analyze, as a money amount with its exact span', () => {
    fc.assert(
      fc.property(written, fc.boolean(), ({ text, expected }, digitFold) => {
        const sentence = `وبلغت قيمة الصفقة ${text} دولار وفق البيان.`;
        const doc = analyze(sentence, { extractors: valueExtractors, normalize: { digits: digitFold } });
        const money = doc.mentions.filter((m) => m.type === 'MONEY');
        expect(money.map((m) => [m.text, m.value])).toEqual([[`${text} دولار`, { kind: 'money', amount: expected, currency: 'USD' }]]);
      }),
      { numRuns: 200 },
    );
  });

  it('as a wire-copy decimal, fraction first', () => {
    const wire = fc.record({
      int: fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String),
      frac: fc.stringMatching(/^\d{1,4}$/),
      set: fc.constantFrom(...DIGIT_SETS),
      gap: fc.constantFrom('', ' ', '\u200F'),
    });
    fc.assert(
      fc.property(wire, ({ int, frac, set, gap }) => {
        const local = (s: string): string => [...s].map((ch) => set[Number(ch)]!).join('');
        const amount = `${local(frac)}${gap}ر${gap}${local(int)}`;
        const doc = analyze(`وبلغت الصادرات ${amount} مليار دولار.`, { extractors: valueExtractors });
        const expected = formatDec({ coef: BigInt(int + frac) * 10n ** 9n, scale: frac.length });
        expect(doc.mentions.map((m) => [m.text, m.value])).toEqual([[`${amount} مليار دولار`, { kind: 'money', amount: expected, currency: 'USD' }]]);
      }),
      { numRuns: 200 },
    );
  });
});
