// An institution named by a transliterated proper name after its head: جامعة برينستون, كلية ترينيتي.
import type { Sentence, Token } from '../../schema.js';
import { hasTanween } from '../lexicon/scan.js';
import { bareKey } from '../lexicon/token-forms.js';
import { derivedVerbalNoun, imperfectShape, lastLetter } from '../person/word-shapes.js';
import { SURNAME_LETTERS as LETTERS } from '../person/initial-letters.js';
import type { ChainWords } from './chain.js';

/**
 * Words that open an Arabic name, normalized (عبد, أبو, ابن): جامعة عبد المالك السعدي is named after a
 * person, whose name this reader would cut after its first word.
 */
const ARABIC_NAME_OPENERS = new Set(['عبد', 'ابو', 'أبو', 'ابن', 'بن', 'بنت']);

/** At most this many unlisted words make the name (جامعة ماك ماستر). */
const MAX_WORDS = 2;

/**
 * Can the word at j be part of a transliterated name? Bare (no proclitic, no article, no tanween), not
 * written with ة, and no word any list knows: not a function word, verb, common word, nisba, head or
 * place (a place after the head is read by the chain: جامعة القاهرة).
 */
function unlistedWord(tokens: readonly Token[], j: number, text: string, w: ChainWords, common: ReadonlySet<string>, wawOwn = false): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  if (t.kind !== 'word' || t.script !== 'arabic' || n.length < 3 || n.startsWith('ال') || ARABIC_NAME_OPENERS.has(n)) return false;
  if (hasTanween(text, t) || lastLetter(text, t) === 0x0629 /* ة */) return false;
  // ستطلب, سيعلن: the future marker before a listed present verb is the sentence going on.
  if (n.length >= 5 && n[0] === 'س' && 'تينا'.includes(n[1]!) && (common.has(n.slice(1)) || w.verbs.has(n.slice(1)))) return false;
  // معهد سلفي أسسه الشيخ: a listed verb or noun with the pronoun ه is the sentence going on.
  if (n.length >= 4 && lastLetter(text, t) === 0x0647 /* ه */ && (w.verbs.has(n.slice(0, -1)) || common.has(n.slice(0, -1)))) return false;
  // سيارات, منتجات: a feminine plural is a class of things, not a transliterated name.
  if (n.length >= 5 && n.endsWith('ات')) return false;
  // أول جامعة أنشئت, مؤسسة تأسست: a feminine past verb of the derived forms agrees with the head before it.
  if (n.length >= 5 && n.endsWith('ت') && (n.charCodeAt(0) === 0x0627 /* ا */ || n.charCodeAt(0) === 0x062a /* ت */)) return false;
  // حزب إسلامي, حزب حاكم: an indefinite adjective whose definite form a list knows describes the body.
  const adjective = (x: string): boolean => w.org.descriptive.has('ال' + x) || (x.endsWith('ي') && (w.nisba.has('ال' + x) || w.org.ideologies.has('ال' + x) || common.has('ال' + x)));
  const known = (x: string): boolean => w.stop.has(x) || w.verbs.has(x) || common.has(x) || w.nisba.has(x) || w.org.heads.has(x) || w.org.pluralHeads.has(x) || adjective(x);
  // برينستون: a first letter the splitter reads as a proclitic is the name's own when what is left is no word;
  // so is و right after an academic head (كلية وارتون, جامعة وارويك), where no conjunction stands.
  const c = t.clitics;
  const own = (p: string): boolean => LETTERS.has(p) || (wawOwn && p === 'و');
  if (c !== undefined && c.prefixes.length > 0 && (c.article || !c.prefixes.every(own) || known(c.stem))) return false;
  // شركة أمانديس لتوسيع شبكة: ل or ب before a derived verbal noun, listed or not, is a purpose or a means.
  if (c !== undefined && c.prefixes.length === 1 && (c.prefixes[0] === 'ل' || c.prefixes[0] === 'ب') && derivedVerbalNoun(c.stem)) return false;
  // وهو, فيه: a short word behind a proclitic letter, too short for the splitter to read.
  if (LETTERS.has(n[0]!) || n[0] === 'و') {
    if (w.stop.has(n.slice(1))) return false;
  }
  // أرباحها, مقرها: a noun with its pronoun is the sentence going on (سانوفي أرباحها).
  if (j > 0 && (n.endsWith('ها') || n.endsWith('هم') || n.endsWith('هما')) && n.length >= 5 && (common.has(n.slice(0, n.endsWith('هما') ? -3 : -2)) || n.slice(0, -2).endsWith('ات'))) return false;
  // … and so is a noun in ة with its pronoun, listed or not (حزب كوميتو أغلبيتهما: their majority).
  if (j > 0 && n.length >= 6 && (n.endsWith('تها') || n.endsWith('تهم') || n.endsWith('تهما'))) return false;
  // متوجهتين, مشاركين: a participle in م with the ending of a dual or a sound plural is the sentence.
  if (n.length >= 6 && n.startsWith('م') && (n.endsWith('ين') || n.endsWith('ون') || n.endsWith('تان'))) return false;
  // اتفاقا, مشروعا: a listed noun with the alef of the accusative, its tanween unwritten, is the sentence's object.
  if (n.length >= 5 && n.endsWith('ا') && known(n.slice(0, -1))) return false;
  return !known(n) && !w.isPlace(j);
}

