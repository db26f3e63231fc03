// Scholars and poets known by one word (الشاعر المتنبي, ألف البيروني): a listed byname is the person
// wherever it stands, but as the adjective of a definite noun before it that is no title (القانون
// المسعودي is a book, not the man). The person scan visits the bynames (they are name starters).
import type { Sentence, Token } from '../../schema.js';
import { bareForm, bareKey, someReadingIn } from '../lexicon/token-forms.js';
import { articleWritten } from '../common/spelling.js';
import type { NameContext } from './name-chain.js';
import type { PersonLexicon } from './lexicon.js';
import { perLexiconWord } from '../lexicon/word-memo.js';

/** دار, a publishing house, named after a scholar (دار الفارابي) as the eponym heads are. */
const PUBLISHING_HOUSE = new Set(['دار']);

/** Is some reading of the word a listed byname (1)? Memoized per word: the person scan asks it at every token it visits. */
const bynameWord = perLexiconWord((people: PersonLexicon, t: Token) => (someReadingIn(t, people.famousBynames) ? 1 : 0));

/** Is token i a listed byname standing for the person? Its reading's start offset, or -1. */
export function famousBynameAt(ctx: NameContext, tokens: readonly Token[], i: number, s: Sentence): number {
  const t = tokens[i]!;
  if (bynameWord(ctx.people, t) === 0) return -1;
  const form = bareForm(t);
  // The byname takes و, ل or ب (وللمتنبي, بالفارابي).
  if (!ctx.people.famousBynames.has(form.key) || form.prefixes.some((p) => p !== 'و' && p !== 'ل' && p !== 'ب')) return -1;
  if (i > s.tokenStart && !form.prefixed) {
    const prev = tokens[i - 1]!;
    // ألف البيروني: a word that folds to ال… (ألف, التقى) is no definite noun.
    if (prev.kind === 'word' && articleWritten(ctx.text, prev) && !prev.clitics?.prefixes.length && ctx.people.titles.longest(bareKey(prev), i, () => undefined) === undefined) return -1;
    // دار الفارابي, مدرسة الخوارزمي, شارع المتنبي: a house, a school or a street named after the scholar.
    if (ctx.eponymHead(i - 1) || PUBLISHING_HOUSE.has(bareKey(prev))) return -1;
  }
  return form.start;
}
