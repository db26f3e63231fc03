// «Between X and Y» (بين نجريج والقاهرة, بين القاهرة ونجريج): بين pairs two places, so the unlisted one
// beside a listed place is a place too.
import type { Sentence, Token } from '../../schema.js';
import type { Candidate } from '../types.js';
import type { ListWords } from './place-lists.js';

/** بين, normalized: «between X and Y» pairs two places when one is listed. */
const BETWEEN = 'بين';

/** Does بين stand one or two tokens before the listed place at i (the two shapes placeBetween reads)? */
export function betweenBefore(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  return (i - 1 >= sentence.tokenStart && tokens[i - 1]!.norm === BETWEEN) || (i - 2 >= sentence.tokenStart && tokens[i - 2]!.norm === BETWEEN);
}

/**
 * The unlisted place paired by بين with the listed one at tokens [i, placeEnd) (بين نجريج والقاهرة, بين
 * القاهرة ونجريج): one name-shaped word before «و + the listed place» right after بين, or after «بين + the
 * listed place» behind و.
 */
export function placeBetween(tokens: readonly Token[], i: number, placeEnd: number, sentence: Sentence, w: ListWords, out: Candidate[]): void {
  const joined = (t: Token): boolean => t.clitics?.prefixes.length === 1 && t.clitics.prefixes[0] === 'و';
  const listed = tokens[i]!;
  // A bare name of four letters or more: a word with the article (بين الصين والعرب, في الخارج) or in -ي
  // (مقاتلي, a plural in construct) is more often a group of people or a common noun.
  const one = (t: Token | undefined, j: number): boolean => t !== undefined && j >= sentence.tokenStart && j < sentence.tokenEnd && t.kind === 'word' && t.script === 'arabic';
  const bareName = (k: string): boolean => k.length >= 4 && !k.startsWith('ال') && !k.endsWith('ي');
  // بين نجريج والقاهرة
  const before = tokens[i - 1];
  // بين قريته والقاهرة: a noun with its pronoun is no name.
  if (joined(listed) && i - 2 >= sentence.tokenStart && tokens[i - 2]!.norm === BETWEEN && one(before, i - 1) && !before!.clitics?.prefixes.length && before!.clitics?.suffix === undefined && bareName(before!.norm) && w.nameWord(before!.norm, before!)) {
    out.push({ type: 'LOCATION', start: before!.start, end: before!.end, rule: 'between', score: -1 });
  }
  // بين القاهرة ونجريج
  const after = tokens[placeEnd];
  if (i - 1 >= sentence.tokenStart && tokens[i - 1]!.norm === BETWEEN && !listed.clitics?.prefixes.length && one(after, placeEnd) && joined(after!) && w.placeEnd(placeEnd) < 0) {
    const key = after!.clitics!.article ? '' : after!.clitics!.stem;
    const end = placeEnd + 1;
    const closes = end >= sentence.tokenEnd || tokens[end]!.kind === 'punct';
    if (bareName(key) && w.nameWord(key, after!) && closes) out.push({ type: 'LOCATION', start: after!.clitics!.baseStart, end: after!.end, rule: 'between', score: -1 });
  }
}

