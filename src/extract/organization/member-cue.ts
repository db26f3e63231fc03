// A body named like a word (فتح 'opening', الشباب 'the youth') after a noun of its members or fighters:
// عناصر فتح, مسلحي الشباب, القيادي في فتح. Those nouns take a body as their genitive, so the word is one.
import type { Sentence, Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { OrganizationLexicon } from './lexicon.js';

/** Is token i, bare, right after a member noun (عناصر) or after a member noun and في (القيادي في)? */
export function memberCueBefore(tokens: readonly Token[], i: number, s: Sentence, org: Pick<OrganizationLexicon, 'memberCueWords' | 'memberCueBeforeFi'>): boolean {
  if (i <= s.tokenStart) return false;
  const before = tokens[i - 1]!;
  if (before.kind === 'word' && org.memberCueWords.has(bareKey(before))) return true;
  return before.norm === 'في' && i - 2 >= s.tokenStart && tokens[i - 2]!.kind === 'word' && org.memberCueBeforeFi.has(bareKey(tokens[i - 2]!));
}
