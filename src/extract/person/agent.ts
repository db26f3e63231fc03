// Who did or led something, named after a phrase that says so: اغتيل على يد غافريلو برينسيب, جيش بقيادة
// خالد بن الوليد, من إخراج يوسف شاهين. The phrase works like a title before the name.
import type { Sentence, Token } from '../../schema.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { PhraseTrie, phraseWords } from '../lexicon/phrase-trie.js';
import { tokenAt } from '../lexicon/scan.js';
import { someReadingIn, tokenForms } from '../lexicon/token-forms.js';
import { perLexiconWord } from '../lexicon/word-memo.js';
import agentCues from './data/agent-cues.json';

/** The cue phrases, one trie per normalization option set. */
export const agentCueTrie = perKeyer((key) => {
  const trie = new PhraseTrie<true>();
  for (const phrase of agentCues.phrases) trie.add(phraseWords(phrase, key), true);
  return trie;
});

/**
 * Does some reading of the token's word open a cue phrase (1) or not (0)? The person scan asks this of
 * most tokens it stops at, and almost none opens one: a memo read per word turns them away before their
 * readings are built.
 */
const opensCue = perLexiconWord((trie: PhraseTrie<true>, t: Token) => (someReadingIn(t, trie.firstWordMap()) ? 1 : 0));

/** Where a cue phrase that starts at token i ends (exclusive), trying its clitic readings; -1 when none. */
export function agentCueEnd(tokens: readonly Token[], i: number, sentence: Sentence, key: (s: string) => string): number {
  const trie = agentCueTrie(key);
  if (opensCue(trie, tokens[i]!) === 0) return -1;
  for (const form of tokenForms(tokens[i]!)) {
    const m = trie.longest(form.key, i + 1, tokenAt(tokens, sentence));
    if (m) return m.end;
  }
  return -1;
}
