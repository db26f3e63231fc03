// A club named after its city, where a noun of the team's people or play takes it as its genitive:
// لاعب مانشستر, صفوف ليون, حارس مرمى بورتو. A city alone is the city; countries (حارس قطر: the national
// team, or the country) are left to the place extractor.
import type { Token } from '../../schema.js';
import { matchPlace } from '../location/match-place.js';
import { homographSet } from '../location/place-words.js';
import { SQUAD_NOUN } from '../lexicon/name-starts.js';
import { scanStarts } from '../lexicon/scan.js';
import type { PlaceLexicon } from '../location/lexicon.js';
import type { Candidate, ExtractContext } from '../types.js';

/** Candidates for the cities read as clubs after a squad noun (`nouns`, normalized, without the article). */
export function clubsBySquadNoun(context: ExtractContext, places: PlaceLexicon, nouns: ReadonlySet<string>, starts: Uint8Array): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  const homographs = homographSet(context.key);
  scanStarts(context, starts, SQUAD_NOUN, (i, s) => {
    const t = tokens[i]!;
    const next: Token | undefined = tokens[i + 1];
    // The word itself, or its stem behind و or ف (ولاعب); the city carries no proclitic: لاعب لمانشستر
    // is a player for Manchester, a different phrase.
    if (next === undefined || i + 1 >= s.tokenEnd || t.kind !== 'word' || next.clitics?.prefixes.length) return i + 1;
    if (!(nouns.has(t.norm) || (t.clitics !== undefined && !t.clitics.article && nouns.has(t.clitics.stem)))) return i + 1;
    const m = matchPlace(places.trie, tokens, i + 1, s);
    // لاعب تنس: a city spelled like a word (here the sport) is no club after the noun.
    if (m === undefined || m.place.kind !== 'city' || m.start !== next.start || (m.end === i + 2 && homographs.has(next.norm))) return i + 1;
    out.push({ type: 'ORGANIZATION', start: m.start, end: tokens[m.end - 1]!.end, rule: 'club-after-squad-noun', score: 1 });
    return m.end;
  });
  return out;
}
