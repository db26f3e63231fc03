/**
 * From mentions to token tags: a sentence of given tokens is joined with single spaces, analyzed, and
 * each PERSON / ORGANIZATION / LOCATION / MISC mention tags the tokens it overlaps (B- on the first,
 * I- on the rest). Value mentions (money, dates, …) and titles are not chunks here.
 */
import { analyze } from '../analyze.js';
import type { AnalyzeOptions } from '../analyze-options.js';
import type { Diagnostic, Mention, MentionType } from '../schema.js';

/** The CoNLL chunk type of each mention type that is scored (ANERcorp names). */
export const CONLL_TYPE_OF: Partial<Record<MentionType, string>> = {
  PERSON: 'PERS',
  ORGANIZATION: 'ORG',
  LOCATION: 'LOC',
  MISC: 'MISC',
};

export interface JoinedTokens {
  text: string;
  /** `[starts[k], ends[k])` is token k in `text`. */
  starts: number[];
  ends: number[];
}

/** Joins tokens with single spaces, keeping each token's offsets. */
export function joinTokens(tokens: readonly string[]): JoinedTokens {
  const starts: number[] = new Array(tokens.length);
  const ends: number[] = new Array(tokens.length);
  let offset = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0) offset++;
    starts[k] = offset;
    offset += tokens[k]!.length;
    ends[k] = offset;
  }
  return { text: tokens.join(' '), starts, ends };
}

/**
 * Tags tokens `[starts[k], ends[k])` (sorted, disjoint) from mentions: a mention tags every token it
 * overlaps, B- on its first such token and I- after. A token already tagged by an earlier mention
 * (two mentions inside one token) keeps its tag; the later mention starts on its next token.
 * `typeOf` maps a mention type to a chunk type (undefined: not a chunk).
 */
export function mentionTags(
  mentions: readonly Pick<Mention, 'type' | 'start' | 'end'>[],
  starts: readonly number[],
  ends: readonly number[],
  typeOf: (type: MentionType) => string | undefined = (t) => CONLL_TYPE_OF[t],
): string[] {
  const n = starts.length;
  const tags: string[] = new Array(n).fill('O');
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const m of sorted) {
    const type = typeOf(m.type);
    if (type === undefined) continue;
    // first token ending after the mention starts
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= m.start) lo = mid + 1;
      else hi = mid;
    }
    let first = true;
    for (let k = lo; k < n && starts[k]! < m.end; k++) {
      if (tags[k] !== 'O') continue;
      tags[k] = (first ? 'B-' : 'I-') + type;
      first = false;
    }
  }
  return tags;
}

export interface AlignedSentence {
  text: string;
  starts: number[];
  ends: number[];
  /** Predicted tags, one per token. */
  tags: string[];
  /** Every mention analyze() returned for the sentence. */
  mentions: Mention[];
  diagnostics: Diagnostic[];
}

/** Joins a sentence's tokens, analyzes the text and tags the tokens from the mentions. */
export function alignSentence(tokens: readonly string[], options?: AnalyzeOptions): AlignedSentence {
  const joined = joinTokens(tokens);
  const doc = analyze(joined.text, { ...options, tokens: false });
  return {
    ...joined,
    tags: mentionTags(doc.mentions, joined.starts, joined.ends),
    mentions: doc.mentions,
    diagnostics: doc.diagnostics,
  };
}

/**
 * Analyzes consecutive sentences as one text, a newline between them (a sentence break for the
 * analyzer), so that what one sentence names helps the next (هيكى after ماثيو هيكى); returns the
 * predicted tags of each sentence.
 */
export function alignSentences(sentences: readonly (readonly string[])[], options?: AnalyzeOptions): { tags: string[][]; diagnostics: Diagnostic[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const tokens of sentences) {
    if (text) text += '\n';
    const joined = joinTokens(tokens);
    for (let k = 0; k < tokens.length; k++) {
      starts.push(text.length + joined.starts[k]!);
      ends.push(text.length + joined.ends[k]!);
    }
    text += joined.text;
  }
  const doc = analyze(text, { ...options, tokens: false });
  const all = mentionTags(doc.mentions, starts, ends);
  const tags: string[][] = [];
  let k = 0;
  for (const tokens of sentences) {
    tags.push(all.slice(k, k + tokens.length));
    k += tokens.length;
  }
  return { tags, diagnostics: doc.diagnostics };
}
