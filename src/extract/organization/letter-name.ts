// Company names spelled as Latin letters in Arabic: شركة بي بي البريطانية, دي إن أو النرويجية, وأو إم في
// النمساوية (BP, DNO, OMV). The well-known ones (بي بي سي, سي إن إن) are listed; these are read from their
// shape: two letter names or more, after a descriptor head or before the company's nationality.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { LETTER_NAME, passGates } from '../lexicon/pass-gates.js';
import type { PhraseTrie } from '../lexicon/phrase-trie.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';

/** The Latin letters as Arabic writes their names (إيه, بي, سي … إكس, واي, زد). */
export const letterSet = keyedSetOf([
  'إيه', 'بي', 'سي', 'دي', 'إي', 'إف', 'جي', 'إتش', 'آي', 'جيه', 'كيه', 'إل', 'إم', 'إن', 'أو', 'كيو', 'آر',
  'إس', 'تي', 'يو', 'في', 'دبليو', 'إكس', 'واي', 'زد', 'كي',
]);

/** Letter names that are also words (إن, أو, في, أي, أم, إل as ال, كي): a name needs one letter besides these. */
export const wordLikeSet = keyedSetOf(['إن', 'أو', 'في', 'آي', 'إي', 'إم', 'إل', 'كي']);

/** The reading of token j as a letter name, bare or (the first one) behind و: its start, or -1. */
function letterStart(tokens: readonly Token[], j: number, first: boolean, letters: ReadonlySet<string>): number {
  const t = tokens[j]!;
  // Letter names have two to five letters, و one more: most tokens are turned away by their length.
  if (t.norm.length > MAX_LETTER_NAME + 1 || t.kind !== 'word' || t.script !== 'arabic') return -1;
  if (letters.has(t.norm)) return t.start;
  if (!first || t.norm.charCodeAt(0) !== WAW) return -1;
  const joined = tokenForms(t).find((f) => f.prefixes.length === 1 && f.prefixes[0] === 'و' && letters.has(f.key));
  return joined ? joined.start : -1;
}

/** في, the letter V and the preposition. */
const IN = 'في';
/** إن, the letter N and the particle «that» after a verb of saying. */
const THAT = 'ان';

/** Words that describe the name before them, normalized: relatives and «private» (قناة إيه تي في الخاصة). */
const DESCRIBERS = new Set(['التي', 'الذي', 'اللتين', 'الذين', 'الخاصه']);

function describesName(t: Token): boolean {
  return t.kind === 'word' && !t.clitics?.prefixes.length && DESCRIBERS.has(t.norm);
}

/** The longest letter name (دبليو), and و. */
const MAX_LETTER_NAME = 5;
const WAW = 0x0648;

/**
 * ORGANIZATION candidates for names of two letters or more after a descriptor head (شركة, مجموعة, بنك,
 * قناة …: the organization lexicon's descriptors) or before a nationality.
 */
export function findLetterNames(context: ExtractContext, nisba: ReadonlyMap<string, string>, descriptors: PhraseTrie<true>): Candidate[] {
  const { tokens, key } = context;
  const letters = letterSet(key);
  const wordLike = wordLikeSet(key);
  const out: Candidate[] = [];
  const gates = passGates(context);
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if ((gates[i]! & LETTER_NAME) === 0) continue;
      const start = letterStart(tokens, i, true, letters);
      if (start < 0) continue;
      let end = i + 1;
      // على منصة إكس أن …: أن, written with its hamza above, is the complementizer; the letter N is إن.
      while (end < s.tokenEnd && letterStart(tokens, end, false, letters) >= 0 && context.text.slice(tokens[end]!.start, tokens[end]!.end) !== 'أن') end++;
      // إذاعة بي بي سي في 18 يونيو, بي بي سي في لندن: في before a number or a word is the preposition, not
      // V; before the company's nationality (أو إم في النمساوية) or a mark it is the letter.
      // (قناة إيه تي في الخاصة, التي: before a relative or the word «private» it is the letter too.)
      if (end - i > 2 && end < s.tokenEnd && tokens[end - 1]!.norm === IN && tokens[end]!.kind !== 'punct' && !nisba.has(tokens[end]!.norm) && !describesName(tokens[end]!)) end--;
      // على منصة إكس إن الجماعة تلقت: إن before an Arabic word is «that», not N; not before an adjective
      // in -ية, which describes the company (مجموعة بي إن الإعلامية).
      // (قناة إن بي إن التي: nor before a relative.)
      if (end - i >= 2 && end < s.tokenEnd && tokens[end - 1]!.norm === THAT && tokens[end]!.script === 'arabic' && tokens[end]!.kind === 'word' && !tokens[end]!.norm.endsWith('يه') && !describesName(tokens[end]!)) end--;
      const run = tokens.slice(i, end);
      const strong = run.some((t) => !wordLike.has(t.norm) && !tokenForms(t).some((f) => f.prefixed && wordLike.has(f.key)));
      if (end - i >= 2 && strong && (afterDescriptor(tokens, i, s, descriptors) || beforeNationality(tokens, end, s, nisba))) {
        out.push({ type: 'ORGANIZATION', start, end: tokens[end - 1]!.end, rule: 'letter-name', score: -1 });
      }
      i = end - 1;
    }
  }
  return out;
}

function afterDescriptor(tokens: readonly Token[], i: number, s: Sentence, descriptors: PhraseTrie<true>): boolean {
  // A one-word descriptor: the phrase the trie finds ends with the word itself.
  const alone = (): undefined => undefined;
  return i > s.tokenStart && tokenForms(tokens[i - 1]!).some((f) => descriptors.longest(f.key, i, alone) !== undefined);
}

/** النرويجية, البريطانية: a nationality right after the name, bare. */
function beforeNationality(tokens: readonly Token[], end: number, s: Sentence, nisba: ReadonlyMap<string, string>): boolean {
  const t = tokens[end];
  return t !== undefined && end < s.tokenEnd && !t.clitics?.prefixes.length && t.norm.startsWith('ال') && nisba.has(t.norm);
}
