// The short name a body is «known by for short» (المعروف اختصارا باسم « باستيف », ويعرف اختصارا بـ «
// سيداو»): after اختصارا and باسم or ب, the one word, quoted or not, is the body's acronym when a body's
// name ends right before the word of naming.
import type { Token } from '../../schema.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../common/quotes.js';
import { keyedSetOf } from '../common/words.js';
import type { Candidate, ExtractContext } from '../types.js';

/** اختصارا, «for short», keyed. */
const shortSet = keyedSetOf(['اختصارا']);

/** The words of being known or called before اختصارا (المعروف, يعرف, ويسمى), keyed. */
const namingSet = keyedSetOf(['المعروف', 'المعروفة', 'يعرف', 'ويعرف', 'تعرف', 'وتعرف', 'المسمى', 'المسماة', 'يسمى', 'ويسمى', 'تسمى', 'وتسمى', 'والمعروف', 'والمعروفة']);

/** باسم as normalized: «by the name». */
const BY_NAME = 'باسم';

/** ORGANIZATION candidates for the acronym after «known for short as», right after a body's name. */
export function findAcronymsByCue(context: ExtractContext): Candidate[] {
  const { tokens } = context;
  const short = shortSet(context.key);
  const naming = namingSet(context.key);
  const bodyEnds = new Set<number>();
  for (const c of context.previous) if (c.type === 'ORGANIZATION') bodyEnds.add(c.end);
  if (bodyEnds.size === 0) return [];
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let k = s.tokenStart + 2; k + 1 < s.tokenEnd; k++) {
      if (!short.has(tokens[k]!.norm) || !naming.has(tokens[k - 1]!.norm) || !bodyEnds.has(tokens[k - 2]!.end)) continue;
      const word = acronymAt(tokens, k + 1, s.tokenEnd);
      if (word !== undefined) out.push({ type: 'ORGANIZATION', start: word.start, end: word.end, rule: 'acronym-cue' });
    }
  }
  return out;
}

/** The acronym after اختصارا: باسم or ب, an optional opening quote, one word, and a closing quote if one opened. */
function acronymAt(tokens: readonly Token[], j: number, end: number): { start: number; end: number } | undefined {
  const t = tokens[j]!;
  let k = j;
  let start = -1;
  if (t.norm === BY_NAME) k++;
  else if (t.kind === 'word' && t.clitics?.prefixes.length === 1 && t.clitics.prefixes[0] === 'ب' && !t.clitics.article) start = t.clitics.baseStart;
  else if (!(t.kind === 'word' && t.norm === 'ب')) return undefined;
  if (start >= 0) return { start, end: t.end };
  if (t.norm === 'ب') k++;
  const quoted = k < end && OPENING_QUOTES.has(tokens[k]!.norm);
  if (quoted) k++;
  const word = k < end ? tokens[k]! : undefined;
  // (The word as written: an acronym's first letter is its own, باستيف is no ب + a word.)
  if (word === undefined || word.kind !== 'word') return undefined;
  if (quoted && !(k + 1 < end && CLOSING_QUOTES.has(tokens[k + 1]!.norm))) return undefined;
  return { start: word.start, end: word.end };
}
