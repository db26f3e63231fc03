/** fast-check generators shared by the property tests (not a test file itself). */
import fc from 'fast-check';
import type { NormalizeOptions } from '../../src/text/options.js';

const chars = (s: string): string[] => [...s];
const codeRange = (lo: number, hi: number): string[] =>
  Array.from({ length: hi - lo + 1 }, (_, i) => String.fromCharCode(lo + i));

export const LETTERS = chars('ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ');
export const DIACRITICS = [...codeRange(0x064b, 0x065f), '\u0670', ...codeRange(0x06d6, 0x06ed)];
export const DIGITS = [...chars('0123456789'), ...codeRange(0x0660, 0x0669), ...codeRange(0x06f0, 0x06f9)];
export const SEPARATORS = ['٫', '٬', '.', ',', "'"];
/** Ligatures and other presentation forms, including the ones that expand to several letters or words. */
export const PRESENTATION = [
  '\ufefb', '\ufefc', '\ufef7', '\ufef8', '\ufef9', '\ufef5', // lam-alef
  '\ufdf2', '\ufdfc', '\ufdfa', '\ufdfb', '\ufdf0', // Allah, rial, honorifics
  '\ufe70', '\ufe71', '\ufe72', '\ufe7c', '\ufc5e', // isolated tashkeel forms (NFKC: space + mark)
  '\ufbdd', '\ufbf0', '\ufd3e', '\ufd3f', // ۇٴ, ئۇ, ornate parentheses
  ...codeRange(0xfe8d, 0xfef4),
];
export const CONTROLS = [
  ...codeRange(0x200b, 0x200f), '\u061c', ...codeRange(0x202a, 0x202e), ...codeRange(0x2066, 0x2069), '\ufeff', '\u00ad',
];
export const SPACES = [' ', ' ', ' ', '\u00a0', '\u2003', '\u2009', '\u202f', '\t', '\n', '\r\n', '\n\n', '\u2028', '\u3000'];
export const PUNCT = chars('.!?؟؛…۔"»«)(،:-/%\'”“');
export const OTHER = ['\ud800', '\udfff', '\ud83d', '\ude00', '😀', '\u0000', '\u0007', '\u0085', ...chars('یکگپچ'), ...chars('abcXYZé')];

/** One piece of Arabic-heavy text. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...LETTERS) },
  { weight: 5, arbitrary: fc.constantFrom(...DIACRITICS) },
  { weight: 2, arbitrary: fc.constant('ـ') },
  { weight: 5, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 3, arbitrary: fc.constantFrom(...PRESENTATION) },
  { weight: 3, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 8, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER) },
  // Words with clitics and digits glued to letters.
  { weight: 2, arbitrary: fc.constantFrom('وال', 'بال', 'لل', 'وب', 'فس', 'ك', 'بـ', 'د.', 'ج.م', '1.5', '15,029', '١٢٫٥') },
);

/** Arabic-heavy strings: letters, diacritics, tatweel, digits in three sets, ligatures, controls, spaces, punctuation. */
export const arabicText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

/** One UTF-16 unit or code point from anywhere, biased to the ranges the normalizer folds. */
const anyUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0xfb50, max: 0xfeff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x2000, max: 0x206f }).map((c) => String.fromCharCode(c)) },
);

/** Arbitrary strings: any code point (fc 'binary' unit), plus lone surrogates and control characters. */
export const binaryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: anyUnit, maxLength: 60 }),
);

/** Any text worth throwing at the pipeline. */
export const anyText: fc.Arbitrary<string> = fc.oneof(arabicText, binaryText);

/** A random set of normalization options. */
export const normalizeOptions: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    diacritics: fc.boolean(),
    tatweel: fc.boolean(),
    alef: fc.boolean(),
    alefMaksura: fc.boolean(),
    taaMarbuta: fc.boolean(),
    hamzaCarriers: fc.boolean(),
    hamzaSeat: fc.boolean(),
    digits: fc.boolean(),
    presentationForms: fc.boolean(),
    persianLetters: fc.boolean(),
    formatControls: fc.boolean(),
    spaces: fc.boolean(),
  },
  { requiredKeys: [] },
);
