// Companies named by a family or a brand and القابضة, «holding», with no head noun before them (ماجد
// الفطيم القابضة, بلتون المالية القابضة, طلعت مصطفى القابضة): the adjective says the words before it are
// a company's name, a person's name among them.
import type { Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { hasTanween } from '../lexicon/scan.js';
import { HOLDING_WORD, passGates } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import holdingSectors from './data/holding-sectors.json';

/** القابضة, and the lines of business between a name and it (data/holding-sectors.json). */
export const holdingSet = keyedSetOf(holdingSectors.holding);
const SECTOR_ADJECTIVES = keyedSetOf(holdingSectors.sectors);

/** Name words before القابضة, at most. */
const MAX_WORDS = 3;

export interface HoldingWords {
  /** A word of the lists (function word, verb, common word, title, head): no company's name. */
  isWord: (norm: string) => boolean;
  /** Is the word a listed given or family name (وماجد: و and the name)? */
  isName: (norm: string) => boolean;
  /** Is the word a head noun (شركة, مجموعة), whose own reading has the name after it? */
  isHead: (norm: string) => boolean;
}

/**
 * Is the token a word of a name: Arabic, no tanween, no word of the lists? A first letter the splitter
 * reads as a proclitic is the name's own (بلتون) unless what is left is a listed name (وماجد).
 */
function nameWord(text: string, t: Token, w: HoldingWords): boolean {
  if (t.kind !== 'word' || t.script !== 'arabic' || t.norm.length < 2 || hasTanween(text, t)) return false;
  // A listed name is a name here though it spells a verb too (طلعت مصطفى القابضة).
  if (w.isName(t.norm)) return true;
  if (w.isWord(t.norm) || (t.norm.startsWith('ال') && w.isWord(t.norm.slice(2)))) return false;
  const c = t.clitics;
  return c === undefined || c.prefixes.length === 0 || !(c.article || w.isWord(c.stem) || w.isName(c.stem));
}

/** ORGANIZATION candidates for one to three name words, a line of business perhaps, and القابضة. */
export function findHoldingNames(context: ExtractContext, w: HoldingWords): Candidate[] {
  const { tokens, text } = context;
  const holding = holdingSet(context.key);
  const gates = passGates(context);
  const sectors = SECTOR_ADJECTIVES(context.key);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if ((gates[k]! & HOLDING_WORD) === 0 || t.kind !== 'word' || !holding.has(t.norm)) continue;
      let last = k - 1;
      if (sectors.has(tokens[last]!.norm)) last--;
      let first = last + 1;
      while (first > s.tokenStart && last - first + 1 < MAX_WORDS && nameWord(text, tokens[first - 1]!, w)) first--;
      // The name's first word may carry a proclitic (وماجد الفطيم القابضة): the name starts after it.
      let start = first <= last ? tokens[first]!.start : -1;
      const before = first > s.tokenStart ? tokens[first - 1]! : undefined;
      const c = before?.clitics;
      if (before !== undefined && c !== undefined && c.prefixes.length > 0 && last - first + 1 < MAX_WORDS && c.stem.length >= 2 && !w.isWord(c.stem) && !w.isHead(c.stem) && (c.article ? !w.isWord(`ال${c.stem}`) : true)) [first, start] = [first - 1, c.baseStart];
      // مجموعة طلعت مصطفى القابضة: after a head the head's own reading has the company.
      if (start < 0 || (first > s.tokenStart && w.isHead(tokens[first - 1]!.clitics?.stem ?? tokens[first - 1]!.norm))) continue;
      out.push({ type: 'ORGANIZATION', start, end: t.end, rule: 'holding-name' });
    }
  }
  return out;
}
