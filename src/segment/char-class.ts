/**
 * Character classes of the normalized text, looked up in a table built once: a per-character
 * Unicode-property regex would dominate tokenization time.
 */
export const SPACE = 0;
export const ARABIC = 1;
export const LATIN = 2;
export const OTHER_LETTER = 3;
export const DIGIT = 4;
export const PUNCT = 5;
export const SYMBOL = 6;
/** Combining marks and format characters: they belong to the word before them. */
export const MARK = 7;
export const NEWLINE = 8;
/** High or low surrogate: classified by the code point it forms. */
export const SURROGATE = 9;

/** Not yet classified: the table fills in lazily, so loading costs nothing and a document pays only for the characters it uses. */
export const UNKNOWN = 255;
let table: Uint8Array | undefined;

function classify(c: number): number {
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return NEWLINE;
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return DIGIT;
  if (c === 0x0640) return ARABIC; // tatweel, when normalization keeps it
  const ch = String.fromCharCode(c);
  if (/\s/.test(ch)) return SPACE;
  if (/\p{M}|\p{Cf}/u.test(ch)) return MARK;
  if (/\p{L}/u.test(ch)) {
    if (/\p{Script=Arabic}/u.test(ch)) return ARABIC;
    if (/\p{Script=Latin}/u.test(ch)) return LATIN;
    return OTHER_LETTER;
  }
  if (/\p{N}/u.test(ch)) return /\p{Nd}/u.test(ch) ? OTHER_LETTER : SYMBOL;
  if (/\p{P}/u.test(ch)) return PUNCT;
  if (/\p{Cc}/u.test(ch)) return SPACE;
  return SYMBOL;
}

/** The class table for all UTF-16 code units; entries are UNKNOWN until `classOf` fills them in. */
export function charClasses(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000).fill(UNKNOWN);
  for (let c = 0; c < 0x80; c++) table[c] = classify(c);
  for (let c = 0x600; c < 0x700; c++) table[c] = classify(c);
  return table;
}

/** The class of a code unit, classifying it on first sight. */
export function classOf(classes: Uint8Array, c: number): number {
  const k = classes[c]!;
  if (k !== UNKNOWN) return k;
  return (classes[c] = classify(c));
}

/** Class of an astral code point (a valid surrogate pair). */
export function astralClass(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  if (/\p{L}/u.test(ch)) return OTHER_LETTER;
  if (/\p{M}/u.test(ch)) return MARK;
  return SYMBOL;
}
