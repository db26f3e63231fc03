// The name a person was born with, given after «his name» in a biography: ولد هواري بومدين ، واسمه الحقيقي
// محمد إبراهيم بوخروبة ، قرب قالمة. The cue says a name follows; it runs to the next mark, so that its
// unlisted words (بوخروبة, القدوة) are read too, which the name chain would leave.
import { keyedSetOf } from '../common/words.js';
import type { Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { nameWord } from './lifespan.js';
import type { NameContext } from './name-chain.js';
import { plausibleName } from './name-words.js';
import { GIVEN, wordIs } from './word-classes.js';

/** «His name», «her name», with و or without, keyed. */
const nameNounSet = keyedSetOf(['اسمه', 'واسمه', 'اسمها', 'واسمها']);

/** What kind of name it is (الحقيقي, الكامل, الأصلي), keyed. */
const qualifierSet = keyedSetOf(['الحقيقي', 'الكامل', 'الأصلي']);

/** Prepositions that govern «his name» (من اسمه: from his name), normalized. */
const GOVERNING = new Set(['من', 'عن', 'في', 'الي', 'علي', 'مع']);

/** The most words a born name is read over (محمد عبد الرحمن عبد الرؤوف عرفات القدوة الحسيني: seven). */
const MOST_WORDS = 8;

/** PERSON candidates for the names after اسمه / واسمها (الحقيقي), from the cue to the next mark. */
export function findRealNames(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens, key } = context;
  const nouns = nameNounSet(key);
  const qualifiers = qualifierSet(key);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart; i + 2 < s.tokenEnd; i++) {
      if (!nouns.has(tokens[i]!.norm)) continue;
      // اشتق من اسمه مصطلح الخوارزميات: after a preposition «his name» is governed, and what follows is the
      // sentence's subject, no name.
      if (i > s.tokenStart && GOVERNING.has(tokens[i - 1]!.norm)) continue;
      const start = qualifiers.has(tokens[i + 1]!.norm) ? i + 2 : i + 1;
      let end = start;
      while (end < s.tokenEnd && end - start < MOST_WORDS && bornNameWord(ctx, tokens, end)) end++;
      // The name closes at a mark or the sentence's end (واسمه محمد ، ولد …); a word of the sentence after
      // it (اسمه يتردد في …) says it was no name.
      const closed = end === s.tokenEnd || tokens[end]!.kind === 'punct';
      if (end - start >= 2 && closed && !tokens[start]!.norm.startsWith('ال')) {
        out.push({ type: 'PERSON', start: tokens[start]!.start, end: tokens[end - 1]!.end, rule: 'real-name', score: 1 });
      }
      i = end - 1 > i ? end - 1 : i;
    }
  }
  return out;
}

/**
 * A word of a born name: a name word, a listed given name that is a word too (وردة), or a definite family
 * name (القدوة, الحسيني) no list claims as a word.
 */
function bornNameWord(ctx: NameContext, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (nameWord(ctx, tokens, k) || (!t.clitics?.prefixes.length && wordIs(ctx.people, t, GIVEN))) return true;
  return t.kind === 'word' && t.script === 'arabic' && !t.clitics?.prefixes.length && t.norm.startsWith('ال') && plausibleName(ctx, tokens, k);
}
