// What makes the words after an organization head a proper name rather than a description of a body
// (وزارة السياحة, مجلس الإدارة): a mandate, a scope adjective, a proper name inside, or a naming head.
import type { Sentence, Token } from '../../schema.js';
import { readingKey } from '../../segment/finish-tokens.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { Chain, ChainWords } from './chain.js';
import { articleWritten } from '../common/spelling.js';
import { lastLetter } from '../person/word-shapes.js';

/**
 * Is the chain after this head a proper name? An indefinite وزارة before a definite complement is; other heads need evidence. A
 * definite head with only a scope adjective (القوات الدولية, المحكمة العليا, المتحف الوطني) is a
 * description of some body the text has named or will name; the indefinite construct (منظمة العمل الدولية)
 * or a mandate (المعهد الوطني لرصد الزلازل) is what makes a name of it.
 */
export function isProperName(chain: Chain, definiteHead: boolean, headKey: string, firstComplement: string, w: ChainWords, namedBy: boolean): boolean {
  // الحكومة المغربية لتعزيز البنية الأساسية: a government, police or municipality is its country or city
  // acting (a place, by the corpora's convention), and the purpose after it is what it does, not its name.
  if (w.org.stateHeads.has(headKey) && !chain.named) return false;
  if (chain.purpose || chain.named || chain.glossed || chain.countrysBody) return true;
  // مجموعة الرمال الذهبية القابضة, شركة البركة المصرفية: a company's kind ends its name.
  if (!definiteHead && w.org.companyHeads.has(headKey) && chain.kindEnds) return true;
  if (!definiteHead && namedBy && w.org.namingHeads.has(headKey)) return true;
  // الحزب الليبرالي, الجبهة الشعبية: a definite party head named by its doctrine.
  if (definiteHead && w.org.partyHeads.has(headKey) && w.org.ideologies.has(firstComplement)) return true;
  // اتحاد العمال, نقابة المهندسين: an indefinite union or syndicate of a trade's people is that body's name.
  if (!definiteHead && w.org.memberHeads.has(headKey) && w.org.members.has(firstComplement)) return true;
  // رابطة الشيوعيين اليوغوسلافيين, اتحاد الاشتراكيين العرب: so is one of the followers of a doctrine.
  if (!definiteHead && w.org.memberHeads.has(headKey) && followersOfDoctrine(firstComplement, w)) return true;
  // هيئة البيئة, دائرة الجمارك: an indefinite agency head before its field is that agency's name.
  if (!definiteHead && w.org.agencyHeads.has(headKey) && w.org.agencyFields.has(firstComplement)) return true;
  if (chain.scope) return !definiteHead;
  // وزارة + any definite complement is a ministry (وزارة الصحة, وزارة البلدية): every portfolio is definite,
  // or the first term of a construct that is one (وزارة شؤون المرأة).
  return !definiteHead && headKey === 'وزاره' && (firstComplement.startsWith('ال') || w.org.portfolios.has('ال' + firstComplement));
}

/** The plural of a doctrine's adjective (الشيوعيين, الاشتراكيون → الشيوعي, الاشتراكي), normalized. */
function followersOfDoctrine(word: string, w: ChainWords): boolean {
  return word.length > 6 && (word.endsWith('يين') || word.endsWith('يون')) && w.org.ideologies.has(word.slice(0, -2));
}

/**
 * Is the word at `j`, behind و, a second trade of a union named by its members (اتحاد الأدباء والكتاب,
 * نقابة العمال والفلاحين)? Only right after the first, and only a listed trade.
 */
export function joinedMembers(tokens: readonly Token[], head: number, j: number, definiteHead: boolean, w: ChainWords): boolean {
  return !definiteHead && j === head + 2 && w.org.memberHeads.has(bareKey(tokens[head]!)) && w.org.members.has(bareKey(tokens[head + 1]!)) && w.org.members.has(bareKey(tokens[j]!));
}

/**
 * Is the word behind ل the people a union gathers (الاتحاد الوطني لطلبة المغرب, التنسيقية الوطنية لأساتذة
 * التعليم الثانوي)? A membership head, with the article or not, and a listed trade, definite or not.
 */
