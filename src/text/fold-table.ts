import { FOLDS, DIGIT_SEPARATORS, HAMZA_SEAT, type Fold } from './charmap.js';
import type { ResolvedNormalizeOptions } from './options.js';

/** What `normalize` does with one UTF-16 code unit. */
export const KEEP = 0;
/** Replaced by exactly one code unit: offsets do not shift. */
export const REPLACE = 1;
export const DELETE = 2;
/** Replaced by two or more code units (lam-alef ligature → ل + ا). */
export const EXPAND = 3;
/** A space: kept or replaced by ' ', deleted when the previous output is already a space. */
export const SPACE = 4;
/** ٫ or ٬: becomes . or , between digits, else kept. */
export const SEPARATOR = 5;
/** A UTF-16 surrogate: copied as is; a lone one switches output decoding to a lossless path. */
export const SURROGATE = 6;
/** ئ: written ؤ before و (HAMZA_SEAT), else folded as usual; one code unit either way. */
export const SEAT = 7;

export interface FoldTable {
  kinds: Uint8Array;
  /** Replacement text for REPLACE, EXPAND, SPACE and SEPARATOR code units. */
  replacements: Map<number, string>;
  /** The output code unit of ئ before و (its fold after HAMZA_SEAT), when the hamzaSeat fold is on. */
  seatOutput: number;
  /**
   * The hamza seat is set where the output has ئ then و (ئ is itself in the output unless hamzaCarriers
   * folds it; then the SEAT kind sets it before the fold instead).
   */
  seatPass: boolean;
  /**
   * The output code unit of each KEEP code unit (itself) and REPLACE code unit (its replacement): a typed
   * array the hot loop reads without a branch.
   */
  singles: Uint16Array;
}

const cache = new Map<string, FoldTable>();

function foldFor(code: number, folds: readonly Fold[]): string | undefined {
  const ch = String.fromCharCode(code);
  for (const fold of folds) {
    if (fold.map && ch in fold.map) return fold.map[ch];
    if (fold.ranges?.some(([lo, hi]) => code >= lo && code <= hi)) {
      if (fold.action === 'delete') return '';
      if (fold.action === 'nfkc') {
        const n = ch.normalize('NFKC');
        if (n !== ch) return n;
        continue;
      }
      return fold.action;
    }
  }
  return undefined;
}

/** Applies the enabled folds to a string until nothing changes, so every replacement is a fixed point. */
function foldString(s: string, folds: readonly Fold[]): string {
  for (let round = 0; round < 4; round++) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const f = foldFor(s.charCodeAt(i), folds);
      out += f === undefined ? s[i] : f;
    }
    if (out === s) return s;
    s = out;
  }
  return s;
}

/** Compiles (once per distinct option set) the table that drives the one-pass normalizer. */
export function compileFoldTable(options: ResolvedNormalizeOptions): FoldTable {
  const key = JSON.stringify(options);
  const hit = cache.get(key);
  if (hit) return hit;
  const folds = FOLDS.filter((f) => options[f.option]);
  const kinds = new Uint8Array(0x10000);
  const replacements = new Map<number, string>();
  const touched = new Set<number>();
  for (const fold of folds) {
    for (const ch of Object.keys(fold.map ?? {})) touched.add(ch.charCodeAt(0));
    for (const [lo, hi] of fold.ranges ?? []) for (let c = lo; c <= hi; c++) touched.add(c);
  }
  for (const code of touched) {
    const out = foldString(String.fromCharCode(code), folds);
    if (out === String.fromCharCode(code)) continue;
    // A form that would become a space plus text (ﷺ → صلى الله عليه وسلم; ﹲ → space + mark when diacritics
    // are kept) stays whole: expanded, one original character would sit under several tokens.
    if (/\s/.test(out) && /\S/.test(out)) continue;
    if (out === '') kinds[code] = DELETE;
    else if (out === ' ' && options.spaces) kinds[code] = SPACE;
    else kinds[code] = out.length === 1 ? REPLACE : EXPAND;
    if (out !== '') replacements.set(code, out);
  }
  if (options.spaces) {
    kinds[0x20] = SPACE;
    replacements.set(0x20, ' ');
  }
  if (options.digits) {
    for (const [code, out] of Object.entries(DIGIT_SEPARATORS)) {
      kinds[Number(code)] = SEPARATOR;
      replacements.set(Number(code), out);
    }
  }
  for (let c = 0xd800; c <= 0xdfff; c++) kinds[c] = SURROGATE;
  const singles = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) singles[c] = c;
  for (const [code, out] of replacements) if (kinds[code] === REPLACE) singles[code] = out.charCodeAt(0);
  // ئ before و: the ؤ it becomes, folded further as ؤ is (to و with hamzaCarriers). Every code unit
  // that folds to ئ (its presentation forms too) takes the seat rule, and an expansion (ﯮ → ئو) has it
  // applied inside, so normalizing twice changes nothing.
  const seatOutput = singles[HAMZA_SEAT.to]!;
  const seatPass = options.hamzaSeat && !options.hamzaCarriers;
  if (options.hamzaSeat) {
    const seatChar = String.fromCharCode(HAMZA_SEAT.from);
    const inside = new RegExp(`${seatChar}(?=${String.fromCharCode(HAMZA_SEAT.before)})`, 'g');
    // The seat is set before the other folds (hamzaCarriers would make ئ a ي first).
    for (const code of replacements.keys()) {
      if (kinds[code] !== EXPAND || !options.presentationForms) continue;
      const nfkc = String.fromCharCode(code).normalize('NFKC');
      if (inside.test(nfkc)) replacements.set(code, foldString(nfkc.replace(inside, String.fromCharCode(HAMZA_SEAT.to)), folds));
      inside.lastIndex = 0;
    }
    // With hamzaCarriers, ئ itself and, when presentation forms fold, its contextual forms: ئ is ي in
    // the output, so the seat is set before the fold.
    for (let c = 0; c < 0x10000 && !seatPass; c++) {
      if (kinds[c] !== KEEP && kinds[c] !== REPLACE) continue;
      if (c === HAMZA_SEAT.from || (kinds[c] === REPLACE && options.presentationForms && c >= 0xfb50 && String.fromCharCode(c).normalize('NFKC') === seatChar)) kinds[c] = SEAT;
    }
  }
  const table = { kinds, replacements, singles, seatOutput, seatPass };
  cache.set(key, table);
  return table;
}
