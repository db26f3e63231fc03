/**
 * Normalization as data: each fold is a named option over a set of characters with one action.
 * `compileFoldTable` turns the enabled folds into a lookup table; `normalize` applies it in one pass.
 *
 * Actions: 'delete' drops the character; a string replaces it (one character, or several for an
 * expansion such as a lam-alef ligature); 'nfkc' replaces it by its compatibility decomposition.
 */

export type FoldAction = 'delete' | 'nfkc' | string;

export interface Fold {
  /** Option name in NormalizeOptions. */
  option: FoldOption;
  /** Inclusive code-unit ranges, or single characters mapped one by one. */
  ranges?: Array<[number, number]>;
  map?: Record<string, string>;
  action?: FoldAction;
  /** Why the fold exists, for readers of the table. */
  reason: string;
}

export type FoldOption =
  | 'diacritics'
  | 'tatweel'
  | 'alef'
  | 'alefMaksura'
  | 'taaMarbuta'
  | 'hamzaCarriers'
  | 'hamzaSeat'
  | 'digits'
  | 'presentationForms'
  | 'persianLetters'
  | 'formatControls'
  | 'spaces';

export const FOLDS: readonly Fold[] = [
  {
    option: 'diacritics',
    ranges: [[0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed]],
    action: 'delete',
    reason: 'tashkeel, superscript alef and Quranic marks are optional in news text and vary by outlet',
  },
  { option: 'tatweel', ranges: [[0x0640, 0x0640]], action: 'delete', reason: 'kashida only stretches a word' },
  {
    option: 'alef',
    map: { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا' },
    reason: 'hamza on alef is written inconsistently (أمريكا / امريكا)',
  },
  { option: 'alefMaksura', map: { 'ى': 'ي' }, reason: 'Egyptian spelling writes final ي as ى (هيكى / هيكي)' },
  { option: 'taaMarbuta', map: { 'ة': 'ه' }, reason: 'final ة and ه are confused in running text' },
  { option: 'hamzaCarriers', map: { 'ؤ': 'و', 'ئ': 'ي' }, reason: 'aggressive fold for search; off by default' },
  {
    option: 'digits',
    map: Object.fromEntries(
      [...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)]).concat([...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)])),
    ),
    reason: 'Arabic-Indic and Eastern digits carry the same values as ASCII digits',
  },
  {
    option: 'presentationForms',
    ranges: [[0xfb50, 0xfdff], [0xfe70, 0xfeff]],
    action: 'nfkc',
    reason: 'legacy encoders emit contextual forms; lam-alef ligatures expand to two letters',
  },
  {
    option: 'persianLetters',
    map: { 'ی': 'ي', 'ک': 'ك', 'ە': 'ه' },
    reason: 'Persian yeh and keheh appear in Arabic text pasted from Persian keyboards (and in NFKC of ﷼)',
  },
  {
    option: 'formatControls',
    ranges: [[0x200b, 0x200f], [0x061c, 0x061c], [0x202a, 0x202e], [0x2066, 0x2069], [0xfeff, 0xfeff], [0x00ad, 0x00ad]],
    action: 'delete',
    reason: 'zero-width and bidi controls are invisible and break word matching',
  },
  {
    option: 'spaces',
    ranges: [[0x00a0, 0x00a0], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0x1680, 0x1680], [0x09, 0x09], [0x0b, 0x0c]],
    action: ' ',
    reason: 'all horizontal spaces are one space; runs of spaces fold to one',
  },
];

/**
 * A fold that depends on the next letter: ئ before و is written ؤ (مسئول → مسؤول, شئون → شؤون). Egyptian
 * and older spelling seats the hamza of مسؤول, شؤون, رؤوف on ي; the standard seats it on و. One code
 * unit for one, so offsets do not shift; words spelled ئو in the standard too (رئوي, فئوية) fold the same
 * way in text and in lexicons, so they still match.
 */
export const HAMZA_SEAT = { option: 'hamzaSeat', from: 0x0626 /* ئ */, before: 0x0648 /* و */, to: 0x0624 /* ؤ */ } as const;

/** Characters converted only between digits: Arabic decimal and thousands separators. */
export const DIGIT_SEPARATORS: Readonly<Record<number, string>> = { 0x066b: '.', 0x066c: ',' };
