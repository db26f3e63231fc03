/**
 * The document as the value extractors read it: tokens, original text and the compiled number
 * lexicon, plus a per-document memo of number phrases so money, percent and number extraction parse
 * each phrase once. Keyed by the token array, which is shared by every extractor of one analysis.
 */
import type { Token } from '../../schema.js';
import type { ExtractContext } from '../types.js';
import { perDocument } from '../lexicon/start-bits.js';
import { valueStarts } from '../lexicon/value-starts.js';
import { numberLexicon, type NumberLexicon, type WordEntry } from './lexicon.js';
import type { NumberPhrase } from './read-number.js';

export interface DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lex: NumberLexicon;
  /** Number phrase starting at a token index (null: none; a hole: not read yet), filled lazily. */
  readonly phrases: Array<NumberPhrase | null>;
  /** Per token, the value extractors that may start a phrase there (../lexicon/value-starts). */
  readonly starts: Uint8Array;
}

/** The view of the document being analyzed, built once and shared by the four value extractors. */
export const docView = perDocument(
  (context: ExtractContext): DocView => ({
    text: context.text,
    tokens: context.tokens,
    lex: numberLexicon(context.key),
    phrases: new Array<NumberPhrase | null>(context.tokens.length),
    starts: valueStarts(context),
  }),
);

function isFormatControl(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

function isHorizontalSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Nothing but invisible controls between two offsets (84‏ر3 with an RLM counts as touching). */
export function touching(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isFormatControl(text.charCodeAt(i))) return false;
  return true;
}

/** Only spaces and invisible controls between two offsets: no newline, no punctuation. */
export function spaced(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isFormatControl(c) && !isHorizontalSpace(c)) return false;
  }
  return true;
}

/** The lexicon entry of the word at token `k`, if it is a number, scale, fraction or vague word. */
export function wordEntry(view: DocView, k: number): WordEntry | undefined {
  const t = view.tokens[k];
  return t && t.kind === 'word' ? view.lex.words.get(t.norm) : undefined;
}

/** Whether token `k` is the conjunction و written as a word of its own (و 653, و3 → و + 3). */
export function isConjunction(view: DocView, k: number): boolean {
  const t = view.tokens[k];
  return t !== undefined && t.kind === 'word' && t.norm === view.lex.conjunction;
}