/**
 * The end of an academic institution's name read after its head at i (جامعة برينستون, معهد ايفو), when
 * the head takes such names and one or two unlisted words follow it; 0 when not. Heads of other kinds
 * (شركة, مجلس) are left out: after them an unlisted word is as often a common word no list holds.
 */
export function foreignNameEnd(tokens: readonly Token[], i: number, s: Sentence, text: string, w: ChainWords, common: ReadonlySet<string>, ordinals: ReadonlySet<string>): number {
  // حزب ميلوني, حزب أردوغان: a party before a listed family name alone is that leader's party, no name of
  // its own (institutions named for a person keep him: معهد جينر, جامعة كارنيغي ميلون).
  const leader = tokens[i + 1];
  if (leader !== undefined && w.org.partyHeads.has(bareKey(tokens[i]!)) && w.family(leader.norm) && !leader.clitics?.prefixes.length && !unlistedWord(tokens, i + 2, text, w, common)) return 0;
  const end = unlistedRunEnd(tokens, i, s, text, w, common, true);
  if (end === i + 1) return 0;
  // متحف جميل يحتوي: one given name that is also an adjective of the pattern فعيل (جميل: beautiful)
  // describes the body.
  const one = tokens[i + 1]!.norm;
  if (end === i + 2 && one.length === 4 && one.charCodeAt(2) === 0x064a /* ي */ && w.given(one) && !w.givenOnly(one)) return 0;
  // جامعة فؤاد الأول: the regnal number of the king the institution is named after.
  if (end < s.tokenEnd && ordinals.has(tokens[end]!.norm)) return end + 1;
  if (end < s.tokenEnd && fieldNisba(tokens[end]!, w)) return end + 1;
  return Math.max(end, fieldEnd(tokens, end, s, w));
}

/**
 * معهد باسادينا المسرحي, كلية ترينيتي الطبية: a definite nisba of the institution's field is part of its
 * name; a country's nisba (جامعة هارفارد الأمريكية) says where it is and stays outside.
 */
export function fieldNisba(t: Token, w: ChainWords): boolean {
  const n = t.norm;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || !n.startsWith('ال') || n.length < 6 || !(n.endsWith('ي') || n.endsWith('يه'))) return false;
  return !w.nisba.has(n) && !w.stop.has(n) && !w.verbs.has(n) && !w.org.heads.has(n);
}

/** What the company reader asks of the person lists: an Arabic given name; any listed given or family name, or one that is also a word. */
export interface PersonNames {
  arabicGiven(norm: string): boolean;
  listed(norm: string): boolean;
}

/**
 * The end of a company's name read after شركة or مجموعة at i, when one or two unlisted words follow it
 * and then what a company's name ends with: its line of business after ل (شركة نوفا للرعاية الصحية,
 * شركة أوكيو للاستكشاف والإنتاج) or its kind (شركة روشن العقارية, مجموعة ماجد القابضة), or two such words
 * (شركة اميركان ايرلاينز); 0 when not. One word alone is as often a common noun no list holds (شركة سيارات).
 */
export function companyNameEnd(tokens: readonly Token[], i: number, s: Sentence, text: string, w: ChainWords, common: ReadonlySet<string>, kinds: ReadonlySet<string>, names: PersonNames): number {
  const end = unlistedRunEnd(tokens, i, s, text, w, common);
  if (end === i + 1) return taaNameEnd(tokens, i, s, text, w, common);
  // لشركة سوديك أيمن عامر: an Arabic given name and a listed name after the first word open the person the
  // company's role names; the one word before it is the company.
  if (end >= i + 3 && i + 3 < s.tokenEnd && names.arabicGiven(tokens[i + 2]!.norm) && names.listed(tokens[i + 3]!.norm) && !common.has(tokens[i + 2]!.norm)) return i + 2;
  if (end < s.tokenEnd && kinds.has(tokens[end]!.norm)) return end + 1;
  // شركة لوجيكا الناشئة: an adjective that only describes a company says the words before it name one.
  if (end < s.tokenEnd && !tokens[end]!.clitics?.prefixes.length && w.org.companyDescribers.has(tokens[end]!.norm)) return end;
  // شركة سيريبراس الأمريكية, شركة نقدة السعودية: the company's nationality, a definite nisba, after its name.
  if (end < s.tokenEnd && !tokens[end]!.clitics?.prefixes.length && tokens[end]!.norm.startsWith('ال') && w.nisba.has(tokens[end]!.norm)) return end;
  const field = fieldEnd(tokens, end, s, w);
  if (field > end) return field;
  // شركة اميركان ايرلاينز: two unlisted words side by side are a transliterated name; not when the second
  // is an Arabic given name, which opens the person after the company (لشركة سوديك أيمن عامر). A
  // transliterated one is as often the company's own (كونكو فيليبس, نايت فرانك).
  return end - i === 3 && !names.arabicGiven(tokens[i + 2]!.norm) ? end : 0;
}

