// The subject of an encyclopedia definition: «نجيب محفوظ روائي مصري», «ماري كوري هي عالمة فيزياء بولندية».
import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { nameWord } from './lifespan.js';
import { skipGloss } from './gloss.js';
import { waIsLetter } from './initial-letters.js';
import { afterCopula, nationalityAfter } from '../common/definition.js';
import { readName, type NameContext } from './name-chain.js';
import { plausibleName } from './name-words.js';
import { secondCopy } from './repeated-name.js';

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
    // وانغاري ماثاي ناشطة بيئية كينية: the subject's first letter may be a و the splitter took for «and».
    const word = (k: number): boolean => nameWord(ctx, tokens, k) || (k === s.tokenStart && waIsLetter(ctx, tokens[k]!));
    while (end < s.tokenEnd && end - s.tokenStart < 4 && word(end) && !occupations.has(tokens[end]!.norm)) end++;
    if (end - s.tokenStart < 2 || end >= s.tokenEnd || ctx.connectors.has(tokens[end - 1]!.norm)) continue;
    // نجيب محفوظ (بالإنجليزية: Naguib Mahfouz) (1911 - 2006) روائي مصري: glosses and a lifespan in between.
    let after = skipGloss(tokens, end, s);
    if (after < s.tokenEnd && tokens[after]!.norm === '(') after = closingAfter(tokens, after, s);
    const k = afterCopula(tokens, after, s);
    if (k >= s.tokenEnd || !occupations.has(tokens[k]!.norm) || !nationalityAfter(tokens, k, s, ctx.nisba)) continue;
    // A page title repeated before the first line: the definition's subject is the second copy.
    const first = secondCopy(ctx, tokens, s.tokenStart, end, s);
    out.push({ type: 'PERSON', start: tokens[first]!.start, end: tokens[end - 1]!.end, rule: 'definition', score: 1 });
  }
  return out;
}

/** The index past the bracket opened at i, if it closes within a dozen tokens (a lifespan); else i. */
function closingAfter(tokens: readonly Token[], i: number, s: Sentence): number {
  for (let k = i + 1; k < s.tokenEnd && k - i <= 12; k++) if (tokens[k]!.norm === ')') return k + 1;
  return i;
}

/** هو and هي, the copula of a definition. */
const COPULAS = new Set(['هو', 'هي']);

/**
 * An entry headed by the name its subject is known by, then the full name in a lineage (الشافعي : هو
 * محمد بن إدريس بن العباس, ابن بطوطة : محمد بن عبد الله): the heading of one to three words before the
 * colon is the person. The lineage, a name with بن in it, is what tells a person's entry from a place's.
 */
export function findHeadedPeople(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    // The colon is looked for first: most sentences have none where a heading ends.
    if (s.skip || !colonWithin(tokens, s.tokenStart + 1, Math.min(s.tokenEnd, s.tokenStart + 4))) continue;
    let colon = s.tokenStart;
    while (colon < s.tokenEnd && colon - s.tokenStart < 3 && headingWord(ctx, tokens, colon)) colon++;
    if (colon === s.tokenStart || colon + 1 >= s.tokenEnd || tokens[colon]!.norm !== ':') continue;
    const from = COPULAS.has(tokens[colon + 1]!.norm) ? colon + 2 : colon + 1;
    const name = from < s.tokenEnd ? readName(ctx, tokens, from, s, false) : undefined;
    if (name === undefined || name.end - from < 3) continue;
    let lineage = false;
    for (let k = from + 1; k < name.end; k++) if (ctx.connectors.has(tokens[k]!.norm)) lineage = true;
    if (lineage) out.push({ type: 'PERSON', start: tokens[s.tokenStart]!.start, end: tokens[colon - 1]!.end, rule: 'definition', score: 1 });
  }
  return out;
}

/** Is there a colon among tokens [from, to)? */
function colonWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.norm === ':') return true;
  return false;
}

/** A word of an entry's heading: a name word, or a bare definite word of a name's shape (النووي). */
function headingWord(ctx: NameContext, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (nameWord(ctx, tokens, k)) return true;
  return t.kind === 'word' && t.script === 'arabic' && !t.clitics?.prefixes.length && t.norm.startsWith('ال') && !ctx.isPlace(k) && plausibleName(ctx, tokens, k);
}