export function membersOfUnion(headKey: string, bare: string, isDef: boolean, w: ChainWords): boolean {
  return w.org.memberHeads.has(headKey.startsWith('ال') ? headKey.slice(2) : headKey) && w.org.members.has(isDef ? bare : 'ال' + bare);
}

/**
 * Is the word after the head at `head` the trade of a union, without the article (نقابة أطباء, جمعية
 * مصارف)? Then a place after it names the union of that place's trade.
 */
export function tradeOfUnion(tokens: readonly Token[], head: number, w: ChainWords): boolean {
  const key = bareKey(tokens[head]!);
  const trade = tokens[head + 1]!;
  if (!(w.org.memberHeads.has(key) || w.org.namingHeads.has(key)) || trade.clitics?.prefixes.length || trade.norm.startsWith('ال')) return false;
  // جمعية صيادي العقبة, نقابة معلمي الأردن: a sound plural in construct drops its ن (الصيادين → صيادي).
  const n = trade.norm;
  return w.org.members.has('ال' + n) || (n.length >= 4 && n.endsWith('ي') && w.org.members.has(`ال${n}ن`)) || (n.length >= 4 && n.endsWith('و') && w.org.members.has(`ال${n.slice(0, -1)}ين`));
}

/**
 * Could the words after a naming head (مستشفى, متحف, معهد …) be its name? Not when the head carries a
 * pronoun (جمعيتها: its association), and the complement opens with a definite noun (مستشفى القصر
 * العيني) or an indefinite noun before one (مؤسسة أبحاث السوق), not with an adjective (مؤسسة ثقافية).
 */
export function namingComplement(text: string, tokens: readonly Token[], head: number, s: Sentence, key: string, nisba: ReadonlyMap<string, string>): boolean {
  const t = tokens[head]!;
  if ([t.clitics, ...(t.alternatives ?? [])].some((a) => a?.suffix !== undefined && readingKey(a) === key)) return false;
  // وبنى جامعه الشهير: a head in ة written with ه may be a noun and its pronoun (his mosque), not the body.
  if (key.endsWith('ه') && lastLetter(text, t) === 0x0647 /* ه */) return false;
  const first = tokens[head + 1];
  if (first === undefined || head + 1 >= s.tokenEnd || first.kind !== 'word' || first.clitics?.prefixes.length) return false;
  if (first.norm.startsWith('ال')) return true;
  const second = tokens[head + 2];
  // معهد إيفو الألماني: a foreign name and its country's adjective, which describes the body (foreign-name.ts).
  return !first.norm.endsWith('يه') && !first.norm.endsWith('ي') && second !== undefined && head + 2 < s.tokenEnd && second.norm.startsWith('ال') && !second.clitics?.prefixes.length && !nisba.has(second.norm);
}

/**
 * Does a short name in brackets follow the chain ending at `end` (إدارة الكوارث والطوارئ ( آفاد ), معهد
 * الدراسات العلمية والثقافية ( ICSS ), جهاز الأمن العام ( الشاباك ))? One word: Latin capitals, or an
 * Arabic word with no proclitic and no place in the word lists. Only a proper name is given a short name of its own.
 */
export function glossedAfter(text: string, tokens: readonly Token[], end: number, s: Sentence, common: (norm: string) => boolean): boolean {
  if (end + 2 >= s.tokenEnd || tokens[end]!.norm !== '(' || tokens[end + 2]!.norm !== ')') return false;
  const t = tokens[end + 1]!;
  if (t.kind !== 'word') return false;
  if (t.script === 'latin') return t.norm.length >= 2 && t.norm === t.norm.toUpperCase();
  // ( الشاباك ), ( الأونروا ): a short name read as a word takes the article too, when no word of the
  // lists is left without it.
  // (Not an adjective of nisba shape or in ة, nor a participle: محكمة المدينة ( الفرنسية ) names the
  // source's language, حركة المراقب ( الملاحظ ) glosses a term with another.)
  const n = t.norm;
  const definiteName = articleWritten(text, t) && n.length >= 6 && !common(n) && !common(n.slice(2)) && !n.endsWith('ي') && !n.endsWith('يه') && !n.endsWith('ه') && n.charCodeAt(2) !== 0x0645 /* م */;
  return t.script === 'arabic' && !t.clitics?.prefixes.length && (!articleWritten(text, t) || definiteName) && t.norm.length >= 3 && !common(t.norm);
}
