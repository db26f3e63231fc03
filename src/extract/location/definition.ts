// The subject of an encyclopedia definition of a place: «بنها مدينة مصرية», «جربة هي جزيرة تونسية».
import type { Sentence, Token } from '../../schema.js';
import { hasTanween } from '../lexicon/scan.js';
import type { Candidate } from '../types.js';

/** The pronoun a definition may put between the name and what it is (هي, هو), normalized. */
const COPULAS = new Set(['هي', 'هو']);
/** How many words a defined place name may have (سيدي بوزيد, رأس الخيمة). */
const MAX_NAME_WORDS = 3;
/** How far after the place noun its nisba or «في» may stand (مدينة ساحلية مصرية). */
const WINDOW = 3;

export interface PlaceDefinitionWords {
  /** Singular place nouns that define (مدينة, قرية, جزيرة, نهر …), normalized. */
  nouns: ReadonlySet<string>;
  /** Nisba adjectives in every inflection → country. */
  nisba: ReadonlyMap<string, string>;
  /** Words no name is made of: function words, common words, verbs. */
  notName: (t: Token) => boolean;
}

/** A word of a place name: an Arabic word with no proclitic and no tanween that no word list claims. */
function nameWord(text: string, t: Token, w: PlaceDefinitionWords): boolean {
  return t.kind === 'word' && t.script === 'arabic' && t.norm.length >= 2 && (t.clitics?.prefixes.length ?? 0) === 0 && !hasTanween(text, t) && !w.notName(t) && !w.nisba.has(t.norm);
}

/** Does an indefinite nisba or «في» follow the place noun at k within a few words? */
function locatedAfter(tokens: readonly Token[], k: number, s: Sentence, nisba: ReadonlyMap<string, string>): boolean {
  for (let j = k + 1; j < s.tokenEnd && j <= k + WINDOW; j++) {
    const n = tokens[j]!.norm;
    if (n === 'في' || (!n.startsWith('ال') && nisba.has(n))) return true;
  }
  return false;
}

/**
 * A sentence that opens with one to three name words, then (هي / هو and) an indefinite place noun with
 * a nationality or «في» after it: the name is a place. Encyclopedias open an article on a place this way,
 * and most such places are in no lexicon.
 */
export function findDefinedPlaces(text: string, tokens: readonly Token[], sentences: readonly Sentence[], w: PlaceDefinitionWords): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (s.skip) continue;
    let end = s.tokenStart;
    while (end < s.tokenEnd && end - s.tokenStart < MAX_NAME_WORDS && nameWord(text, tokens[end]!, w) && !w.nouns.has(tokens[end]!.norm)) end++;
    if (end === s.tokenStart || end >= s.tokenEnd) continue;
    const k = COPULAS.has(tokens[end]!.norm) ? end + 1 : end;
    if (k >= s.tokenEnd || !w.nouns.has(tokens[k]!.norm) || !locatedAfter(tokens, k, s, w.nisba)) continue;
    out.push({ type: 'LOCATION', start: tokens[s.tokenStart]!.start, end: tokens[end - 1]!.end, rule: 'definition', score: 1 });
  }
  return out;
}
