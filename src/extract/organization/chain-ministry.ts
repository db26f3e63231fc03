// A ministry of several portfolios joined with و (وزارة التربية والتعليم, وزارة الاتصالات وتكنولوجيا
// المعلومات, وزارة الشؤون البلدية والقروية): the joins the organization chain reads after وزارة.
import type { Sentence, Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { ChainWords } from './chain-words.js';
import { adjectiveShape, definite, definiteBare } from './chain-edges.js';
import { derivedVerbalNoun } from '../person/word-shapes.js';

/**
 * The last token of a portfolio joined with و at token j inside a ministry's name (j itself, or the
 * construct's second word), or -1 when the word there joins none: a listed portfolio (والتعليم), one in
 * construct (وتكنولوجيا المعلومات, وشؤون الشباب), or a second adjective of the portfolio (والقروية).
 */
export function joinedPortfolioEnd(tokens: readonly Token[], j: number, sentence: Sentence, head: number, lastGood: number, w: ChainWords): number {
  const bare = bareKey(tokens[j]!);
  const isDef = definite(bare);
  // هيئة الزكاة والضريبة والجمارك: an agency's fields join as a ministry's portfolios do.
  if (w.org.portfolios.has(bare) || w.org.agencyFields.has(bare) || w.org.partyValues.has(bare)) return j;
  if (!isDef && w.org.portfolios.has(`ال${bare}`) && definiteBare(tokens, j + 1, sentence)) return j + 1;
  // وزارة الزراعة واستصلاح الأراضي: a derived verbal noun and its definite object are a portfolio too,
  // and so is a mandate and its object (هيئة الرقابة ومكافحة الفساد).
  if (!isDef && lastGood === j - 1 && (derivedVerbalNoun(bare) || w.org.mandates.has(bare)) && definiteBare(tokens, j + 1, sentence)) return j + 1;
  if (isDef && lastGood === j - 1 && j - 1 > head + 1 && !w.stop.has(bare) && adjectiveShape(bare, w) && adjectiveShape(bareKey(tokens[j - 1]!), w)) return j;
  // وزارة الشباب والثقافة والتواصل المغربية: an unlisted portfolio, when the country's adjective closes the name after it.
  const next = tokens[j + 1];
  if (isDef && lastGood === j - 1 && !w.stop.has(bare) && !w.isPlace(j) && next !== undefined && j + 1 < sentence.tokenEnd && !next.clitics?.prefixes.length && w.nisba.has(next.norm) && next.norm.startsWith('ال')) return j;
  return -1;
}

/** الدولة, normalized: وزارة الدولة is a ministry of state, whose portfolio follows ل. */
const STATE = 'الدوله';

/**
 * Is the ل-phrase at j, right after the country's adjective that ends a ministry's name, what the ministry
 * signed or acts for (ووزارة الطاقة الأمريكية للتعاون), not its portfolio? A ministry of state has its
 * portfolio there (وزارة الدولة المصرية للإنتاج الحربي).
 */
export function purposeAfterCountry(tokens: readonly Token[], head: number, j: number, w: ChainWords): boolean {
  return w.nisba.has(bareKey(tokens[j - 1]!)) && tokens[head + 1]?.norm !== STATE;
}

/** Office holders whose brief follows a ministry's name behind ل (وكيل وزارة الخارجية للشؤون السياسية), normalized. */
const DEPUTIES = new Set(['وكيل', 'مساعد', 'نائب', 'مستشار', 'وكيله', 'مساعده', 'نائبه', 'مستشاره']);

/**
 * Is the ministry at `head` held by a deputy named before it (وكيل وزارة الخارجية للشؤون السياسية, مساعد
 * وزارة الدفاع لشؤون التسليح)? Then the ل-phrase after its portfolio is the deputy's brief, not the ministry's name.
 */
export function deputyBrief(tokens: readonly Token[], head: number): boolean {
  const before = tokens[head - 1];
  return before !== undefined && !before.clitics?.prefixes.length && DEPUTIES.has(before.norm) && !tokens[head]!.clitics?.prefixes.length;
}
