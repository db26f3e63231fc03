/** Percent markers (%, ٪, في المائة, بالمئة) and the words that announce a rate (بنسبة 5). */
import { perKeyer } from '../../text/lexicon-key.js';
import markers from './data/percent-markers.json';
import intros from './data/percent-intros.json';
import { numberLexicon } from '../numbers/lexicon.js';
import { PhraseTrie, splitLikeTokens as phraseWords } from '../lexicon/phrase-trie.js';

export interface PercentLexicon {
  markers: PhraseTrie<true>;
  /** Markers that are one character and may also stand before the number (%5). */
  signs: Set<string>;
  intros: Set<string>;
  /** Every word a percentage can start with: amount starts, signs and rate words. */
  startWords: Set<string>;
}

function compile(key: (s: string) => string): PercentLexicon {
  const trie = new PhraseTrie<true>();
  const signs = new Set<string>();
  for (const m of markers) {
    const words = phraseWords(m.marker).map(key);
    trie.add(words, true);
    if (m.marker.length === 1) signs.add(words[0]!);
  }
  const introSet = new Set(intros.map(key));
  const startWords = new Set([...numberLexicon(key).amountStarts, ...signs, ...introSet]);
  return { markers: trie, signs, intros: introSet, startWords };
}

export const percentLexicon: (key: (s: string) => string) => PercentLexicon = perKeyer(compile);
