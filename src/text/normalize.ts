import { compileFoldTable, DELETE, EXPAND, KEEP, REPLACE, SEPARATOR, SPACE } from './fold-table.js';
import { OffsetMap, OffsetMapBuilder } from './offset-map.js';
import { NormalizeOptionsSchema, type NormalizeOptions } from './options.js';
import { parseOptions } from '../options-error.js';

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** Maps offsets and ranges of `text` back to the original. */
  map: OffsetMap;
}

function isAnyDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/**
 * Normalizes Arabic text in one pass over its UTF-16 code units, building the offset map as it goes.
 * Runs of unchanged characters are copied as slices; only folded characters cost more than a table read.
 */
export function normalize(text: string, options?: NormalizeOptions): Normalized {
  if (typeof text !== 'string') throw new TypeError(`normalize: text must be a string, got ${typeof text}`);
  const { kinds, replacements } = compileFoldTable(parseOptions(NormalizeOptionsSchema, options ?? {}, 'normalize'));
  const n = text.length;
  const parts: string[] = [];
  const map = new OffsetMapBuilder();
  let normLength = 0;
  let runStart = 0;
  let needSegment = false;
  let last = -1; // last code unit written to the output

  const flush = (to: number): void => {
    if (to > runStart) {
      if (needSegment) {
        map.plain(normLength, runStart);
        needSegment = false;
      }
      parts.push(text.slice(runStart, to));
      normLength += to - runStart;
    }
  };
  const emit = (s: string, at: number): void => {
    if (needSegment) {
      map.plain(normLength, at);
      needSegment = false;
    }
    parts.push(s);
    normLength += s.length;
    last = s.charCodeAt(s.length - 1);
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const kind = kinds[c]!;
    if (kind === KEEP) {
      last = c;
      continue;
    }
    if (kind === SPACE && c === 0x20 && last !== 0x20) {
      last = c;
      continue;
    }
    flush(i);
    runStart = i + 1;
    if (kind === DELETE || (kind === SPACE && last === 0x20)) {
      needSegment = true;
    } else if (kind === REPLACE || kind === SPACE) {
      emit(replacements.get(c)!, i);
    } else if (kind === EXPAND) {
      let s = replacements.get(c)!;
      if (last === 0x20 && s.charCodeAt(0) === 0x20) s = s.slice(1);
      map.expand(normLength, i);
      needSegment = false;
      emit(s, i);
      needSegment = true;
    } else if (kind === SEPARATOR) {
      let j = i + 1;
      while (j < n && kinds[text.charCodeAt(j)] === DELETE) j++;
      const between = isAnyDigit(last) && j < n && isAnyDigit(text.charCodeAt(j));
      emit(between ? replacements.get(c)! : text[i]!, i);
    }
  }
  flush(n);
  const normalized = parts.length === 1 ? parts[0]! : parts.join('');
  return { text: normalized, map: map.build(normalized.length, n) };
}

export { OffsetMap };
