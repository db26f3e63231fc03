import { compileFoldTable, DELETE, EXPAND, KEEP, REPLACE, SEAT, SEPARATOR, SPACE, SURROGATE, type FoldTable } from './fold-table.js';
import { HAMZA_SEAT } from './charmap.js';
import { OffsetMap, OffsetMapBuilder } from './offset-map.js';
import { NormalizeOptionsSchema, type NormalizeOptions, type ResolvedNormalizeOptions } from './options.js';
import { parseOptions } from '../options-error.js';

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** Maps offsets and ranges of `text` back to the original. */
  map: OffsetMap;
}

const DEFAULT_OPTIONS: ResolvedNormalizeOptions = NormalizeOptionsSchema.parse({});
/** ignoreBOM: a leading U+FEFF kept in the output (formatControls: false) must not be swallowed as a byte-order mark. */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/** The letters of the hamza seat as plain numbers: the hot loop reads no object property. */
const WAW = HAMZA_SEAT.before;
const YEH_HAMZA = HAMZA_SEAT.from;
const YEH_HAMZA_SEATED = HAMZA_SEAT.to;

/** Output buffer reused across calls (normalize is synchronous and never re-entered). */
let buffer = new Uint16Array(1 << 16);

function isAnyDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** Decodes the output buffer; TextDecoder is fastest but would replace lone surrogates, so they take fromCharCode. */
function decode(length: number, lossless: boolean): string {
  if (!lossless) return utf16.decode(buffer.subarray(0, length));
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return s;
}

/** Tables by options object: analyze passes the same resolved object for every document and lexicon key. */
const tables = new WeakMap<object, FoldTable>();

let defaultTable: FoldTable | undefined;

function tableFor(options: NormalizeOptions | undefined): FoldTable {
  if (options === undefined) return (defaultTable ??= compileFoldTable(DEFAULT_OPTIONS));
  let table = tables.get(options);
  if (!table) {
    table = compileFoldTable(parseOptions(NormalizeOptionsSchema, options, 'normalize'));
    tables.set(options, table);
  }
  return table;
}

/**
 * Normalizes Arabic text in one pass over its UTF-16 code units, building the offset map as it goes.
 * Each code unit costs one table read; only deletions and expansions add a map segment.
 */
export function normalize(text: string, options?: NormalizeOptions): Normalized {
  if (typeof text !== 'string') throw new TypeError(`normalize: text must be a string, got ${typeof text}`);
  const map = new OffsetMapBuilder();
  const normalized = fold(text, options, map);
  return { text: normalized, map: map.build(normalized.length, text.length) };
}

/** The map builder of a normalization whose offsets nobody reads. */
const NO_MAP = { plain(): void {}, expand(): void {} };

/**
 * The normalized text alone, without an offset map: for lexicon entries and mention texts, which are
 * short and many, and whose offsets are never mapped back.
 */
export function normalizeText(text: string, options?: NormalizeOptions): string {
  return fold(text, options, NO_MAP);
}

/**
 * Does the text from `j` on begin, once folded, with و (deleted marks skipped)? For the hamza seat: ئ
 * before it is written ؤ.
 */
function wawFollows(text: string, j: number, kinds: Uint8Array, singles: Uint16Array, replacements: ReadonlyMap<number, string>): boolean {
  const n = text.length;
  while (j < n && kinds[text.charCodeAt(j)] === DELETE) j++;
  if (j >= n) return false;
  const c = text.charCodeAt(j);
  const first = kinds[c] === EXPAND ? replacements.get(c)!.charCodeAt(0) : singles[c];
  return first === HAMZA_SEAT.before;
}

/** The one normalization pass, reporting segments to `map`; returns the normalized text. */
function fold(text: string, options: NormalizeOptions | undefined, map: Pick<OffsetMapBuilder, 'plain' | 'expand'>): string {
  const { kinds, replacements, singles, seatOutput, seatPass } = tableFor(options);
  const seatTo = seatPass ? YEH_HAMZA_SEATED : YEH_HAMZA;
  const n = text.length;
  if (buffer.length < n * 2 + 16) buffer = new Uint16Array(n * 2 + 16);
  let out = buffer;
  let o = 0;
  let needSegment = false;
  let lone = false;
  let last = -1; // last code unit written

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const kind = kinds[c]!;
    if (kind <= REPLACE) {
      if (needSegment) {
        map.plain(o, i);
        needSegment = false;
      }
      const u = singles[c]!;
      // ئ then و in the output (the marks between them already dropped): the hamza seat, ئ → ؤ. One
      // code unit for one, so the map holds; `seatTo` is ئ itself when the fold is off.
      if (u === WAW && last === YEH_HAMZA) out[o - 1] = seatTo;
      out[o++] = last = u;
      continue;
    }
    if (kind === SPACE && last !== 0x20) {
      if (needSegment) {
        map.plain(o, i);
        needSegment = false;
      }
      out[o++] = last = 0x20;
      continue;
    }
    if (kind === DELETE || kind === SPACE) {
      needSegment = true;
      continue;
    }
    if (needSegment) {
      map.plain(o, i);
      needSegment = false;
    }
    if (kind === SEAT) {
      // ئ: the next code unit settles it but after a deleted mark or before an expansion.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const seat = next === HAMZA_SEAT.before || (kinds[next] !== KEEP && wawFollows(text, i + 1, kinds, singles, replacements));
      out[o++] = last = seat ? seatOutput : singles[c]!;
    } else if (kind === SURROGATE) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out[o++] = c;
        out[o++] = last = next;
        i++;
      } else {
        out[o++] = last = c;
        lone = true;
      }
    } else if (kind === EXPAND) {
      let s = replacements.get(c)!;
      if (last === 0x20 && s.charCodeAt(0) === 0x20) s = s.slice(1);
      map.expand(o, i);
      // An expansion may be longer than the two units per input unit reserved above (ﷲ → الله): grow the buffer.
      if (o + s.length + (n - i) > out.length) {
        const bigger = new Uint16Array((o + s.length + (n - i)) * 2);
        bigger.set(out.subarray(0, o));
        buffer = out = bigger;
      }
      for (let j = 0; j < s.length; j++) out[o++] = s.charCodeAt(j);
      // An expansion that ends in ئ before a و of the text: the seat rule across the boundary.
      if (out[o - 1] === HAMZA_SEAT.from && kinds[HAMZA_SEAT.from] === SEAT && wawFollows(text, i + 1, kinds, singles, replacements)) out[o - 1] = seatOutput;
      last = out[o - 1]!;
      needSegment = true;
    } else if (kind === SEPARATOR) {
      let j = i + 1;
      while (j < n && kinds[text.charCodeAt(j)] === DELETE) j++;
      const between = isAnyDigit(last) && j < n && isAnyDigit(text.charCodeAt(j));
      out[o++] = last = between ? replacements.get(c)!.charCodeAt(0) : c;
    }
  }
  return decode(o, lone);
}

export { OffsetMap };
