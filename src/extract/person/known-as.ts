// The byname a person is known by: المعروف بالمتنبي, الشهير بالبحتري. After a word of being known or
// called (naming-words.json), ب and one definite word of nisba shape that no list claims is the byname
// itself; listed names there are read by the name chain (المعروف بمحمد الفاتح).
import { keyedSetOf } from '../common/words.js';
import { someReadingIn } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { NameContext } from './name-chain.js';

/** The words of «nicknamed» (الملقب, الملقبة, لقب, يلقب, تلقب), keyed per normalization. */
const laqabSet = keyedSetOf(['الملقب', 'الملقبة', 'لقب', 'يلقب', 'ولقب', 'تلقب', 'وتلقب']);

/** PERSON candidates for one-word bynames after a word of naming and ب. */
export function findBynames(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const laqabWords = laqabSet(context.key);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      // The word after first (بال…): one test on most tokens, the naming word's readings only then.
      const t = tokens[i + 1]!;
      const c = t.clitics;
      if (t.kind !== 'word' || c === undefined || !c.article || c.prefixes.length !== 1 || c.prefixes[0] !== 'ب') continue;
      if (!someReadingIn(tokens[i]!, ctx.people.naming)) continue; // its readings, none built
      const definite = `ال${c.stem}`;
      // الملقب بالفاتح, الملقب بالسفاح: after «nicknamed» any definite word is the byname, a common one too;
      // after the other words of naming only one of nisba shape (المعروف بالمتنبي; المعروف بالكرم is a trait).
      const laqab = someReadingIn(tokens[i]!, laqabWords);
      // A nisba of people or place (بالمصري), a listed word (بالقاضي, بالعربي) or a title is no byname.
      // (After «nicknamed» a word spelled like a place is the byname all the same: وتلقب بالمنصور.)
      if (c.stem.length < 4 || ctx.nisba.has(definite) || ctx.people.titles.startsWith(definite) || (!laqab && ctx.isPlace(i + 1))) continue;
      if (!laqab && (!c.stem.endsWith('ي') || ctx.people.common.has(c.stem) || ctx.people.common.has(definite))) continue;
      // المعروف بالمتنبي ( 303 - 354 هـ ): the byname ends there; a word after it would make it a phrase.
      const next = tokens[i + 2];
      if (next !== undefined && i + 2 < s.tokenEnd && next.kind === 'word' && next.norm.startsWith('ال')) continue;
      out.push({ type: 'PERSON', start: c.baseStart, end: t.end, rule: 'byname' });
    }
  }
  return out;
}
