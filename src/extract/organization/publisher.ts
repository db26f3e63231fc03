// A publishing house after the formula that says a book came out from it (صدرت عن دار الآداب): دار before
// a definite noun is as often a house of some kind (دار الأيتام), so the formula is what names it.
import type { Sentence, Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { OrganizationLexicon } from './lexicon.js';

/** How far before عن a word of publication may stand (وصدرت ترجمة عربية لروايتها « النباتية » عن دار …), within its clause. */
const CUE_REACH = 8;

/** Is the head at `i` behind عن, with a word of publication (صدر, الصادرة, طبعت) before it in the same clause? */
export function publisherCue(tokens: readonly Token[], i: number, s: Sentence, org: OrganizationLexicon): boolean {
  if (i - 2 < s.tokenStart || bareKey(tokens[i - 1]!) !== 'عن') return false;
  for (let k = i - 2; k >= Math.max(s.tokenStart, i - 1 - CUE_REACH); k--) {
    const n = tokens[k]!.norm;
    if (org.publicationWords.has(n)) return true;
    if (n === '،' || n === ',' || n === '.' || n === '؛' || n === ':') return false;
  }
  return false;
}

/**
 * One past a publisher's name that no construct chain reads: one bare word that no list knows (دار
 * مسكلياني, دار غاليمار); -1 when the word after the head is a common or function word.
 */
export function bareHouseNameEnd(tokens: readonly Token[], i: number, s: Sentence, isWord: (n: string) => boolean): number {
  const t = tokens[i + 1];
  if (t === undefined || i + 1 >= s.tokenEnd || t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || t.norm.startsWith('ال') || isWord(t.norm)) return -1;
  return i + 2;
}
