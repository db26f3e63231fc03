// Tribes and dynasties named as the sons of a forefather: بنو هاشم, بني أمية, وبني ورياغل. The phrase is
// a group of people, so an organization (the convention of the corpora this library is scored on), and
// the forefather's name inside it is no person. A place that starts the same way (بني سويف, بني ملال) is
// the place, and the verbs spelled alike (بنى, بُني: built) are read by their original spelling.
import type { Token } from '../../schema.js';
import { functionWordSet } from '../common/words.js';
import { matchPlace } from '../location/match-place.js';
import { introducerSet, listTriggerSet, triggerSet } from '../location/place-words.js';
import type { PlaceLexicon } from '../location/lexicon.js';
import { hasTanween, scanStarts } from '../lexicon/scan.js';
import { SONS_OF as SONS_OF_BIT } from '../lexicon/name-starts.js';
import { bareForm, bareKey } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';

/** 'Sons of' as written, the first word of a tribe's name; بنى (he built) and بُني (was built) are verbs. */
const SONS_OF = new Set(['بنو', 'بني']);

/** Is the token بنو or بني as written, alone or behind و (وبني)? Read in the original: بنى and بُني fold to it. */
export function writtenSonsOf(text: string, t: Token): boolean {
  const written = text.slice(t.start, t.end);
  return SONS_OF.has(written) || (written.length === 4 && written.charCodeAt(0) === 0x0648 /* و */ && SONS_OF.has(written.slice(1)));
}
/**
 * Natural features and forts a tribe's land is named by (وادي بني خالد, جبل بني مطر, قلعة بني سلامة), normalized: after one, بني opens
 * the place's name, not the tribe.
 */
const LAND_NOUNS = new Set(['وادي', 'واد', 'جبل', 'سهل', 'واحه', 'هضبه', 'قلعه', 'حصن']);

/** First words of a compound forefather's name (بنو عبد شمس, بني أبي طالب). */
const COMPOUND_FIRST = new Set(['عبد', 'ابي', 'ابو']);

export function findTribes(context: ExtractContext, places: PlaceLexicon, starts: Uint8Array): Candidate[] {
  const { tokens, text, key } = context;
  const stop = functionWordSet(key);
  const triggers = triggerSet(key);
  const listTriggers = listTriggerSet(key);
  const introducers = introducerSet(key);
  const out: Candidate[] = [];
  scanStarts(context, starts, SONS_OF_BIT, (i, s) => {
    const head = bareForm(tokens[i]!);
    if (i + 1 >= s.tokenEnd || !writtenSonsOf(text, tokens[i]!)) return i + 1;
    // بني سويف is a city; قرية بني زيد a village, أحياء بني مكادة ومسنانة a list of districts.
    const before = i > s.tokenStart ? bareKey(tokens[i - 1]!) : '';
    // … and so are the items a word introduces in a list of places (قرية ، من بينها بني شقير والحواتكة).
    if (matchPlace(places.trie, tokens, i, s) !== undefined || triggers.has(before) || LAND_NOUNS.has(before) || listTriggers.has(before) || (i > s.tokenStart && introducers.has(tokens[i - 1]!.norm))) return i + 1;
    let end = i + 1;
    const name = tokens[end]!;
    if (name.kind !== 'word' || name.script !== 'arabic' || name.clitics?.prefixes.length || stop.has(name.norm) || hasTanween(text, name)) return i + 1;
    if (COMPOUND_FIRST.has(name.norm) && end + 1 < s.tokenEnd && tokens[end + 1]!.kind === 'word') end++;
    out.push({ type: 'ORGANIZATION', start: head.start, end: tokens[end]!.end, rule: 'tribe', score: 1 });
    return end + 1;
  });
  return out;
}
