// Armed groups named by a short name that is also a common word (القاعدة: the base, the rule): read as
// the group only where a noun of its members or parts governs it (زعيم القاعدة, عناصر القاعدة) or a noun of
// ties takes it behind ب (صلاته بالقاعدة, جماعات مرتبطة بالقاعدة). Elsewhere the word is the word.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { bareKey, someReadingIn, tokenForms } from '../lexicon/token-forms.js';
import { CUED_ALIAS, passGates } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import cued from './data/cued-aliases.json';

export const aliasSet = keyedSetOf(cued.aliases);
const memberSet = keyedSetOf(cued.members);
const tieSet = keyedSetOf(cued.ties);

/** ORGANIZATION candidates for the cued short names of a document. */
export function findCuedAliases(context: ExtractContext): Candidate[] {
  const { tokens, key } = context;
  const aliases = aliasSet(key);
  const members = memberSet(key);
  const ties = tieSet(key);
  const out: Candidate[] = [];
  const gates = passGates(context);
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if ((gates[i]! & CUED_ALIAS) === 0) continue; // this runs over every token: most cost one array read
      const t = tokens[i]!;
      if (t.kind !== 'word' || !someReadingIn(t, aliases)) continue;
      const form = tokenForms(t).find((f) => aliases.has(f.key));
      if (form === undefined) continue;
      const cue = cueBefore(tokens, i, s, form.prefixes, members, ties);
      if (cue) out.push({ type: 'ORGANIZATION', start: form.start, end: t.end, rule: 'cued-alias' });
    }
  }
  return out;
}

/**
 * Does the word before token i name the group's people or a tie to it? A member noun governs the bare
 * name (زعيم القاعدة) or takes it behind ب (عضو بالقاعدة); a tie takes it behind ب, with at most one word
 * between (صلاته بالقاعدة, صلات وثيقة بالقاعدة).
 */
function cueBefore(tokens: readonly Token[], i: number, s: Sentence, prefixes: readonly string[], members: ReadonlySet<string>, ties: ReadonlySet<string>): boolean {
  const before = bareKey(tokens[i - 1]!);
  if (prefixes.length === 0) return members.has(before);
  if (prefixes.length !== 1 || prefixes[0] !== 'ب') return false;
  return ties.has(before) || members.has(before) || (i - 2 >= s.tokenStart && ties.has(bareKey(tokens[i - 2]!)));
}
