import type { Script, TokenKind } from '../schema.js';
import { ARABIC, DIGIT, LATIN, MARK, NEWLINE, OTHER_LETTER, PUNCT, SPACE, SURROGATE, astralClass, charClasses, classOf } from './char-class.js';

/** Token kinds and scripts of raw tokens, as small integers (indexes into KINDS and SCRIPTS). */
export const WORD = 0;
export const NUMBER = 1;
export const PUNCT_KIND = 2;
export const SYMBOL_KIND = 3;
const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol'];
export const SCRIPT_ARABIC = 0;
const SCRIPT_DIGIT = 2;
const SCRIPT_OTHER = 3;
const SCRIPTS: readonly Script[] = ['arabic', 'latin', 'digit', 'other'];

/**
 * Tokens in normalized coordinates, before mapping to the original text, as parallel typed arrays
 * (one object per token would be garbage for the collector: the Token objects come later, once).
 * `breakBefore[k]` records a newline between token k and the one before it (a paragraph boundary for
 * the sentence splitter).
 */
export class RawTokens {
  length = 0;
  nStart: Int32Array;
  nEnd: Int32Array;
  kind: Uint8Array;
  script: Uint8Array;
  breakBefore: Uint8Array;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.nStart = new Int32Array(c);
    this.nEnd = new Int32Array(c);
    this.kind = new Uint8Array(c);
    this.script = new Uint8Array(c);
    this.breakBefore = new Uint8Array(c);
  }

  push(nStart: number, nEnd: number, kind: number, script: number, breakBefore: boolean): void {
    if (this.length === this.nStart.length) this.grow();
    const k = this.length++;
    this.nStart[k] = nStart;
    this.nEnd[k] = nEnd;
    this.kind[k] = kind;
    this.script[k] = script;
    this.breakBefore[k] = breakBefore ? 1 : 0;
  }

  private grow(): void {
    const c = this.nStart.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(c);
      b.set(a);
      return b;
    };
    const grow8 = (a: Uint8Array) => {
      const b = new Uint8Array(c);
      b.set(a);
      return b;
    };
    this.nStart = grow32(this.nStart);
    this.nEnd = grow32(this.nEnd);
    this.kind = grow8(this.kind);
    this.script = grow8(this.script);
    this.breakBefore = grow8(this.breakBefore);
  }

  kindOf(k: number): TokenKind {
    return KINDS[this.kind[k]!]!;
  }

  scriptOf(k: number): Script {
    return SCRIPTS[this.script[k]!]!;
  }
}

/** Characters that join digits into one number token when a digit follows them. */
function isNumberJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x27 || c === 0x66b || c === 0x66c;
}

/** Script code of a letter class: ARABIC 0, LATIN 1, other letters 3. */
function letterScript(cls: number): number {
  return cls === ARABIC ? SCRIPT_ARABIC : cls === LATIN ? 1 : SCRIPT_OTHER;
}

/**
 * Splits normalized text into tokens. Whitespace is not a token; every other character belongs to
 * exactly one token: a word (a run of letters of one script with its marks), a number (digits with
 * separators between digits), or one punctuation or symbol character. In the original text, a
 * character normalization deletes (mark, tatweel, control) belongs to the token of the character
 * before it, so one right after a space belongs to no token; whitespace and control characters never do.
 */
export function rawTokens(text: string): RawTokens {
  const classes = charClasses();
  const n = text.length;
  // News text has a token every six or seven characters; the arrays grow if it has more.
  const out = new RawTokens((n >> 2) + 16);
  let breakBefore = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls = classOf(classes, c);
    let width = 1;
    if (cls === SURROGATE) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        cls = astralClass(cp);
        width = 2;
      } else cls = 6; // lone surrogate: a symbol
    }
    if (cls === SPACE) { i++; continue; }
    if (cls === NEWLINE) { breakBefore = true; i++; continue; }
    const start = i;
    i += width;
    let kind: number;
    let script: number;
    if (cls === DIGIT) {
      kind = NUMBER;
      script = SCRIPT_DIGIT;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (classOf(classes, d) === DIGIT) i++;
        else if (isNumberJoiner(d) && i + 1 < n && classOf(classes, text.charCodeAt(i + 1)) === DIGIT) i += 2;
        else break;
      }
    } else if (cls === ARABIC || cls === LATIN || cls === OTHER_LETTER) {
      kind = WORD;
      script = letterScript(cls);
      while (i < n) {
        const d = classOf(classes, text.charCodeAt(i));
        if (d === cls || d === MARK) i++;
        else break;
      }
    } else {
      kind = cls === PUNCT ? PUNCT_KIND : SYMBOL_KIND;
      script = SCRIPT_OTHER;
      // Marks with no letter before them are one symbol token together: they may all come from one
      // original character (ﳲ expands to fatha + shadda), which must not be split across tokens.
      if (cls === MARK) while (i < n && classOf(classes, text.charCodeAt(i)) === MARK) i++;
    }
    out.push(start, i, kind, script, breakBefore);
    breakBefore = false;
  }
  return out;
}
