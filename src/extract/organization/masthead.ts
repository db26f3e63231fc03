// A newspaper named after its place: نيويورك تايمز, واشنطن بوست, كوريا هيرالد, شيكاغو تريبيون. The
// place alone is the place; the transliterated word of a masthead after it makes the two a paper.
import { matchPlace } from '../location/match-place.js';
import type { PlaceLexicon } from '../location/lexicon.js';
import { PLACE_START } from '../lexicon/name-starts.js';
import { scanStarts } from '../lexicon/scan.js';
import { MASTHEAD_WORD, passGates, someGate } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';

/** Candidates for place + masthead word(s) (`words`, normalized): one or two words (هيرالد تريبيون). */
export function papersByMasthead(context: ExtractContext, places: PlaceLexicon, words: ReadonlySet<string>, starts: Uint8Array): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  // Most documents name no paper this way: without a masthead's word, no place is looked up.
  if (!someGate(passGates(context), MASTHEAD_WORD)) return out;
  const masthead = (j: number, end: number): boolean => {
    const t = tokens[j];
    // The word as written (بوست is no ب + وست); ونيوز, with its conjunction, is not in the list.
    return t !== undefined && j < end && t.kind === 'word' && words.has(t.norm);
  };
  scanStarts(context, starts, PLACE_START, (i, s) => {
    const m = matchPlace(places.trie, tokens, i, s);
    if (m === undefined || !masthead(m.end, s.tokenEnd)) return i + 1;
    const end = masthead(m.end + 1, s.tokenEnd) ? m.end + 2 : m.end + 1;
    out.push({ type: 'ORGANIZATION', start: m.start, end: tokens[end - 1]!.end, rule: 'masthead', score: 1 });
    return end;
  });
  return out;
}
