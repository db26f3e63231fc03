import type { RawToken } from './tokenize.js';

/** Characters that end a sentence. */
const TERMINATORS = new Set(['.', '!', '?', '؟', '؛', '…', '۔']);
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '﴿']);

/**
 * Is the '.' at token k an abbreviation or initial dot rather than a full stop? True after a single
 * letter (د. م. ج.م, J. Smith) — Arabic and Latin alike — written right before the dot.
 */
function isAbbreviationDot(text: string, tokens: RawToken[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== 'word' || prev.nEnd !== tokens[k]!.nStart) return false;
  return prev.nEnd - prev.nStart === 1;
}

/**
 * Groups raw tokens into sentences: returns the token index where each sentence starts, plus a final
 * entry equal to `tokens.length`. A sentence ends after a terminator (with the closing quotes and
 * brackets that follow it) or at a newline. Dots inside numbers never reach here: they are inside
 * number tokens.
 */
export function sentenceBreaks(text: string, tokens: RawToken[]): number[] {
  const starts: number[] = [];
  if (tokens.length === 0) return [0];
  starts.push(0);
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (k > 0 && t.breakBefore && starts[starts.length - 1] !== k) starts.push(k);
    const ch = t.kind === 'punct' && t.nEnd - t.nStart === 1 ? text[t.nStart]! : '';
    if (TERMINATORS.has(ch) && !(ch === '.' && isAbbreviationDot(text, tokens, k))) {
      let end = k + 1;
      while (end < tokens.length && !tokens[end]!.breakBefore) {
        const next = tokens[end]!;
        const c = next.kind === 'punct' && next.nEnd - next.nStart === 1 ? text[next.nStart]! : '';
        const adjacent = next.nStart === tokens[end - 1]!.nEnd;
        if (TERMINATORS.has(c) || (CLOSERS.has(c) && adjacent)) end++;
        else break;
      }
      if (end < tokens.length && !tokens[end]!.breakBefore) starts.push(end);
      k = end;
      continue;
    }
    k++;
  }
  starts.push(tokens.length);
  return starts;
}
