// What the organization scan asks of the word at each token it visits, one bit per question, memoized
// per word: the scan runs at every token that may open an organization, and each question was a set
// lookup per reading of the word, most of them answered no.
import type { Token } from '../../schema.js';
import { tokenForms } from '../lexicon/token-forms.js';
import { perLexiconWord } from '../lexicon/word-memo.js';
import type { OrganizationLexicon } from './lexicon.js';

/** A reading opens a known organization. */
export const OPENS_KNOWN = 1;
/** A reading opens a descriptor (شركة, صحيفة). */
export const OPENS_DESCRIPTOR = 2;
/** A reading is a club prefix (أولمبيك, دينامو), of any club or of sports clubs only. */
export const CLUB_PREFIX = 4;
/** A reading is a head noun (وزارة, جامعة). */
export const HEAD_NOUN = 8;
/** A reading with the article is a ministry's portfolio noun. */
export const MINISTRY_NOUN = 16;

/** The bits above for the token's word. */
export const orgWordBits = perLexiconWord((org: OrganizationLexicon, t: Token) => {
  let bits = 0;
  for (const f of tokenForms(t)) {
    if (org.known.startsWith(f.key)) bits |= OPENS_KNOWN;
    if (org.descriptors.startsWith(f.key)) bits |= OPENS_DESCRIPTOR;
    if (org.clubPrefixes.has(f.key) || org.sportsClubPrefixes.has(f.key)) bits |= CLUB_PREFIX;
    if (org.heads.has(f.key)) bits |= HEAD_NOUN;
    if (f.article && org.ministries.has(f.key)) bits |= MINISTRY_NOUN;
  }
  return bits;
});
