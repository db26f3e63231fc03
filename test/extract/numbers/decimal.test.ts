import { describe, expect, it } from 'vitest';
import { addDec, compareDec, decOf, formatDec, integerDigits, mulDec, mulFraction, mulPow10, parseDec } from '../../../src/extract/numbers/decimal.js';

const d = (s: string) => parseDec(s)!;

describe('exact decimals', () => {
  it('parses and prints canonically', () => {
    expect(formatDec(d('1.50'))).toBe('1.5');
    expect(formatDec(d('0.050'))).toBe('0.05');
    expect(formatDec(d('007'))).toBe('7');
    expect(formatDec(d('10.000'))).toBe('10');
    expect(parseDec('1.')).toBeNull();
    expect(parseDec('.5')).toBeNull();
    expect(parseDec('1e5')).toBeNull();
  });

  it('multiplies by powers of ten without floating point', () => {
    expect(formatDec(mulPow10(d('1.5'), 6))).toBe('1500000');
    expect(formatDec(mulPow10(d('3.84'), 9))).toBe('3840000000');
    expect(formatDec(mulPow10(d('0.000001'), 3))).toBe('0.001');
    expect(formatDec(mulPow10(d('0.1'), 27))).toBe('1' + '0'.repeat(26));
  });

  it('adds and compares', () => {
    expect(formatDec(addDec(d('53000000'), d('653000')))).toBe('53653000');
    expect(formatDec(addDec(d('0.1'), d('0.2')))).toBe('0.3');
    expect(compareDec(d('2.50'), d('2.5'))).toBe(0);
    expect(compareDec(d('999'), d('1000'))).toBe(-1);
  });

  it('takes exact fractions or refuses', () => {
    expect(formatDec(mulFraction(decOf(1_000_000), 1, 2)!)).toBe('500000');
    expect(formatDec(mulFraction(decOf(1), 1, 4)!)).toBe('0.25');
    expect(formatDec(mulFraction(decOf(3_000_000), 1, 3)!)).toBe('1000000');
    expect(mulFraction(decOf(1_000_000), 1, 3)).toBeNull();
  });

  it('keeps huge values exact', () => {
    const big = d('9'.repeat(400));
    expect(formatDec(mulDec(big, decOf(1)))).toBe('9'.repeat(400));
    expect(integerDigits(mulPow10(big, 600))).toBe(1000);
    expect(formatDec(mulPow10(decOf(1), 27))).not.toMatch(/e|Infinity|NaN/);
  });
});
