// Arenas named by a word written after the name (كوكا كولا أرينا, الاتحاد أرينا, محمد عبده أرينا): the
// name, whatever it spells, and the word are one place, and the words of the name name no person,
// company or body there.
import type { Token } from '../../schema.js';
import { functionWordSet, keyedSetOf } from '../common/words.js';
import { bareKey } from '../lexicon/token-forms.js';
import { passGates, VESSEL_OR_VENUE } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import venues from './data/venue-suffixes.json';

/** The words after an arena's name (أرينا), keyed. */
export const venueSuffixSet = keyedSetOf(venues.words);
const headSet = keyedSetOf(venues.heads);

/** Proclitics that open the phrase of a venue's name (بـ, لـ, وـ). */
const OPENERS = new Set(['ب', 'ل', 'و']);

/** A venue's name before the word has at most this many words. */
const MAX_WORDS = 3;

/** LOCATION candidates for «name + أرينا», the name read back to a venue noun, a preposition or a mark. */
export function findVenues(context: ExtractContext): Candidate[] {
  const { tokens } = context;
  const suffixes = venueSuffixSet(context.key);
  const gates = passGates(context);
  const heads = headSet(context.key);
  const stop = functionWordSet(context.key);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if ((gates[i]! & VESSEL_OR_VENUE) === 0 || tokens[i]!.kind !== 'word' || !suffixes.has(tokens[i]!.norm)) continue;
      let start = -1;
      for (let j = i - 1; j >= s.tokenStart && i - j <= MAX_WORDS; j--) {
        const t = tokens[j]!;
        // (A function word behind و, which short words are not split for, ends it too: وفي.)
        if (!nameWord(t, stop) || heads.has(bareKey(t)) || stop.has(bareKey(t)) || (t.norm.startsWith('و') && stop.has(t.norm.slice(1)))) break;
        // بكوكا كولا أرينا, وبالاتحاد أرينا: ب, ل or و opens the phrase; the name starts after it. (ك and
        // the other letters the splitter may read off are the name's own: كولا.)
        const opener = OPENERS.has(t.clitics?.prefixes[0] ?? '');
        start = opener ? t.clitics!.baseStart : t.start;
        if (opener) break;
      }
      if (start >= 0) out.push({ type: 'LOCATION', start, end: tokens[i]!.end, rule: 'venue', score: 1 });
    }
  }
  return out;
}

/** May token t be a word of a venue's name: a word, Arabic or Latin, and no function word? */
function nameWord(t: Token, stop: ReadonlySet<string>): boolean {
  return t.kind === 'word' && !stop.has(t.norm);
}
