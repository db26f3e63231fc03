import { describe, expect, it } from 'vitest';
import { formatDec } from '../../../src/extract/numbers/decimal.js';
import { parseDigits } from '../../../src/extract/numbers/digits.js';

const read = (s: string) => {
  const p = parseDigits(s);
  return p ? formatDec(p.value) : null;
};

describe('reading one number token', () => {
  it.each([
    ['1500000', '1500000'],
    ['1,500,000', '1500000'],
    ['1,500', '1500'],
    ['1.5', '1.5'],
    ['1.500', '1.5'],
    ['5,3', '5.3'],
    ['12,50', '12.5'],
    ['0,500', '0.5'],
    ['1.234.567', '1234567'],
    ['1.234.567,5', '1234567.5'],
    ['1,234,567.25', '1234567.25'],
    ["1'500'000", '1500000'],
    ['١٥٠٠', '1500'],
    ['۱۵۰۰', '1500'],
    ['١٫٥', '1.5'],
    ['١٬٥٠٠', '1500'],
  ])('%s → %s', (input, expected) => {
    expect(read(input)).toBe(expected);
  });

  it.each(['15.3.2024', '1,50,000', '1.5,5,5', "1'50"])('%s is not one quantity', (input) => {
    expect(read(input)).toBeNull();
  });

  it('marks leading zeros (phone numbers, codes) and plain digit strings', () => {
    expect(parseDigits('01001234567')).toMatchObject({ leadingZero: true, plain: true });
    expect(parseDigits('0')).toMatchObject({ leadingZero: false, plain: true });
    expect(parseDigits('2024')).toMatchObject({ leadingZero: false, plain: true });
    expect(parseDigits('2,024')).toMatchObject({ plain: false });
  });
});
