import type { Sentence, Token } from '../../schema.js';
import { PhraseTrie } from '../lexicon/phrase-trie.js';
import { someReadingIn, tokenForms } from '../lexicon/token-forms.js';
import { perLexiconWord } from '../lexicon/word-memo.js';
import type { Place } from './lexicon.js';

/**
 * Does some reading of the token's word open a place of the trie (1) or not (0)? Most tokens open none,
 * and matchPlace is asked of each token by many rules: one memo read per word turns them away before
 * any reading of the token is made.
 */
const opensPlace = perLexiconWord((trie: PhraseTrie<Place>, t: Token) => (someReadingIn(t, trie.firstWordMap()) ? 1 : 0));

/** Longest lexicon place starting at token i, trying the whole word first, then its clitic readings. */
export function matchPlace(trie: PhraseTrie<Place>, tokens: readonly Token[], i: number, sentence: Sentence): { start: number; end: number; place: Place } | undefined {
  return matchAt(trie, tokens, i, sentence, true);
}

/**
 * `linked`: may ف or ك before a bare place be read off when the word sits in a list of places (below)?
 * The check looks at the neighbours without it, so a chain of such words is never read twice over.
 */
function matchAt(trie: PhraseTrie<Place>, tokens: readonly Token[], i: number, sentence: Sentence, linked: boolean): { start: number; end: number; place: Place } | undefined {
  if (opensPlace(trie, tokens[i]!) === 0) return undefined;
  for (const form of tokenForms(tokens[i]!)) {
    // The future marker س never stands before a noun, and ك «like» very rarely before a place: كسرت is a
    // verb, not ك + سرت.
    // With the article it is «like» a place (دول كالأردن والإمارات). ف «then» before a bare place name is
    // as rare, and the words it reads off are many (فريدة: unique, not ف + ريدة).
    if (form.prefixes.includes('س')) continue;
    if ((form.prefixes.includes('ك') || form.prefixes.includes('ف')) && !form.article && !(linked && trie.startsWith(form.key) && inListOfPlaces(trie, tokens, i, sentence, form.prefixes))) continue;
    // (No startsWith first: the walk's first step is that same lookup in the trie's largest map.)
    const m = trie.longestInTokens(form.key, i + 1, tokens, sentence.tokenEnd);
    if (m) return { start: form.start, end: m.end, place: m.value };
  }
  return undefined;
}

/** Longest place word count looked back over to find the place a ف-word follows (ريو دي جانيرو). */
const LONGEST_PLACE_BEHIND = 3;

/**
 * ف and ك before a bare place are read off inside a list of places only: ف «then» right after a place
 * (انتقل إلى حلب فدمشق, الكوفة فالأنبار فبغداد), ك «such as» before و and a place (مدن عالمية كلندن
 * ونيويورك).
 */
function inListOfPlaces(trie: PhraseTrie<Place>, tokens: readonly Token[], i: number, sentence: Sentence, prefixes: readonly string[]): boolean {
  if (prefixes.includes('ف')) {
    for (let j = i - 1; j >= Math.max(sentence.tokenStart, i - LONGEST_PLACE_BEHIND); j--) {
      if (matchAt(trie, tokens, j, sentence, false)?.end === i) return true;
    }
    return false;
  }
  const next = tokens[i + 1];
  return i + 1 < sentence.tokenEnd && next!.norm.startsWith('و') && matchAt(trie, tokens, i + 1, sentence, false) !== undefined;
}
