// Two people after the dual of their title: بين الرئيسين عون وعباس, الوزيران لافروف وبلينكن. The dual says
// that the two words joined by و after it are the holders' names, however each is spelled (عون is a word too).
import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { NameContext } from './name-chain.js';
import { readName } from './name-chain.js';
import { plausibleName } from './name-words.js';
import { bareKey } from '../lexicon/token-forms.js';
import { startAfterPrefix } from '../numbers/proclitics.js';

/** The dual endings of a definite noun, in the oblique and the nominative case (normalized). */
const DUAL_ENDINGS = ['ين', 'ان'];

/**
 * The singular of a dual title at token i (الرئيسين → الرئيس, الوزيرتين → الوزيره), when it is a one-word
 * role or title of the lists; undefined otherwise.
 */
function dualTitle(ctx: NameContext, t: Token): string | undefined {
  const key = bareKey(t);
  if (!key.startsWith('ال') || key.length < 7) return undefined;
  for (const ending of DUAL_ENDINGS) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, -2);
    // المخرجين is the plural of a participle as often as its dual; الرئيسين and المخرجان are duals only.
    if (ending === 'ين' && stem.startsWith('الم')) continue;
    // الوزيرتين: a feminine title writes its ة as ت before the ending.
    for (const single of stem.endsWith('ت') ? [stem, `${stem.slice(0, -1)}ه`] : [stem]) {
      const m = ctx.people.titles.longest(single, 0, () => undefined);
      if (m !== undefined && m.end === 0 && m.value !== 'kinship') return single;
    }
  }
  return undefined;
}

/**
 * Where a name read at k ends: a name of the chain reader, or one unlisted word of a name's shape (behind
 * و for the second name, whatever else the splitter read off it: وبلينكن); -1 if none. `joined`: the
 * second name, whose token opens with و.
 */
function holderEnd(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence, start: number): number {
  const name = readName(ctx, tokens, k, sentence, true);
  if (name !== undefined && name.start === start) return name.end;
  const t = tokens[k]!;
  const joined = start > t.start;
  const stem = joined ? t.norm.slice(1) : t.norm;
  if ((!joined && t.clitics?.prefixes.length) || stem.length < 3 || stem.startsWith('ال') || ctx.people.common.has(stem) || ctx.stop.has(stem) || ctx.people.verbs.has(stem)) return -1;
  return !joined && !plausibleName(ctx, tokens, k) ? -1 : k + 1;
}

/** PERSON candidates for the two names joined by و right after the dual of a title. */
export function findDualTitleNames(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    for (let i = sentence.tokenStart; i + 2 < sentence.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || t.norm.length < 7 || dualTitle(ctx, t) === undefined) continue;
      const first = tokens[i + 1]!;
      const firstEnd = holderEnd(ctx, tokens, i + 1, sentence, first.start);
      if (firstEnd < 0 || firstEnd >= sentence.tokenEnd) continue;
      const second = tokens[firstEnd]!;
      if (second.kind !== 'word' || !second.norm.startsWith('و') || second.clitics?.article) continue;
      const secondStart = startAfterPrefix(context.text, second, 1);
      const secondEnd = holderEnd(ctx, tokens, firstEnd, sentence, secondStart);
      if (secondEnd < 0) continue;
      out.push({ type: 'PERSON', start: first.start, end: tokens[firstEnd - 1]!.end, rule: 'dual-title' });
      out.push({ type: 'PERSON', start: secondStart, end: tokens[secondEnd - 1]!.end, rule: 'dual-title' });
      i = secondEnd - 1;
    }
  }
  return out;
}
