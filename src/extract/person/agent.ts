// Who did or led something, named after a phrase that says so: اغتيل على يد غافريلو برينسيب, جيش بقيادة
// خالد بن الوليد, من إخراج يوسف شاهين. The phrase works like a title before the name.
import type { Sentence, Token } from '../../schema.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { PhraseTrie, phraseWords } from '../lexicon/phrase-trie.js';
import { tokenAt } from '../lexicon/scan.js';
import { tokenForms } from '../lexicon/token-forms.js';
import agentCues from './data/agent-cues.json';

/** The cue phrases, one trie per normalization option set. */
export const agentCueTrie = perKeyer((key) => {
  const trie = new PhraseTrie<true>();
  for (const phrase of agentCues.phrases) trie.add(phraseWords(phrase, key), true);
  return trie;
});

/** Where a cue phrase that starts at token i ends (exclusive), trying its clitic readings; -1 when none. */
export function agentCueEnd(tokens: readonly Token[], i: number, sentence: Sentence, key: (s: string) => string): number {
  const trie = agentCueTrie(key);
  for (const form of tokenForms(tokens[i]!)) {
    const m = trie.longest(form.key, i + 1, tokenAt(tokens, sentence));
    if (m) return m.end;
  }
  return -1;
}
