// Companies named in transliterated English that end in a word of company naming (سي إف إم إنترناشونال,
// إيتا إيرويز, بلاك روك كابيتال): the suffix says the transliterated words before it are a company.
import type { Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { COMPANY_SUFFIX, passGates } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import suffixes from './data/company-suffixes.json';
import descriptorHeads from './data/descriptor-heads.json';
import { letterSet, wordLikeSet } from './letter-name.js';
import { startAfterPrefix } from '../numbers/proclitics.js';
import { derivedImperfect } from '../person/word-shapes.js';

/** The words of company naming (data/company-suffixes.json), normalized. */
export const companySuffixSet = keyedSetOf(suffixes.words);

/** Words that name what a body is (شركة, مجموعة, بنك): the name follows them as written. */
const descriptorSet = keyedSetOf(descriptorHeads as string[]);

/** و, the conjunction, which may open a name's first token (وسيتي, وتي). */
const WAW = 0x0648;

/** Transliterated words a name may have before its suffix, at most. */
const MAX_WORDS = 3;

/** ORGANIZATION candidates for one to three transliterated words and a company suffix after them. */
export function findSuffixNames(context: ExtractContext, arabicWord: (norm: string) => boolean): Candidate[] {
  const { tokens, key } = context;
  const words = companySuffixSet(key);
  const descriptors = descriptorSet(key);
  const gates = passGates(context);
  // تي إن تي سبورتس, سي إف إم إنترناشونال: the names of Latin letters are no Arabic words here (إن, أو).
  const letters = letterSet(key);
  const wordLike = wordLikeSet(key);
  // A letter name written alone or behind و (وتي).
  const letterAt = (x: number): boolean => {
    const n = x >= 0 && x < tokens.length ? tokens[x]!.norm : '';
    return letters.has(n) || (n.charCodeAt(0) === WAW && letters.has(n.slice(1)));
  };
  // A word of a name here: no Arabic word, or a letter name; one spelled like a word (إن, في) only
  // beside another letter name (تي إن تي).
  const foreign = (n: string, x: number): boolean => !arabicWord(n) || (letters.has(n) && (!wordLike.has(n) || letterAt(x - 1) || letterAt(x + 1)));
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if ((gates[k]! & COMPANY_SUFFIX) === 0 || t.kind !== 'word' || !words.has(t.norm)) continue;
      let first = k;
      let start = -1;
      let named = 0; // words that are no letter name spelled like a word (إن, في)
      while (first > s.tokenStart && k - first < MAX_WORDS) {
        const x = first - 1;
        const w = tokens[x]!;
        const isForeign = (n: string): boolean => foreign(n, x);
        // وتعتزم, يتجه: a verb opens the sentence before the name.
        if (verbOpening(w.norm) || (w.norm.charCodeAt(0) === WAW && verbOpening(w.norm.slice(1)))) break;
        // إتش إس بي سي وسيتي غروب, وتي إن تي سبورتس: a word behind و opens the name, after the و.
        const joined = w.norm.charCodeAt(0) === WAW && letters.has(w.norm.slice(1)) ? startAfterPrefix(context.text, w, 1) : conjoined(w, isForeign);
        if (joined >= 0) [first, start, named] = [x, joined, named + 1];
        // طائرة تابعة لألاسكا إيرلاينز: a word behind ل or ب opens the name after the preposition; the word
        // before it is the sentence's.
        // (Not after a word that names what the body is: شركة بابكو إنرجيز is no ب + ابكو.)
        const afterDescriptor = x > s.tokenStart && descriptors.has(tokens[x - 1]!.norm);
        const governed = joined < 0 && !afterDescriptor ? afterPreposition(context.text, w, isForeign) : -1;
        if (governed >= 0) [first, start, named] = [x, governed, named + 1];
        if (joined >= 0 || governed >= 0 || !transliterated(w, isForeign)) break;
        [first, start] = [x, w.start];
        if (!wordLike.has(w.norm)) named++;
      }
      // وقال إن سبورت: letter names that are words too make no name alone.
      if (first < k && named > 0) out.push({ type: 'ORGANIZATION', start, end: t.end, rule: 'suffix-name' });
    }
  }
  return out;
}

/**
 * Where a transliterated word behind the preposition ل or ب starts (لألاسكا → ألاسكا), or -1: only where an
 * alef follows the letter, which no transliterated word opens with after ل or ب (بلاك روك is whole).
 */
function afterPreposition(text: string, t: Token, foreign: (n: string) => boolean): number {
  const c = t.clitics;
  if (t.kind !== 'word' || c === undefined || c.article || c.prefixes.length !== 1 || (c.prefixes[0] !== 'ل' && c.prefixes[0] !== 'ب')) return -1;
  const alef = text.charCodeAt(c.baseStart);
  return c.stem.length >= 3 && (alef === 0x0627 || alef === 0x0623 || alef === 0x0625 || alef === 0x0622) && foreign(c.stem) ? c.baseStart : -1;
}

/** Where a transliterated word behind و starts (وسيتي → سيتي), or -1. */
function conjoined(t: Token, foreign: (n: string) => boolean): number {
  if (t.kind !== 'word' || t.norm.charCodeAt(0) !== WAW) return -1;
  const a = [t.clitics, ...(t.alternatives ?? [])].find((r) => r !== undefined && r.prefixes.length === 1 && r.prefixes[0] === 'و' && !r.article);
  return a !== undefined && a.stem.length >= 2 && foreign(a.stem) && !verbOpening(a.stem) ? a.baseStart : -1;
}

/**
 * وتعتزم هيونداي موتور: و and an imperfect of the derived forms (تعتزم, يتجه, تستعد) open the sentence,
 * not a company's name: the shared shape, and form VIII too (a letter, then ت), in four to six letters.
 */
function verbOpening(n: string): boolean {
  return derivedImperfect(n) || (n.length >= 4 && n.length <= 6 && (n.charCodeAt(0) === 0x062a || n.charCodeAt(0) === 0x064a) && n.charCodeAt(2) === 0x062a);
}

/**
 * A word no list knows as Arabic: no article, no word of the lists, as written and (when a proclitic may
 * be read off it) behind it too: بروميثيان is no ب + a word, لشركة is ل + شركة.
 */
function transliterated(t: Token, foreign: (n: string) => boolean): boolean {
  if (t.kind !== 'word' || t.script !== 'arabic' || t.norm.startsWith('ال') || t.norm.length < 2 || !foreign(t.norm)) return false;
  for (const a of [t.clitics, ...(t.alternatives ?? [])]) if (a !== undefined && a.prefixes.length > 0 && (a.article || !foreign(a.stem))) return false;
  return true;
}
