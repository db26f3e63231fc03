/**
 * Lexicon entries are expanded once, at compile time, into every form they take with attached
 * proclitics (وخمسة, بمليون, لعام), so matching a token is one Map lookup rather than a search over
 * splits. The proclitic is never part of a span: `startAfterPrefix` finds where the word proper starts.
 */
import type { Token } from '../../schema.js';

/** Conjunction, preposition, or both: the proclitics that can sit before a number or month word. */
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'] as const;

export interface Variant {
  surface: string;
  /** Number of normalized characters of proclitic before the word proper. */
  prefixLength: number;
  /** The proclitic itself ('' when none). */
  prefix: string;
}

/**
 * Every surface form of a normalized word with the proclitics above. For a word with the article
 * (العام), ل + ال is written لل (للعام) and counts as one prefix character. The caller says whether the
 * word carries the article: ألف normalizes to الف, which only looks like it.
 */
export function procliticVariants(word: string, hasArticle = false): Variant[] {
  const out: Variant[] = [];
  for (const prefix of PREFIXES) {
    if (hasArticle && prefix.endsWith('ل')) {
      out.push({ surface: prefix + word.slice(1), prefixLength: prefix.length, prefix });
    } else {
      out.push({ surface: prefix + word, prefixLength: prefix.length, prefix });
    }
  }
  return out;
}

/** Characters normalization deletes inside a word: diacritics, tatweel and invisible controls. */
function isDeletedInWord(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x200b && c <= 0x200f) ||
    c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x00ad
  );
}

/**
 * Original offset where a word starts once `prefixLength` proclitic letters are skipped. Each
 * proclitic letter is one original character (و ف ب ل ك are never folded), possibly followed by marks
 * that normalization deleted (بـ, وَ).
 */
export function startAfterPrefix(text: string, token: Token, prefixLength: number): number {
  let at = token.start;
  for (let k = 0; k < prefixLength && at < token.end; k++) {
    at++;
    while (at < token.end && isDeletedInWord(text.charCodeAt(at))) at++;
  }
  return at;
}
