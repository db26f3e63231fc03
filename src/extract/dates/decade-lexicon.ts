/** Decade words and century phrases (data/decades.json), keyed per normalization. See find-decades, find-centuries. */
import { perKeyer } from '../../text/lexicon-key.js';
import { PhraseTrie, splitLikeTokens as phraseWords } from '../lexicon/phrase-trie.js';
import { procliticVariants } from '../numbers/proclitics.js';
import data from './data/decades.json';
import eraMarks from './data/era-marks.json';
import { dateLexicon, type EraCalendar } from './lexicon.js';

interface DecadeEntry {
  tens: number;
  prefixLength: number;
}

export interface DecadeLexicon {
  /** Decade words with their proclitic variants (بالتسعينيات) and without the article (تسعينيات القرن). */
  decades: Map<string, DecadeEntry>;
  /** The listed century phrases (القرن الماضي, القرن الواحد والعشرين) without their first word, القرن. */
  centuries: PhraseTrie<number>;
  /** Ordinal phrases (الأول … الحادي والعشرين) from data/ordinal-days.json, shared with the days of the month. */
  ordinals: PhraseTrie<number>;
  /** القرن and its proclitic variants (بالقرن, وللقرن) → number of proclitic letters. */
  centuryWords: Map<string, number>;
  /** Era marks after a century: those of era-marks.json, and the adjectives with the article (الميلادي). */
  centuryEras: PhraseTrie<EraCalendar>;
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
  const centuryWord = key(data.centuryWord);
  const centuries = new PhraseTrie<number>();
  for (const c of data.centuries) {
    const [first, ...rest] = phraseWords(c.phrase).map(key);
    if (first !== centuryWord) throw new Error(`decades.json: a century phrase must start with ${data.centuryWord}: ${c.phrase}`);
    centuries.add(rest, c.century);
  }
  const centuryWords = new Map<string, number>();
  for (const v of procliticVariants(centuryWord, true)) centuryWords.set(v.surface, v.prefixLength);
  const centuryEras = new PhraseTrie<EraCalendar>();
  for (const e of [...eraMarks, ...data.centuryEras]) centuryEras.add(phraseWords(e.mark).map(key), e.calendar as EraCalendar);
  return { decades, centuries, ordinals: dateLexicon(key).ordinals, centuryWords, centuryEras, article: key('ال'), from: key('من') };
});

/** Every word a decade or a century can start with (for the value start bits). */
export function decadeStartWords(key: (s: string) => string): Iterable<string> {
  const lex = decadeLexicon(key);
  return [...lex.decades.keys(), ...lex.centuryWords.keys()];
}
