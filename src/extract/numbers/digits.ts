/**
 * Reads one number token: digits in any of the three digit sets (ASCII, Arabic-Indic ٠–٩, Eastern
 * ۰–۹) with the separators the tokenizer keeps inside numbers (. , ' and the Arabic ٫ ٬, which
 * normalization usually already turned into . and ,).
 *
 * Which separator is the decimal point:
 * - `'` only groups thousands; `٫` is always decimal, `٬` always groups.
 * - with both `.` and `,`, the last one is the decimal point and the other groups (1,500.5 / 1.500,5);
 * - several of the same separator group thousands (1,500,000 / 1.500.000);
 * - a single `.` is decimal (1.500 = 1.5, as most outlets write);
 * - a single `,` groups when exactly three digits follow and the head is 1–3 digits without a leading
 *   zero (1,500 = 1500); otherwise it is a decimal comma (5,3 = 5.3).
 */
import { MAX_DIGITS, parseDec, TOO_LARGE, type Dec } from './decimal.js';

export interface DigitNumber {
  value: Dec;
  /** ASCII digits and separators as read ("1,500.5"). */
  ascii: string;
  /** Only digits, no separators: years, days and article numbers look like this. */
  plain: boolean;
  /** A multi-digit integer starting with 0 (phone numbers, codes): not a quantity. */
  leadingZero: boolean;
  /**
   * One '.' followed by exactly three digits (89.500): read as a decimal, but Levantine outlets group
   * thousands with a dot and dinars have three decimals, so the reading is reported.
   */
  ambiguousSeparator: boolean;
}

/** ASCII digit for a code unit of any of the three digit sets, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  return -1;
}

/** Maps every digit to ASCII and ٫ ٬ to . , (for digit strings normalized with the digit fold off). */
export function asciiDigits(s: string): string | null {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) out += String.fromCharCode(0x30 + d);
    else if (c === 0x66b) out += '.';
    else if (c === 0x66c) out += ',';
    else if (c === 0x2e || c === 0x2c || c === 0x27) out += s[i];
    else return null;
  }
  return out;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function groupsOfThree(groups: string[]): boolean {
  const head = groups[0]!;
  if (head.length < 1 || head.length > 3 || head[0] === '0') return false;
  for (let g = 1; g < groups.length; g++) if (groups[g]!.length !== 3) return false;
  return true;
}

/** Splits "1,500.5" into its integer groups and fraction, given which characters group and which is decimal. */
function build(ascii: string, grouping: string, decimal: string): Dec | null {
  const decimalAt = decimal ? ascii.lastIndexOf(decimal) : -1;
  const intText = decimalAt < 0 ? ascii : ascii.slice(0, decimalAt);
  const fracText = decimalAt < 0 ? '' : ascii.slice(decimalAt + 1);
  if (decimalAt >= 0 && !allDigits(fracText)) return null;
  const groups = grouping ? intText.split(grouping) : [intText];
  if (groups.length > 1 && !groupsOfThree(groups)) return null;
  const digits = groups.join('');
  if (!allDigits(digits)) return null;
  return parseDec(fracText ? `${digits}.${fracText}` : digits);
}

function count(s: string, ch: string): number {
  const code = ch.charCodeAt(0);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) n++; // no string per character
  return n;
}

/** Parses a number token's normalized text; null when it is not one readable quantity (15.3.2024). */
export function parseDigits(norm: string): DigitNumber | null {
  // A digit run this long is past the limit whatever its separators: no copies of it are made.
  if (norm.length > 4 * MAX_DIGITS) return { value: TOO_LARGE, ascii: norm, plain: true, leadingZero: false, ambiguousSeparator: false };
  const arabicDecimal = norm.includes('\u066b');
  const ascii = asciiDigits(norm);
  if (ascii === null || ascii.length === 0 || digitValue(ascii.charCodeAt(0)) < 0) return null;
  const dots = count(ascii, '.');
  const commas = count(ascii, ',');
  const quotes = count(ascii, "'");
  let value: Dec | null;
  if (dots + commas + quotes === 0) value = parseDec(ascii);
  else if (quotes > 0) value = dots + commas > 1 ? null : build(ascii.replace(',', '.'), "'", '.');
  else if (dots > 0 && commas > 0) {
    const decimal = ascii.lastIndexOf('.') > ascii.lastIndexOf(',') ? '.' : ',';
    value = count(ascii, decimal) === 1 ? build(ascii, decimal === '.' ? ',' : '.', decimal) : null;
  } else if (dots > 1 && !arabicDecimal) value = build(ascii, '.', '');
  else if (dots === 1) value = build(ascii, '', '.');
  else if (commas > 1) value = build(ascii, ',', '');
  else {
    const [head, tail] = ascii.split(',') as [string, string];
    value = tail.length === 3 && groupsOfThree([head, tail]) ? build(ascii, ',', '') : build(ascii, '', ',');
  }
  if (value === null) return null;
  const plain = dots + commas + quotes === 0;
  const ambiguousSeparator = !arabicDecimal && dots === 1 && commas + quotes === 0 && ascii.length - ascii.indexOf('.') === 4;
  return { value, ascii, plain, leadingZero: plain && ascii.length > 1 && ascii[0] === '0', ambiguousSeparator };
}
