// A club named by its home city or country, told from the place by the adjective after it.
import type { Sentence, Token } from '../../schema.js';
import type { PhraseTrie } from '../lexicon/phrase-trie.js';
import { matchPlace } from '../location/match-place.js';
import { bareForm, bareKey } from '../lexicon/token-forms.js';
import type { Place } from '../location/lexicon.js';
import type { Candidate } from '../types.js';
import { keyedSetOf } from '../common/words.js';
import { FACILITY_NOUNS, PLACE_TRIGGERS } from '../location/triggers.js';

/** Nouns a place stands in construct with (ميناء بربرة, مدينة ليون): an adjective after the place is theirs. */
const placeNounSet = keyedSetOf([...PLACE_TRIGGERS, ...FACILITY_NOUNS]);

/** How many words a home place may have before its adjective (ليون, سان باولو, ريو دي جانيرو). */
const MAX_PLACE_WORDS = 3;

/**
 * Is the word at i a definite masculine singular nisba (الفرنسي, القطري)? Its feminine (الفرنسية) agrees
 * with a city or a country, which Arabic treats as feminine; the masculine agrees with a club (نادٍ),
 * so «ليون الفرنسي», «هامبورغ الألماني», «قطر القطري» are clubs, «ليون الفرنسية» the city.
 */
function masculineNisba(t: Token, nisba: ReadonlyMap<string, string>): string | undefined {
  const n = t.norm;
  if (t.kind !== 'word' || (t.clitics?.prefixes.length ?? 0) > 0 || !n.startsWith('ال') || !n.endsWith('ي')) return undefined;
  return nisba.get(n);
}

/**
 * Clubs named by a place and the masculine nisba of that place's own country: the place is the club
 * (the corpora mark «ليون» ORGANIZATION and leave the adjective out). The adjective must be the place's
 * own country's: «باريس الأمريكي» is no such phrase, and a mismatch is more likely a misread. `placeStarts`
 * and `mayBeNisba` tell, from the document's start bits, where a place may begin and where a masculine
 * nisba may stand.
 */
export function clubsByNisba(tokens: readonly Token[], sentences: readonly Sentence[], trie: PhraseTrie<Place>, nisba: ReadonlyMap<string, string>, key: (s: string) => string, placeStarts: (j: number) => boolean, mayBeNisba: (i: number) => boolean): Candidate[] {
  const clubWord = key('نادي');
  const placeNouns = placeNounSet(key);
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if (!mayBeNisba(i)) continue; // one byte read for most tokens
      const code = masculineNisba(tokens[i]!, nisba);
      if (code === undefined) continue;
      for (let j = i - 1; j >= s.tokenStart && j >= i - MAX_PLACE_WORDS; j--) {
        if (!placeStarts(j)) continue; // the start bits say no place begins here: no trie walk
        const m = matchPlace(trie, tokens, j, s);
        if (m === undefined || m.end !== i) continue;
        if (m.place.code !== code || m.place.kind === 'region') break;
        // ميناء بربرة الصومالي, إقليم كردستان العراقي: the adjective agrees with the place noun before the place.
        if (j > s.tokenStart && placeNouns.has(bareKey(tokens[j - 1]!))) break;
        // نادي بوردو الفرنسي: the word نادي before the place is part of the club's name.
        const club = j > s.tokenStart ? bareForm(tokens[j - 1]!) : undefined;
        const start = club !== undefined && club.key === clubWord ? club.start : m.start;
        out.push({ type: 'ORGANIZATION', start, end: tokens[i - 1]!.end, rule: 'club-nisba', score: 1 });
        break;
      }
    }
  }
  return out;
}
