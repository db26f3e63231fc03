import type { Diagnostic, Mention, Sentence, Token } from '../../schema.js';
import type { UnionFind } from '../union-find.js';

/** A named mention as coreference sees it. */
export interface CorefMention {
  mention: Mention;
  /** Normalized words, clitic-aware (see mentionWords). */
  words: string[];
  /** `words` joined: two mentions with the same phrase and type are one entity. */
  phrase: string;
  /** Index of the sentence that holds the mention. */
  sentence: number;
  /** The listed organization the phrase names (null: none), once looked up (see knownOf). */
  known?: { name: string; acronym?: string } | null;
}

/** What the coreference rules share: the mentions, the sets being merged, and the document. */
export interface CorefState {
  items: CorefMention[];
  sets: UnionFind;
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  key: (s: string) => string;
  /** Acronyms found in parentheses after a mention, by item index. */
  acronyms: Map<number, string>;
  diagnostics: Diagnostic[];
}

/** Item indices grouped by their current set root. */
export function groupsByRoot(state: CorefState): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  state.items.forEach((_, i) => {
    const root = state.sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return groups;
}

export function note(state: CorefState, code: string, message: string, mention: Mention): void {
  state.diagnostics.push({ code, severity: 'info', message, start: mention.start, end: mention.end, source: 'coreference' });
}
