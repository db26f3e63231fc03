import type { Sentence, Token } from '../../schema.js';
import type { Candidate, ExtractContext } from '../types.js';
import { letterNotProclitic } from './initial-letters.js';
import type { NameContext } from './name-chain.js';
import { knownName, plausibleName } from './name-words.js';
import { glossStart } from './gloss.js';
import { secondCopy } from './repeated-name.js';
import { locativeCueSet } from '../location/place-words.js';
import { bareKey } from '../lexicon/token-forms.js';

const DASHES = new Set(['-', '–', '—']);
/** Words that date a birth or a death inside the brackets (مواليد 1936, ولد عام 1900, توفي 1980). */
const LIFE_WORDS = new Set(['مواليد', 'ولد', 'ولدت', 'توفي', 'توفيت']);

/**
 * Does the bracket opened at token i hold a lifespan or a birth year: (1643 - 1727), (12 ديسمبر 1821 -
 * 8 مايو 1880), (مواليد 1936)? A year is a number of three or four digits; a dash or a life word with it.
 */
function lifespanAt(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let year = false;
  let marked = false;
  for (let k = i + 1; k < s.tokenEnd && k - i <= 12; k++) {
    const t = tokens[k]!;
    if (t.norm === ')') return year && marked;
    if (t.kind === 'number' && (t.end - t.start === 3 || t.end - t.start === 4)) year = true;
    else if (t.kind === 'punct' && DASHES.has(t.norm)) marked = true;
    else if (t.kind === 'word' && LIFE_WORDS.has(t.norm)) marked = true;
  }
  return false;
}

/** A word of a name before the bracket: a listed name or a bare unlisted word no word list claims. */
export function nameWord(ctx: NameContext, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || t.script !== 'arabic') return false;
  if (knownName(ctx, t) || ctx.connectors.has(t.norm)) return true;
  // فلوبير, بارغاس: a transliteration may begin with a letter the splitter takes for a proclitic.
  const bare = (t.clitics?.prefixes.length ?? 0) === 0 || letterNotProclitic(ctx, t);
  return bare && !t.norm.startsWith('ال') && plausibleName(ctx, tokens, k);
}

/**
 * A person's name followed by a lifespan in brackets, as encyclopedias open an article: «غوستاف فلوبير
 * (12 ديسمبر 1821 - 8 مايو 1880) روائي فرنسي». The two to four words before the bracket are the name,
 * when each is a listed name, a connector or a bare word the word lists do not claim.
 */
export function findLifespanNames(context: ExtractContext, ctx: NameContext): Candidate[] {
  const { tokens } = context;
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
      if (tokens[i]!.norm !== '(' || !lifespanAt(tokens, i, s)) continue;
      // ألبرت أينشتاين (بالألمانية: Albert Einstein) (1879 - 1955): the name stands before the gloss.
      const last = glossStart(tokens, i, s);
      let first = last;
      while (first > s.tokenStart && last - first < 4 && nameWord(ctx, tokens, first - 1)) first--;
      // هو تشي منه (1890 - 1969): a man a city is named after, whose name opens the sentence as a place
      // of the lexicon does (a pronoun's spelling, هو, included); a city has no lifespan.
      if (first > s.tokenStart && last - s.tokenStart >= 2 && ctx.placeLength(s.tokenStart) === last - s.tokenStart) first = s.tokenStart;
      // سيغموند فرويد سيغموند فرويد (6 مايو 1856 - …): the title repeated before the first line; the chain finds the first copy.
      first = secondCopy(ctx, tokens, first, last, s);
      if (last - first < 2 || ctx.connectors.has(tokens[first]!.norm)) continue;
      out.push({ type: 'PERSON', start: tokens[first]!.start, end: tokens[last - 1]!.end, rule: 'lifespan', score: 1 });
      if (ctx.placeLength(first) === last - first) out.push(...laterMentions(context, tokens, first, last));
    }
  }
  return out;
}

/**
 * The same words again later in the document (أعلن هو تشي منه استقلال فيتنام): a man named like a place,
 * whom a lifespan made a person, is the person wherever no locative word (في, مدينة) makes him the place.
 */
function laterMentions(context: ExtractContext, tokens: readonly Token[], first: number, last: number): Candidate[] {
  const cues = locativeCueSet(context.key);
  const out: Candidate[] = [];
  const n = last - first;
  for (let i = last; i + n <= tokens.length; i++) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = tokens[i + k]!.norm === tokens[first + k]!.norm && tokens[i + k]!.sentence === tokens[i]!.sentence;
    if (!same) continue;
    const before = i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence ? bareKey(tokens[i - 1]!) : '';
    if (!cues.has(before)) out.push({ type: 'PERSON', start: tokens[i]!.start, end: tokens[i + n - 1]!.end, rule: 'lifespan', score: 1 });
  }
  return out;
}
