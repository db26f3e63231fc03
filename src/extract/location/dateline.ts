// The dateline a news report opens with (الخيام - عاد الأهالي, كفر شوبا – سقطت قذيفة): the one or two
// words before a dash at the very start of a sentence are the town the report is filed from, listed or
// not. Listed towns are read by the lexicon; this reads the small ones no list holds.
import type { Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import { PLACE_NAME_OPENERS } from './trigger-name.js';

/** The dashes a dateline is set off with, as tokens. */
const DASHES = new Set(['-', '–', '—']);

/** What a dateline's word must not be: a function word, or a word of the lists (verb, common noun, role, nisba, name). */
export type DatelineWords = { stop: ReadonlySet<string>; isWord: (norm: string) => boolean };

/** LOCATION candidates for unlisted datelines: one word, or an opener and a word, at a sentence's start before a dash. */
export function findUnlistedDatelines(context: ExtractContext, w: DatelineWords): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip || s.tokenEnd - s.tokenStart < 4) continue;
    const first = tokens[s.tokenStart]!;
    // كفر شوبا: a word that opens place names, and the word after it.
    const opener = PLACE_NAME_OPENERS.has(first.norm) && first.clitics === undefined;
    const last = s.tokenStart + (opener ? 1 : 0);
    const dash = tokens[last + 1]!;
    if (dash.kind !== 'punct' || !DASHES.has(dash.norm) || tokens[last + 2]!.kind !== 'word') continue;
    if (!datelineWord(tokens[last]!, w) || (!opener && !datelineWord(first, w))) continue;
    out.push({ type: 'LOCATION', start: first.start, end: tokens[last]!.end, rule: 'dateline', score: -1 });
  }
  return out;
}

/** Could the word be a town's name: Arabic, three letters or more, with no proclitic but the article, and no word of the lists? */
function datelineWord(t: Token, w: DatelineWords): boolean {
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length) return false;
  const key = bareKey(t);
  const stem = key.startsWith('ال') ? key.slice(2) : key;
  return stem.length >= 3 && !w.stop.has(key) && !w.isWord(key) && !w.isWord(stem);
}
