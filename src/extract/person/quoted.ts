import type { Sentence } from '../../schema.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import { CLOSING_QUOTES as CLOSING, OPENING_QUOTES as OPENING } from '../common/quotes.js';
import { titleEnd } from './context.js';
import { readName, type NameContext } from './name-chain.js';
import { derivedVerbalNoun } from './word-shapes.js';
import { nationalityNoun } from './nationality.js';
import { workNounSet } from '../common/work-titles.js';

/**
 * Names in quotation marks, as Egyptian outlets write them (السفيرة “نائلة جبر”, وأكد “هيكى”): one to
 * four words between quotes, read as a name when a title or reporting verb stands before the quotes or
 * a title or role right after them. Quotes alone are not enough: news quotes slogans and titles too.
 */
export function findQuotedNames(context: ExtractContext, ctx: NameContext, inTitle?: Uint8Array): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  const works = workNounSet(context.key);
  const quotedAt = (i: number, sentence: Sentence): number => {
    let close = i + 1;
    while (close < sentence.tokenEnd && close - i <= 5 && tokens[close]!.kind === 'word') close++;
    if (close === i + 1 || close >= sentence.tokenEnd || !CLOSING.has(tokens[close]!.norm) || close - i > 5) return i + 1;
    // لقاح « كوميرناتي » المحدث, مسلسل « حبيب الروح »: after a noun of a work the quotes hold its title,
    // and no name is read inside them (inTitle marks their words for the other readers).
    const work = tokens[i - 1];
    if (work !== undefined && i - 1 >= sentence.tokenStart && tokenForms(work).some((f) => works.has(f.key))) {
      if (inTitle !== undefined) inTitle.fill(1, i + 1, close);
      return close + 1;
    }
    // The cues first: a name is read (the costly part, from an unlisted first word) only between
    // quotes that have one.
    const before = tokens[i - 1];
    // قتله الصربي « جافريلو برينسيب »: a nationality standing for a person, before a name of two words.
    const cueBefore =
      before !== undefined && i - 1 >= sentence.tokenStart &&
      (tokenForms(before).some((f) => ctx.people.verbs.has(f.key)) || titleEndingAt(ctx, context, i - 1, sentence.tokenStart) || (close - i > 2 && nationalityNoun(ctx, tokens, i - 1, sentence)));
    // الرئيس التنفيذي لـ « ممتلكات » الشيخ عبدالله: behind a bare ل the quotes hold the body a role is of
    // (or the outlet spoken to), and the title after them is the next person's.
    const bodyOfRole = before !== undefined && i - 1 >= sentence.tokenStart && before.norm === 'ل';
    const cueAfter = !bodyOfRole && close + 1 < sentence.tokenEnd && titleEnd(ctx, tokens, close + 1, sentence) > 0;
    if (!cueBefore && !cueAfter) return i + 1;
    const name = readName(ctx, tokens, i + 1, sentence, true);
    if (!name || name.end !== close) return i + 1;
    // عن « ارتياح » المستشار: one unlisted word shaped like a verbal noun is a word quoted, not a name.
    if (name.known === 0 && close === i + 2 && derivedVerbalNoun(tokens[i + 1]!.norm)) return i + 1;
    out.push({ type: 'PERSON', start: name.start, end: tokens[close - 1]!.end, rule: 'quoted', score: 1 });
    return close + 1;
  };
  // A plain loop: nearly every token fails the first test, which is cheaper here than a call per token.
  for (const sentence of context.sentences) {
    if (sentence.skip) continue;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; ) {
      const t = tokens[i]!;
      i = t.kind === 'punct' && OPENING.has(t.norm) ? Math.max(i + 1, quotedAt(i, sentence)) : i + 1;
    }
  }
  return out;
}

/** Does a title phrase end at token `last` (checking phrases of up to three words)? */
function titleEndingAt(ctx: NameContext, context: ExtractContext, last: number, floor: number): boolean {
  const sentence = context.sentences[context.tokens[last]!.sentence]!;
  for (let s = last; s >= Math.max(floor, last - 2); s--) {
    if (titleEnd(ctx, context.tokens, s, sentence) === last + 1) return true;
  }
  return false;
}
