import type { CliticAnalysis, Script, Token, TokenKind } from '../schema.js';
import type { Normalized } from '../text/normalize.js';
import { analyzeWord, type RelativeAnalysis, type WordAnalysis } from './clitics.js';
import { ARABIC, DIGIT, LATIN, MARK, NEWLINE, OTHER_LETTER, PUNCT, SPACE, SURROGATE, astralClass, charClasses, classOf } from './char-class.js';

/**
 * A token in normalized coordinates, before mapping to the original text. `breakBefore` records a
 * newline between it and the previous token (a paragraph boundary for the sentence splitter).
 */
export interface RawToken {
  nStart: number;
  nEnd: number;
  kind: TokenKind;
  script: Script;
  breakBefore: boolean;
}

/** Characters that join digits into one number token when a digit follows them. */
function isNumberJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x27 || c === 0x66b || c === 0x66c;
}

function letterScript(cls: number): Script {
  return cls === ARABIC ? 'arabic' : cls === LATIN ? 'latin' : 'other';
}

/**
 * Splits normalized text into tokens. Whitespace is not a token; every other character belongs to
 * exactly one token: a word (a run of letters of one script with its marks), a number (digits with
 * separators between digits), or one punctuation or symbol character. In the original text, a
 * character normalization deletes (mark, tatweel, control) belongs to the token of the character
 * before it, so one right after a space belongs to no token; whitespace and control characters never do.
 */
export function rawTokens(text: string): RawToken[] {
  const classes = charClasses();
  const out: RawToken[] = [];
  const n = text.length;
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
    let kind: TokenKind;
    let script: Script;
    if (cls === DIGIT) {
      kind = 'number';
      script = 'digit';
      while (i < n) {
        const d = text.charCodeAt(i);
        if (classOf(classes, d) === DIGIT) i++;
        else if (isNumberJoiner(d) && i + 1 < n && classOf(classes, text.charCodeAt(i + 1)) === DIGIT) i += 2;
        else break;
      }
    } else if (cls === ARABIC || cls === LATIN || cls === OTHER_LETTER) {
      kind = 'word';
      script = letterScript(cls);
      while (i < n) {
        const d = classOf(classes, text.charCodeAt(i));
        if (d === cls || d === MARK) i++;
        else break;
      }
    } else {
      kind = cls === PUNCT ? 'punct' : 'symbol';
      script = 'other';
      if (cls === MARK) kind = 'symbol';
    }
    out.push({ nStart: start, nEnd: i, kind, script, breakBefore });
    breakBefore = false;
  }
  return out;
}

/** Analyses per stem lexicon (one per normalization option set), bounded in size. */
const caches = new WeakMap<ReadonlySet<string>, Map<string, WordAnalysis>>();
const CACHE_LIMIT = 50_000;

function analyzeCached(word: string, stems: ReadonlySet<string>): WordAnalysis {
  let analysisCache = caches.get(stems);
  if (!analysisCache) caches.set(stems, (analysisCache = new Map()));
  let a = analysisCache.get(word);
  if (!a) {
    if (analysisCache.size >= CACHE_LIMIT) analysisCache.clear();
    a = analyzeWord(word, stems);
    analysisCache.set(word, a);
  }
  return a;
}

function toOriginal(a: RelativeAnalysis, nStart: number, norm: Normalized): CliticAnalysis {
  return {
    prefixes: a.prefixes,
    article: a.article,
    baseStart: norm.map.toOriginalStart(nStart + a.baseOffset),
    stemStart: norm.map.toOriginalStart(nStart + a.stemOffset),
    stem: a.stem,
  };
}

/** First letters of a word that may carry a proclitic or the article: و ف ب ل ك س ا. */
const CLITIC_INITIALS = new Set([0x648, 0x641, 0x628, 0x644, 0x643, 0x633, 0x627]);

/** Maps raw tokens to original offsets and adds clitic analyses to Arabic words. */
export function finishTokens(raw: RawToken[], norm: Normalized, stems: ReadonlySet<string>, sentenceOf: Int32Array): Token[] {
  const tokens: Token[] = new Array(raw.length);
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]!;
    const [start, end] = norm.map.toOriginalRange(r.nStart, r.nEnd);
    const text = norm.text.slice(r.nStart, r.nEnd);
    const token: Token = { start, end, norm: text, kind: r.kind, script: r.script, sentence: sentenceOf[k]! };
    if (r.script === 'arabic' && text.length > 2 && CLITIC_INITIALS.has(text.charCodeAt(0))) {
      const a = analyzeCached(text, stems);
      if (a.primary) token.clitics = toOriginal(a.primary, r.nStart, norm);
      if (a.alternatives.length) token.alternatives = a.alternatives.map((x) => toOriginal(x, r.nStart, norm));
    }
    tokens[k] = token;
  }
  return tokens;
}
