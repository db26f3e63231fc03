/** Decade words and century phrases (data/decades.json), keyed per normalization. See find-decades. */
import { perKeyer } from '../../text/lexicon-key.js';
import { PhraseTrie, splitLikeTokens as phraseWords } from '../lexicon/phrase-trie.js';
import { procliticVariants } from '../numbers/proclitics.js';
import data from './data/decades.json';

interface DecadeEntry {
  tens: number;
  prefixLength: number;
}

export interface DecadeLexicon {
  /** Decade words with their proclitic variants (بالتسعينيات) and without the article (تسعينيات القرن). */
  decades: Map<string, DecadeEntry>;
  centuries: PhraseTrie<number>;
  centuryWord: string;
  article: string;
  from: string;
}

export const decadeLexicon = perKeyer((key): DecadeLexicon => {
  const decades = new Map<string, DecadeEntry>();
  for (const d of data.decades) {
    for (const form of d.forms) {
      const word = key(form);
      for (const v of procliticVariants(word, true)) if (!decades.has(v.surface)) decades.set(v.surface, { tens: d.tens, prefixLength: v.prefixLength });
      decades.set(word.slice(2), { tens: d.tens, prefixLength: 0 }); // construct state: ثمانينيات القرن
    }
  }
  const centuries = new PhraseTrie<number>();
  for (const c of data.centuries) centuries.add(phraseWords(c.phrase).map(key), c.century);
  return { decades, centuries, centuryWord: key(data.centuryWord), article: key('ال'), from: key('من') };
});

/** Every word a decade can start with (for the value start bits). */
export function decadeStartWords(key: (s: string) => string): Iterable<string> {
  return decadeLexicon(key).decades.keys();
}
