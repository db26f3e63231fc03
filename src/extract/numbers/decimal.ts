/**
 * Exact decimal arithmetic on BigInt: a value is `coef × 10^-scale`. Amounts in news are products of
 * decimals and powers of ten (1.5 × 10^6) plus sums, so no floating point is ever needed, and the
 * printed result is always plain digits (never NaN, Infinity or exponent notation).
 */
export interface Dec {
  readonly coef: bigint;
  readonly scale: number;
}

/** Results longer than this many digits are reported as too large rather than printed. */
export const MAX_DIGITS = 1000;

const TEN = 10n;

function pow10(k: number): bigint {
  return TEN ** BigInt(k);
}

export function decOf(n: number | bigint): Dec {
  return { coef: BigInt(n), scale: 0 };
}

/** Parses ASCII "123" or "1.50"; null for anything else. */
export function parseDec(s: string): Dec | null {
  const dot = s.indexOf('.');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const fracPart = dot < 0 ? '' : s.slice(dot + 1);
  if (intPart.length === 0 || (dot >= 0 && fracPart.length === 0)) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i !== dot && (c < 0x30 || c > 0x39)) return null;
  }
  // BigInt of a decimal string is super-linear in its length: a run far past the digit limit is not
  // converted but stands for "too large", which callers report with a diagnostic.
  let lead = 0;
  while (lead < intPart.length - 1 && intPart.charCodeAt(lead) === 0x30) lead++;
  if (intPart.length - lead > MAX_DIGITS + 1 || fracPart.length > MAX_DIGITS) return TOO_LARGE;
  return { coef: BigInt(intPart + fracPart), scale: fracPart.length };
}

/** A value just past the digit limit: what any longer digit run parses to. */
export const TOO_LARGE: Dec = { coef: 10n ** BigInt(MAX_DIGITS + 1), scale: 0 };

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.coef, b.coef, a.scale];
  if (a.scale > b.scale) return [a.coef, b.coef * pow10(a.scale - b.scale), a.scale];
  return [a.coef * pow10(b.scale - a.scale), b.coef, b.scale];
}

export function addDec(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { coef: x + y, scale };
}

export function compareDec(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a × 10^k for k ≥ 0. */
export function mulPow10(a: Dec, k: number): Dec {
  if (k <= a.scale) return { coef: a.coef, scale: a.scale - k };
  return { coef: a.coef * pow10(k - a.scale), scale: 0 };
}

export function mulDec(a: Dec, b: Dec): Dec {
  return { coef: a.coef * b.coef, scale: a.scale + b.scale };
}

/**
 * a × num / den when the result has a finite decimal expansion (halves, quarters); null otherwise
 * (a third of a million), so the caller can report it instead of rounding silently.
 */
export function mulFraction(a: Dec, num: number, den: number): Dec | null {
  const d = BigInt(den);
  let coef = a.coef * BigInt(num);
  let scale = a.scale;
  for (let extra = 0; extra <= 8; extra++) {
    if (coef % d === 0n) return { coef: coef / d, scale };
    coef *= TEN;
    scale++;
  }
  return null;
}

/** Number of digits of the integer part (1 for values below one). */
export function integerDigits(a: Dec): number {
  const abs = a.coef < 0n ? -a.coef : a.coef;
  return Math.max(1, abs.toString().length - a.scale);
}

/** Canonical text: no leading zeros, no trailing fractional zeros ("1.50" → "1.5", "0.50" → "0.5"). */
export function formatDec(a: Dec): string {
  let coef = a.coef;
  let scale = a.scale;
  while (scale > 0 && coef % TEN === 0n) {
    coef /= TEN;
    scale--;
  }
  const negative = coef < 0n;
  let digits = (negative ? -coef : coef).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return negative ? `-${digits}` : digits;
}
