// The subject of an encyclopedia definition: «نجيب محفوظ روائي مصري», «ماري كوري هي عالمة فيزياء بولندية».
import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { nameWord } from './lifespan.js';
import { skipGloss } from './gloss.js';
import type { NameContext } from './name-chain.js';

/** The pronoun a definition may put between the name and what it is (هو, هي), normalized. */
const COPULAS = new Set(['هو', 'هي']);
/** How far after the occupation its nisba may stand (عالم فيزياء نظرية ألماني: three words). */
const NISBA_WINDOW = 3;

/**
 * Does an indefinite nisba (مصري, بولندية, أمريكيان) stand within a few words after the occupation at k?
 * The nisba is what makes a definition of the phrase: «محمد صلاح لاعب» alone may be a list of words.
 */
function nisbaAfter(tokens: readonly Token[], k: number, s: Sentence, nisba: NameContext['nisba']): boolean {
  for (let j = k + 1; j < s.tokenEnd && j <= k + NISBA_WINDOW; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (!t.norm.startsWith('ال') && nisba.has(t.norm)) return true;
  }
  return false;
}

/**
 * A sentence that opens with two to four name words, then (هو / هي and) an occupation with a nationality:
 * the name is a person. Encyclopedias open an article on a person this way.
 */
export function findDefinedPeople(context: ExtractContext, ctx: NameContext, occupations: ReadonlySet<string>): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    let end = s.tokenStart;
    while (end < s.tokenEnd && end - s.tokenStart < 4 && nameWord(ctx, tokens, end) && !occupations.has(tokens[end]!.norm)) end++;
    if (end - s.tokenStart < 2 || end >= s.tokenEnd || ctx.connectors.has(tokens[end - 1]!.norm)) continue;
    // نجيب محفوظ (بالإنجليزية: Naguib Mahfouz) (1911 - 2006) روائي مصري: glosses and a lifespan in between.
    let after = skipGloss(tokens, end, s);
    if (after < s.tokenEnd && tokens[after]!.norm === '(') after = closingAfter(tokens, after, s);
    const k = after < s.tokenEnd && COPULAS.has(tokens[after]!.norm) ? after + 1 : after;
    if (k >= s.tokenEnd || !occupations.has(tokens[k]!.norm) || !nisbaAfter(tokens, k, s, ctx.nisba)) continue;
    out.push({ type: 'PERSON', start: tokens[s.tokenStart]!.start, end: tokens[end - 1]!.end, rule: 'definition', score: 1 });
  }
  return out;
}

/** The index past the bracket opened at i, if it closes within a dozen tokens (a lifespan); else i. */
function closingAfter(tokens: readonly Token[], i: number, s: Sentence): number {
  for (let k = i + 1; k < s.tokenEnd && k - i <= 12; k++) if (tokens[k]!.norm === ')') return k + 1;
  return i;
}
