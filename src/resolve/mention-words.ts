import { tokenForms } from '../extract/lexicon/token-forms.js';
import type { Mention, Token } from '../schema.js';
import { firstTokenEndingAfter } from './token-index.js';

/**
 * The words of a mention as lexicon keys, for comparing mentions with each other and with lexicons.
 * A mention that starts inside its token, after a proclitic, takes the reading of the token that
 * starts there: «للأمم المتحدة» yields the mention «لأمم المتحدة» (it starts at the article's lam,
 * the alef having been dropped after ل), whose norm is «لامم المتحده»; its words are read as
 * «الامم المتحده», so it compares equal to «الأمم المتحدة» elsewhere.
 */
export function mentionWords(mention: Mention, tokens: readonly Token[]): string[] {
  const words = mention.norm.split(' ').filter(Boolean);
  if (words.length === 0 || tokens.length === 0) return words;
  const token = tokens[firstTokenEndingAfter(tokens, mention.start)];
  if (!token || token.start >= mention.start) return words;
  const form = tokenForms(token).find((f) => f.start === mention.start);
  if (form) words[0] = form.key;
  return words;
}

/** Does `part` occur in `whole` as a run of consecutive words? */
export function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  return indexOfRun(whole, part) >= 0;
}

/** Where `part` first occurs in `whole` as a run of consecutive words, from `from` on; -1 if nowhere. */
export function indexOfRun(whole: readonly string[], part: readonly string[], from = 0): number {
  if (part.length === 0) return -1;
  outer: for (let i = from; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return i;
  }
  return -1;
}
