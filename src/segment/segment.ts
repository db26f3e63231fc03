import type { Script, Sentence, Token } from '../schema.js';
import { firstEndingAfter } from './spans.js';
import type { Normalized } from '../text/normalize.js';
import { sentenceBreaks } from './sentences.js';
import { finishTokens } from './finish-tokens.js';
import { rawTokens } from './tokenize.js';

export interface Segmented {
  sentences: Sentence[];
  tokens: Token[];
  /** Each token's interned word index (see `wordGeneration`), for per-word memos. */
  wordIds: Int32Array;
}

/** Dominant script of a sentence's letters; 'digit' when it has digits and no letters, else 'other'. */
function sentenceScript(tokens: Token[], from: number, to: number): Script {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  let digits = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const len = t.end - t.start;
    if (t.script === 'arabic') arabic += len;
    else if (t.script === 'latin') latin += len;
    else if (t.kind === 'word') other += len;
    else if (t.kind === 'number') digits += len;
  }
  if (arabic === 0 && latin === 0 && other === 0) return digits > 0 ? 'digit' : 'other';
  if (arabic >= latin && arabic >= other) return 'arabic';
  return latin >= other ? 'latin' : 'other';
}

/**
 * Splits normalized text into sentences and tokens, with offsets into the original text. Sentences in
 * another script (English page residue, say) are flagged `skip` so extractors pass over them.
 */
export function segment(norm: Normalized, original: string, stems: ReadonlySet<string>): Segmented {
  const raw = rawTokens(norm.text);
  const breaks = sentenceBreaks(norm.text, raw);
  const sentenceOf = new Int32Array(raw.length);
  for (let s = 0; s + 1 < breaks.length; s++) sentenceOf.fill(s, breaks[s]!, breaks[s + 1]!);
  const wordIds = new Int32Array(raw.length);
  const tokens = finishTokens(raw, norm, original, stems, sentenceOf, wordIds);
  const sentences: Sentence[] = [];
  for (let s = 0; s + 1 < breaks.length; s++) {
    const from = breaks[s]!;
    const to = breaks[s + 1]!;
    if (to <= from) continue;
    const script = sentenceScript(tokens, from, to);
    sentences.push({
      id: s,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      tokenStart: from,
      tokenEnd: to,
      script,
      skip: script === 'latin' || script === 'other',
    });
  }
  return { sentences, tokens, wordIds };
}

/** A test of whether a span touches a sentence flagged `skip` (binary search over sentence starts). */
export function skippedSpanTest(sentences: readonly Sentence[]): (start: number, end: number) => boolean {
  const skipped = sentences.filter((s) => s.skip);
  if (skipped.length === 0) return () => false;
  return (start, end) => {
    const s = skipped[firstEndingAfter(skipped, start)];
    return s !== undefined && s.start < end;
  };
}
