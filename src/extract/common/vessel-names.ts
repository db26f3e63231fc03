// The unquoted names of ships after a noun of ships (السفينة جالاكسي ليدر, الناقلة مارلين لواندا, حاملة
// الطائرات دوايت أيزنهاور): the words name the vessel, not the person or the place they spell, for every
// reader of names. (Quoted ones are titles: work-titles.ts.)
import type { Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';
import { perLexiconWord } from '../lexicon/word-memo.js';
import { nameStarts, PLACE_START } from '../lexicon/name-starts.js';
import { passGates, VESSEL_OR_VENUE } from '../lexicon/pass-gates.js';
import type { ExtractContext } from '../types.js';
import { functionWordSet, keyedSetOf, keyedSetWithArticle } from './words.js';
import vessels from './data/vessel-nouns.json';

/** Nouns of ships, keyed with and without the article. */
export const vesselNounSet = keyedSetWithArticle(vessels.words);
const roleSet = keyedSetOf(vessels.roles);

/** Is the word a noun of ships, bare or behind a proclitic? Answered once per distinct word of a document. */
const inSet = perLexiconWord((set: ReadonlySet<string>, t: Token) => (set.has(bareKey(t)) ? 1 : 0));

/** Definite words between the noun and the name: its cargo, kind or flag (ناقلة النفط, السفينة البريطانية). */
const MAX_BETWEEN = 2;
/** A vessel's name has at most this many words. */
const MAX_WORDS = 4;

/** Sets out[k] = 1 for each word of a ship's name after a noun of ships. */
export function markVesselNames(context: Pick<ExtractContext, 'tokens' | 'key' | 'wordIds' | 'sentences'>, out: Uint8Array): void {
  const { tokens } = context;
  const nouns = vesselNounSet(context.key);
  const roles = roleSet(context.key);
  const stop = functionWordSet(context.key);
  const starts = nameStarts(context);
  const gates = passGates(context);
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if ((gates[i]! & VESSEL_OR_VENUE) === 0 || t.kind !== 'word' || inSet(nouns, t) === 0) continue;
      const before = i > s.tokenStart ? tokens[i - 1]! : undefined;
      // ربان السفينة محمد علي: the ship's master is named after it, not the ship.
      if (before !== undefined && roles.has(bareKey(before))) continue;
      // الحرب المدمرة التي: after a definite noun a definite word of the list is its adjective (destructive).
      if (before !== undefined && t.norm.startsWith('ال') && definite(before)) continue;
      let k = i + 1;
      while (k < s.tokenEnd && k - i <= MAX_BETWEEN && definite(tokens[k]!) && !stop.has(tokens[k]!.norm)) k++;
      const first = k;
      // (A function word ends the name: ناقلة جند في منطقة خزاعة.)
      while (k < s.tokenEnd && k - first < MAX_WORDS && bare(tokens[k]!) && !stop.has(tokens[k]!.norm)) k++;
      // لسفينة صحار العمانية: a ship named for a town keeps the town's reading, as the corpora mark it.
      if (k > first && (starts[first]! & PLACE_START) !== 0) continue;
      out.fill(1, first, k);
      i = Math.max(i, k - 1);
    }
  }
}

/** A definite word with no proclitic (الطائرات, النفط, البريطانية). */
function definite(t: Token): boolean {
  return t.kind === 'word' && t.norm.startsWith('ال') && !t.clitics?.prefixes.length;
}

/**
 * A word that may be a ship's name: no article, and no و that would join a new phrase (جالاكسي, سونيون);
 * a first letter the splitter may read as ل or ب is the name's own (لواندا).
 */
function bare(t: Token): boolean {
  return t.kind === 'word' && !t.norm.startsWith('ال') && !t.clitics?.article && !t.clitics?.prefixes.includes('و');
}