/**
 * شركة نقدة السعودية, شركة نقدة الناشئة: one word in ة no list holds, then a definite nisba or describer.
 * An indefinite noun takes no definite adjective, so the word is the company's name (i + 2); 0 if not.
 */
function taaNameEnd(tokens: readonly Token[], i: number, s: Sentence, text: string, w: ChainWords, common: ReadonlySet<string>): number {
  if (i + 2 >= s.tokenEnd) return 0;
  const t = tokens[i + 1]!;
  const after = tokens[i + 2]!;
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || t.norm.startsWith('ال') || t.norm.length < 4 || lastLetter(text, t) !== 0x0629 /* ة */ || hasTanween(text, t)) return 0;
  if (common.has(t.norm) || w.stop.has(t.norm) || w.verbs.has(t.norm) || w.org.heads.has(t.norm) || w.nisba.has(t.norm) || w.isPlace(i + 1)) return 0;
  const adjective = !after.clitics?.prefixes.length && after.norm.startsWith('ال') && (w.nisba.has(after.norm) || w.org.companyDescribers.has(after.norm));
  return adjective ? i + 2 : 0;
}

/** One past the unlisted words (at most MAX_WORDS) right after the head at i; `wawOwn`: the first may open with its own و. */
function unlistedRunEnd(tokens: readonly Token[], i: number, s: Sentence, text: string, w: ChainWords, common: ReadonlySet<string>, wawOwn = false): number {
  let end = i + 1;
  while (end < s.tokenEnd && end - i <= MAX_WORDS && unlistedWord(tokens, end, text, w, common, wawOwn && end === i + 1)) end++;
  return end;
}

/**
 * معهد ماساشوستس للتكنولوجيا, كلية سلون للإدارة: the field after ل at `at`, and more fields joined by و,
 * each with at most one definite adjective of its own (للرعاية الصحية, للخدمات المالية).
 */
function fieldEnd(tokens: readonly Token[], at: number, s: Sentence, w: ChainWords): number {
  if (at >= s.tokenEnd || !definiteAfter(tokens[at]!, 'ل')) return at;
  let end = adjectiveEnd(tokens, at + 1, s, w);
  while (end < s.tokenEnd && definiteAfter(tokens[end]!, 'و') && !w.nisba.has(tokens[end]!.clitics!.stem)) end = adjectiveEnd(tokens, end + 1, s, w);
  return end;
}

/** One past a bare definite adjective at j that no list claims as a head, place, verb or function word; j if none. */
function adjectiveEnd(tokens: readonly Token[], j: number, s: Sentence, w: ChainWords): number {
  const t = tokens[j];
  if (t === undefined || j >= s.tokenEnd || t.kind !== 'word' || t.clitics?.prefixes.length || !t.norm.startsWith('ال') || t.norm.length < 5) return j;
  if (w.stop.has(t.norm) || w.verbs.has(t.norm) || w.org.heads.has(t.norm) || w.isNamed(j)) return j;
  return j + 1;
}

/** A definite word behind exactly one proclitic (للتكنولوجيا, والعلوم). */
function definiteAfter(t: Token, proclitic: string): boolean {
  const c = t.clitics;
  return t.kind === 'word' && c !== undefined && c.article && c.prefixes.length === 1 && c.prefixes[0] === proclitic;
}

/** Where the unlisted bare name at j ends (كوفيسترو, سياك موتور كورب), up to three words, no imperfect verb (تعتزم); -1 when none starts there. */
export function bareNameEnd(tokens: readonly Token[], text: string, j: number, s: Sentence, w: ChainWords, common: ReadonlySet<string>): number {
  let k = j;
  while (k < s.tokenEnd && k - j < 3 && unlistedWord(tokens, k, text, w, common) && !imperfectShape(tokens[k]!.norm)) k++;
  return k > j ? k : -1;
}
