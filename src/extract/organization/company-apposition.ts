// A firm's name set off before the noun of business that describes it: «وأعلنت بيرتامينا ، شركة الطاقة
// الحكومية الإندونيسية ، عن خطة», «أعلنت بتروناس ، شركة النفط الوطنية الماليزية». The apposition says
// the unlisted words before the comma name a company, whatever else they spell.
import type { Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { forEachApposingComma } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import { BUSINESS_NOUNS, nameWord, type AppositionWords } from './nationality-apposition.js';

/** The nouns of business without the article, keyed (شركة, مجموعة, مصرف). */
const businessSet = keyedSetOf(BUSINESS_NOUNS);

/** The elatives that rank a firm among its kind (أكبر شركة, أول مصرف), keyed. */
const elativeSet = keyedSetOf(['أكبر', 'أضخم', 'أقدم', 'أول', 'ثاني', 'ثالث', 'أبرز']);

/** At most this many words make the name before the comma. */
const MAX_WORDS = 3;

/** ORGANIZATION candidates for the unlisted name before «، شركة» and a definite noun of its trade, or «، أكبر شركة». */
export function findCompanyAppositions(context: ExtractContext, words: AppositionWords): Candidate[] {
  const { tokens } = context;
  const business = businessSet(context.key);
  const elatives = elativeSet(context.key);
  const out: Candidate[] = [];
  forEachApposingComma(context, (c, s) => {
    // سفاريكوم ، أكبر شركة اتصالات في كينيا: an elative before the noun ranks the firm among its kind.
    const ranked = elatives.has(tokens[c + 1]!.norm) && c + 3 < s.tokenEnd;
    const noun = tokens[ranked ? c + 2 : c + 1]!;
    if (noun.kind !== 'word' || noun.clitics !== undefined || !business.has(noun.norm) || !(ranked || tokens[c + 2]!.norm.startsWith('ال'))) return;
    let start = c;
    const named = (j: number): boolean => nameWord(context.text, tokens[j]!, j, words) || ownLetterName(tokens[j]!, words);
    while (start > s.tokenStart && c - start < MAX_WORDS && named(start - 1)) start--;
    // (A longer run is a clause, no name; none is no name either.)
    if (start === c || (start > s.tokenStart && c - start === MAX_WORDS && named(start - 1))) return;
    out.push({ type: 'ORGANIZATION', start: tokens[start]!.start, end: tokens[c - 1]!.end, rule: 'company-apposition', score: 1 });
  });
  return out;
}

/**
 * بيرتامينا: a long transliterated name whose first letter the splitter read as ب or ل, where neither the
 * word as written nor what the letter leaves is a word of the lists.
 */
function ownLetterName(t: Token, words: AppositionWords): boolean {
  const c = t.clitics;
  if (t.kind !== 'word' || t.script !== 'arabic' || c === undefined || c.article || c.suffix !== undefined || c.prefixes.length !== 1) return false;
  const p = c.prefixes[0];
  return (p === 'ب' || p === 'ل') && t.norm.length >= 6 && !words.isWord(t.norm) && !words.isWord(c.stem) && !t.norm.endsWith('ه');
}
