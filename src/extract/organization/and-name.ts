// Firms named for their founders with the English «and» written out (برات آند ويتني, جونسون آند جونسون,
// ستاندرد آند بورز, إرنست آند يونغ): آند appears in Arabic text in such names only, so the word on each
// side of it makes a company's name.
import type { Token } from '../../schema.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';

/** آند, normalized. */
const AND = 'اند';

/** ORGANIZATION candidates for «X آند Y», one word on each side. */
export function findAndNames(context: ExtractContext, isFunctionWord: (norm: string) => boolean): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++) {
      if (tokens[k]!.norm !== AND) continue;
      const start = sideStart(tokens[k - 1]!, true, isFunctionWord);
      const right = tokens[k + 1]!;
      if (start < 0 || sideStart(right, false, isFunctionWord) < 0) continue;
      out.push({ type: 'ORGANIZATION', start, end: right.end, rule: 'and-name' });
    }
  }
  return out;
}

/** Where a name word beside آند starts: a bare transliterated word, the left one behind و too; -1 if none. */
function sideStart(t: Token, left: boolean, isFunctionWord: (norm: string) => boolean): number {
  if (t.kind !== 'word' || t.script !== 'arabic') return -1;
  const bare = (n: string): boolean => n.length >= 3 && !n.startsWith('ال') && !isFunctionWord(n);
  // وجونسون آند جونسون: the left word may carry و; any other first letter is the name's own (برات).
  const joined = left ? tokenForms(t).find((f) => f.prefixes.length === 1 && f.prefixes[0] === 'و' && !f.article && bare(f.key)) : undefined;
  if (joined) return joined.start;
  return bare(t.norm) ? t.start : -1;
}
