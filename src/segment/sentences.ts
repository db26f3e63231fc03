import { PUNCT_KIND, WORD, type RawTokens } from './tokenize.js';

/** Characters that end a sentence. */
const TERMINATORS = codeSet(['.', '!', '?', '؟', '؛', '…', '۔']);
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = codeSet(['"', "'", '”', '’', '»', '›', ')', ']', '}', '﴿']);

/**
 * Single characters as a set of their codes: every token is tested, and reading its character as a
 * string (a new string for an Arabic mark) to look it up in a Set cost more than the test.
 */
function codeSet(chars: readonly string[]): ReadonlySet<number> {
  return new Set(chars.map((c) => c.charCodeAt(0)));
}

/**
 * Is the '.' at token k an abbreviation or initial dot rather than a full stop? True after a single
 * letter (د. م. ج.م, J. Smith) — Arabic and Latin alike — written right before the dot, and between
 * the names of letters spelled out with no space around the dot (سي.إن.إن, بي.بي.سي: at most three
 * letters on each side; a full stop typed without its space, أمس.وقال, ends the sentence).
 */
function isAbbreviationDot(tokens: RawTokens, k: number): boolean {
  if (k === 0 || tokens.kind[k - 1] !== WORD || tokens.nEnd[k - 1] !== tokens.nStart[k]) return false;
  const before = tokens.nEnd[k - 1]! - tokens.nStart[k - 1]!;
  if (before === 1) return true;
  if (before > 3 || k + 1 >= tokens.length || tokens.kind[k + 1] !== WORD || tokens.nStart[k + 1] !== tokens.nEnd[k]) return false;
  return tokens.nEnd[k + 1]! - tokens.nStart[k + 1]! <= 3;
}

/** The character code of a one-character punctuation token, or -1 for any other token. */
function punctChar(text: string, tokens: RawTokens, k: number): number {
  return tokens.kind[k] === PUNCT_KIND && tokens.nEnd[k]! - tokens.nStart[k]! === 1 ? text.charCodeAt(tokens.nStart[k]!) : -1;
}

const FULL_STOP = 0x2e; // .


/**
 * Groups raw tokens into sentences: returns the token index where each sentence starts, plus a final
 * entry equal to `tokens.length`. A sentence ends after a terminator (with the closing quotes and
 * brackets that follow it) or at a newline. Dots inside numbers never reach here: they are inside
 * number tokens.
 */
export function sentenceBreaks(text: string, tokens: RawTokens): number[] {
  const starts: number[] = [];
  const n = tokens.length;
  if (n === 0) return [0];
  starts.push(0);
  let k = 0;
  while (k < n) {
    if (k > 0 && tokens.breakBefore[k] && starts[starts.length - 1] !== k) starts.push(k);
    const ch = punctChar(text, tokens, k);
    if (ch >= 0 && TERMINATORS.has(ch) && !(ch === FULL_STOP && isAbbreviationDot(tokens, k))) {
      let end = k + 1;
      while (end < n && !tokens.breakBefore[end]) {
        const c = punctChar(text, tokens, end);
        const adjacent = tokens.nStart[end] === tokens.nEnd[end - 1];
        if (TERMINATORS.has(c) || (CLOSERS.has(c) && adjacent)) end++;
        else break;
      }
      if (end < n && !tokens.breakBefore[end]) starts.push(end);
      k = end;
      continue;
    }
    k++;
  }
  starts.push(n);
  return starts;
}
