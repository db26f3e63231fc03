import commonWords from './data/common-words.json';
import functionWords from './data/function-words.json';
import newsVerbs from './data/news-verbs.json';
import presentVerbs from './data/present-verbs.json';
import { perKeyer } from '../../text/lexicon-key.js';

/**
 * Prepositions, particles, pronouns, demonstratives, auxiliaries and a few very common verbs and
 * nouns: words that never belong to a name, so name chains stop at them. Keyed per normalization.
 */
export const functionWordSet = perKeyer((key) => new Set((functionWords as string[]).map(key)) as ReadonlySet<string>);

/**
 * Is `key` in the set, alone or behind و or ف? Words of three letters (وفي, فمن) are too short for the
 * clitic splitter, so the conjunction is still on them.
 */
export function hasBehindConjunction(set: ReadonlySet<string>, key: string): boolean {
  if (set.has(key)) return true;
  const c = key.charCodeAt(0);
  return key.length > 2 && (c === 0x0648 /* و */ || c === 0x0641 /* ف */) && set.has(key.slice(1));
}

/** A word list as a set of normalized keys, built once per normalization option set. */
export function keyedSetOf(entries: readonly string[]): (key: (s: string) => string) => ReadonlySet<string> {
  return perKeyer((key) => new Set(entries.map(key)));
}

/** The keys of a word list with and without the article (وزارة and الوزارة), built once per option set. */
export function keyedSetWithArticle(entries: readonly string[]): (key: (s: string) => string) => ReadonlySet<string> {
  return perKeyer((key) => withArticle(entries, key));
}

/** The keys of a word list, each with and without the article. */
export function withArticle(words: readonly string[], key: (s: string) => string): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    const k = key(w);
    set.add(k);
    set.add(k.startsWith('ال') ? k.slice(2) : 'ال' + k);
  }
  return set;
}

/** Adjectives and nouns of news prose that are never names (جديد, السابق, مستوى …), keyed per normalization. */
export const commonWordSet = keyedSetOf(commonWords.words);

/** Past-tense verbs of news prose (اتفق, التقت, وافقوا …): no name goes on through one. Keyed per normalization. */
export const newsVerbSet = keyedSetOf(newsVerbs.words);

/** Present-tense verbs of news and encyclopedia prose (يقع, تضم, يعد …), keyed per normalization. */
export const presentVerbSet = keyedSetOf(presentVerbs.words);

/** The possessive pronouns a noun takes (his, her, their: رئيسها, فيلمه, رواياتهم), longest first, folded. */
export const POSSESSIVE_PRONOUNS: readonly string[] = ['هما', 'هم', 'ها', 'ه'];
