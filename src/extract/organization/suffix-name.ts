// Companies named in transliterated English that end in a word of company naming (سي إف إم إنترناشونال,
// إيتا إيرويز, بلاك روك كابيتال): the suffix says the transliterated words before it are a company.
import type { Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import type { Candidate, ExtractContext } from '../types.js';
import suffixes from './data/company-suffixes.json';

const suffixSet = keyedSetOf(suffixes.words);

/** Transliterated words a name may have before its suffix, at most. */
const MAX_WORDS = 3;

/** ORGANIZATION candidates for one to three transliterated words and a company suffix after them. */
export function findSuffixNames(context: ExtractContext, arabicWord: (norm: string) => boolean): Candidate[] {
  const { tokens, key } = context;
  const words = suffixSet(key);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !words.has(t.norm)) continue;
      let first = k;
      let start = -1;
      while (first > s.tokenStart && k - first < MAX_WORDS) {
        const w = tokens[first - 1]!;
        // إتش إس بي سي وسيتي غروب: a word behind و opens the name, after the و.
        const joined = conjoined(w, arabicWord);
        if (joined >= 0) [first, start] = [first - 1, joined];
        if (joined >= 0 || !transliterated(w, arabicWord)) break;
        first--;
        start = w.start;
      }
      if (first < k) out.push({ type: 'ORGANIZATION', start, end: t.end, rule: 'suffix-name' });
    }
  }
  return out;
}

/** Where a transliterated word behind و starts (وسيتي → سيتي), or -1. */
function conjoined(t: Token, arabicWord: (n: string) => boolean): number {
  if (t.kind !== 'word' || t.norm.charCodeAt(0) !== 0x0648 /* و */) return -1;
  const a = [t.clitics, ...(t.alternatives ?? [])].find((r) => r !== undefined && r.prefixes.length === 1 && r.prefixes[0] === 'و' && !r.article);
  return a !== undefined && a.stem.length >= 2 && !arabicWord(a.stem) ? a.baseStart : -1;
}

/**
 * A word no list knows as Arabic: no article, no word of the lists, as written and (when a proclitic may
 * be read off it) behind it too: بروميثيان is no ب + a word, لشركة is ل + شركة.
 */
function transliterated(t: Token, arabicWord: (n: string) => boolean): boolean {
  if (t.kind !== 'word' || t.script !== 'arabic' || t.norm.startsWith('ال') || t.norm.length < 2 || arabicWord(t.norm)) return false;
  for (const a of [t.clitics, ...(t.alternatives ?? [])]) if (a !== undefined && a.prefixes.length > 0 && (a.article || arabicWord(a.stem))) return false;
  return true;
}
