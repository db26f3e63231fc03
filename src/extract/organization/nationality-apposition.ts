// A firm named in apposition after a noun of business and a country's adjective: المجمع التركي توسيالي,
// المشغل الإيطالي تيرنا, مع الشركة الأمريكية أوكسيدنتال. After the definite noun and its adjective, a bare
// word no list knows is the firm's own name: news writes a common noun there with the article (الشركة
// الأمريكية الكبرى) or behind a preposition (الشركة الأمريكية للطاقة), a verb as the next clause.
import type { Token } from '../../schema.js';
import { keyedSetWithArticle } from '../common/words.js';
import { DIRECTION_ADJECTIVES } from '../common/directions.js';
import { bareKey } from '../lexicon/token-forms.js';
import { NISBA_WORD, passGates } from '../lexicon/pass-gates.js';
import { hasTanween } from '../lexicon/scan.js';
import { transliterated } from '../person/word-shapes.js';
import type { Candidate, ExtractContext } from '../types.js';
import heads from './data/apposition-heads.json';

/** The nouns of business as written without the article (شركة, مجموعة), for the apposition after a name. */
export const BUSINESS_NOUNS: readonly string[] = heads.words;

/** The nouns of business, keyed with their article (الشركة, المجمع). */
const headSet = keyedSetWithArticle(heads.words);

/** At most this many words make the name (إكسون موبيل, تكساس إنسترومنتس). */
const MAX_WORDS = 3;

export interface AppositionWords {
  /** A word the lists know as a word of the sentence (function word, verb, common noun, title, nisba, head). */
  isWord: (norm: string) => boolean;
  /** Is token j the start of a listed place? */
  isPlace: (j: number) => boolean;
  nisba: ReadonlyMap<string, string>;
}

/** ORGANIZATION candidates for «definite business noun + country adjective + unlisted name». */
export function findCompaniesByNationality(context: ExtractContext, words: AppositionWords): Candidate[] {
  const { tokens } = context;
  const isHead = headSet(context.key);
  const gates = passGates(context);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let k = s.tokenStart; k + 2 < s.tokenEnd; k++) {
      // The adjective first: its gate bit settles most tokens (the head's key may build a string).
      if ((gates[k + 1]! & NISBA_WORD) === 0) continue;
      const adjective = tokens[k + 1]!;
      if (!adjective.norm.startsWith('ال') || !words.nisba.has(adjective.norm)) continue;
      const head = tokens[k]!;
      const key = bareKey(head);
      if (head.kind !== 'word' || !key.startsWith('ال') || !isHead.has(key)) continue;
      let j = k + 2;
      // الكوري الجنوبي: a direction completes the adjective.
      if (j < s.tokenEnd && DIRECTION_ADJECTIVES.has(tokens[j]!.norm)) j++;
      const first = j;
      while (j < s.tokenEnd && j - first < MAX_WORDS && nameWord(context.text, tokens[j]!, j, words)) j++;
      if (j === first || (j < s.tokenEnd && j - first === MAX_WORDS && nameWord(context.text, tokens[j]!, j, words))) continue;
      out.push({ type: 'ORGANIZATION', start: tokens[first]!.start, end: tokens[j - 1]!.end, rule: 'nationality-apposition' });
      k = j - 1;
    }
  }
  return out;
}

/**
 * May token t at j be a word of a firm's name: Arabic, bare (no proclitic, no article, no pronoun), and
 * no word of the sentence: not listed, not a place, not a verb's shape (تعتزم, يبلغ, أعلنت), no tanween.
 */
export function nameWord(text: string, t: Token, j: number, words: AppositionWords): boolean {
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics !== undefined || t.alternatives !== undefined) return false;
  const n = t.norm;
  if (n.length < 3 || n.startsWith('ال') || words.isWord(n) || words.isPlace(j) || hasTanween(text, t)) return false;
  // A transliteration: long, or a long vowel right after the first letter (تيرنا), which no imperfect has.
  const second = n.charCodeAt(1);
  const foreign = transliterated(n) || second === 0x064a /* ي */ || second === 0x0648 /* و */;
  // An imperfect (تعتزم, يبلغ, نعمل) or a feminine past (أعلنت, قررت): the clause goes on after the noun.
  if (!foreign && (IMPERFECT.has(n.charCodeAt(0)) || n.endsWith('ت'))) return false;
  // An Arabic noun in ة or with a pronoun (أرباحها) is the sentence's, not a name.
  return !n.endsWith('ه') && !n.endsWith('ها') && !n.endsWith('هم');
}

/** Letters that open an imperfect verb: ي, ت, ن. */
const IMPERFECT = new Set([0x064a, 0x062a, 0x0646]);
