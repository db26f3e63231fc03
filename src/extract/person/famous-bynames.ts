// Scholars and poets known by one word (الشاعر المتنبي, ألف البيروني): a listed byname is the person
// wherever it stands, but as the adjective of a definite noun before it that is no title (القانون
// المسعودي is a book, not the man).
import type { Candidate, ExtractContext } from '../types.js';
import { bareForm } from '../lexicon/token-forms.js';
import { articleWritten } from '../common/spelling.js';
import type { NameContext } from './name-chain.js';

/** PERSON candidates for the listed one-word bynames of the document. */
export function findFamousBynames(context: ExtractContext, ctx: NameContext, bynames: ReadonlySet<string>): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const form = bareForm(t);
    // The byname takes و, ل or ب (وللمتنبي, بالفارابي) but is read only as the whole word after it.
    if (!bynames.has(form.key) || form.prefixes.some((p) => p !== 'و' && p !== 'ل' && p !== 'ب')) continue;
    const s = context.sentences[t.sentence]!;
    if (s.skip) continue;
    if (i > s.tokenStart && !form.prefixed) {
      const prev = tokens[i - 1]!;
      const before = bareForm(prev).key;
      // ألف البيروني: a word that folds to ال… (ألف, التقى) is no definite noun.
      if (prev.kind === 'word' && articleWritten(ctx.text, prev) && !prev.clitics?.prefixes.length && ctx.people.titles.longest(before, i, () => undefined) === undefined) continue;
    }
    out.push({ type: 'PERSON', start: form.start, end: t.end, rule: 'famous-byname' });
  }
  return out;
}
