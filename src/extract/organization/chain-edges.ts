// Word tests of the head chain reader (chain.ts): what a definite key is, which words end a name and
// which join it, and where an eponym's name ends.
import type { Sentence, Token } from '../../schema.js';
import type { ChainWords } from './chain-words.js';
import { bareKey } from '../lexicon/token-forms.js';
import { accusative, imperfectShape, lastLetter } from '../person/word-shapes.js';

/** A key with the article and a stem after it (not ال alone or a two-letter word). */
export const definite = (key: string): boolean => key.startsWith('ال') && key.length > 3;

/** Nouns of time behind ل, which say when, not what for (نادي الزمالك للموسم الجديد), normalized. */
export const TIME_NOUNS = new Set(['الموسم', 'العام', 'السنه', 'المره', 'الشهر', 'اليوم', 'الاسبوع', 'الفتره', 'الدوره', 'المرحله', 'الجلسه', 'الربع']);

/** Adjectives of portfolios not in nisba form (الأشغال العامة, التعليم العالي is one), normalized. */
const PLAIN_ADJECTIVES = new Set(['العامه', 'العام', 'العليا', 'الكبري', 'الاعلي', 'الوسطي', 'الصغري', 'المتجدده', 'المتجدد']);

/** A nisba or another adjective after a ministry's portfolio: a noun ends the name there. */
/** A listed adjective: a nisba, an adjective of scope or a plain one. */
export function listedAdjective(key: string, w: ChainWords): boolean {
  return w.nisba.has(key) || w.org.scope.has(key) || PLAIN_ADJECTIVES.has(key);
}

export function adjectiveShape(key: string, w: ChainWords): boolean {
  return key.endsWith('ي') || key.endsWith('يه') || w.nisba.has(key) || w.org.scope.has(key) || PLAIN_ADJECTIVES.has(key);
}

/**
 * Shaped like an adjective, a definite key: a nisba or listed adjective, a participle (المتحدة, المستقلة),
 * an elative (الأحمر, الأعلى, العليا, الكبرى) or فعيل (الجديدة, الكبير). A plural (النتائج) is not, nor
 * فاعلة, which names things as often as it describes them (الجائزة, الحاجة beside القابضة).
 */
export function adjectiveLike(key: string, w: ChainWords): boolean {
  if (adjectiveShape(key, w)) return true;
  const stem = key.slice(2);
  const n = stem.length - (stem.endsWith('ه') ? 1 : 0); // letters before a feminine ending
  return (stem.startsWith('م') && stem.length >= 4) || (stem.startsWith('ا') && stem.length === 4) || (stem.length === 4 && stem.endsWith('ا')) || (n === 4 && stem.charCodeAt(2) === 0x064a /* ي: فعيل */);
}

/** An adjective that may be annexed to a definite noun (المتوسطة الأجل, المحدودة المسؤولية): adjective-like, no nisba. */
export function annexingAdjective(key: string, w: ChainWords): boolean {
  return adjectiveLike(key, w) && !key.endsWith('ي') && !key.endsWith('يه') && !w.nisba.has(key);
}

/** The most words of a person's name after a title in an eponym (عبد الله بن عبد العزيز: five). */
const MOST_EPONYM_WORDS = 6;

/** Where the name of the person after an eponym title ends: bare words without the article, بن between them. */
/** آل (the house of), normalized. */
const HOUSE = 'ال';

export function eponymNameEnd(tokens: readonly Token[], from: number, sentence: Sentence, w: ChainWords): number {
  let j = from;
  while (j < sentence.tokenEnd && j - from < MOST_EPONYM_WORDS) {
    const t = tokens[j]!;
    // صندوق الملك عبدالله الثاني للتنمية: a regnal ordinal after the name is the name's.
    if (j > from && w.ordinals.has(t.norm)) {
      j++;
      continue;
    }
    // مستشفى الأمير راشد بن الحسن العسكري: after بن a definite name is the father's; after عبد, the
    // divine name of a compound (مركز الملك عبد الله بن عبد العزيز).
    const afterLink = j > from && (tokens[j - 1]!.norm === 'بن' || tokens[j - 1]!.norm === 'عبد');
    // مستشفى الأميرة بسمة: a listed name as written, though the splitter reads ب + سمة.
    if (t.kind !== 'word' || t.script !== 'arabic' || (t.clitics?.prefixes.length && !w.given(t.norm)) || (definite(t.norm) && !afterLink) || w.verbs.has(t.norm)) break;
    if (w.stop.has(t.norm) && t.norm !== 'بن') break;
    // مدرسة السلطان حسن تستقبل يوميا: after the first name, an imperfect verb or an accusative is the sentence.
    // جامعة القاضي عياض اتفاقية: … and so is a word of the lists or a noun in ة, the verb's object.
    // مركز الشيخ إبراهيم بن محمد آل خليفة: after آل the house's name, whatever word it spells, ends the name.
    if (j > from && tokens[j - 1]!.norm === HOUSE) return j + 1;
    if (j > from && (imperfectShape(t.norm) || accusative(t.norm) || w.common.has(t.norm) || lastLetter(w.text, t) === 0x0629 /* ة */)) break;
    j++;
  }
  return tokens[j - 1]?.norm === 'بن' ? j - 1 : j;
}

/** Prepositions a verbal noun governs (الحصول على, الحد من), normalized. */
const GOVERNED = new Set(['من', 'على', 'علي', 'الي', 'إلى', 'عن', 'مع', 'في']);

/** Does the token at j, in the sentence, open a phrase a verbal noun governs? */
export function governsPreposition(tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  return j < sentence.tokenEnd && GOVERNED.has(tokens[j]!.norm);
}

/** ابن, بن, أبو, normalized: a man known by his lineage or kunya (ابن سينا, أبو بكر). */
export const LINEAGE = new Set(['ابن', 'بن', 'ابو']);

/** The one word after ابن or أبو in an eponym: no proclitic, no function word or verb. */
export function lineageObject(tokens: readonly Token[], j: number, sentence: Sentence, w: ChainWords): boolean {
  const t = tokens[j];
  return t !== undefined && j < sentence.tokenEnd && t.kind === 'word' && t.script === 'arabic' && !t.clitics?.prefixes.length && !w.stop.has(t.norm) && !w.verbs.has(t.norm);
}

/** الدكتور, normalized: hospitals and schools are named after doctors too. */
const DOCTOR = 'الدكتور';

/** بن, بنت, آل (normalized): the links of a lineage. */
const LINEAGE_LINKS = new Set(['بن', 'بنت', 'ال']);

/**
 * Where the lineage an institution is named after ends (مؤسسة محمد بن راشد آل مكتوم للمعرفة, مستشفى
 * خليفة بن زايد): a listed given name (or عبد and its word), then بن, بنت or آل and a bare word, once or
 * more. -1 when no link follows the first name.
 */
export function lineageNameEnd(tokens: readonly Token[], j: number, sentence: Sentence, w: ChainWords): number {
  const unit = (k: number): number => {
    const t = tokens[k];
    if (t === undefined || k >= sentence.tokenEnd || t.clitics?.prefixes.length) return -1;
    if (w.given(t.norm)) return k + 1;
    return t.norm === 'عبد' && lineageObject(tokens, k + 1, sentence, w) ? k + 2 : -1;
  };
  let end = unit(j);
  let links = 0;
  while (end > 0 && end + 1 < sentence.tokenEnd && LINEAGE_LINKS.has(tokens[end]!.norm)) {
    const next = unit(end + 1);
    if (next > 0) end = next;
    else if (lineageObject(tokens, end + 1, sentence, w)) end += 2;
    else break;
    links++;
  }
  // مركز حيدر علييف, مستشفى مجدي يعقوب: a given name and a family name, without a link; مؤسسة محمد
  // الخامس للتضامن: a ruler's given name and his regnal number.
  // مؤسسة عبد الحميد شومان: the given name may be a compound in عبد.
  if (links === 0 && end > 0 && end < sentence.tokenEnd && (w.surnameAt(end) || w.ordinals.has(tokens[end]!.norm))) return end + 1;
  // مستشفى حمد العام, مستشفى راشد في دبي: a given name alone, no word too, before the body's adjective
  // or where the phrase closes.
  if (links === 0 && end === j + 1 && w.givenOnly(tokens[j]!.norm) && closesEponym(tokens, end, sentence, w)) return end;
  // مجموعة يوسف بن أحمد كانو: a lineage may end with the family name.
  if (links > 0 && end < sentence.tokenEnd && w.surnameAt(end)) return end + 1;
  return links > 0 ? end : -1;
}

/**
 * Where the name of the person an institution is named after ends, right after its head at token j, or -1
 * when none stands there: a title and the name (مستشفى الملك فيصل التخصصي, جامعة الإمام محمد بن سعود), a
 * lineage or kunya (جامعة ابن زهر, مدرسة أبو بكر), or a given name and its lineage (مؤسسة محمد بن راشد
 * آل مكتوم).
 */
export function personNameEnd(tokens: readonly Token[], j: number, sentence: Sentence, w: ChainWords): number {
  const bare = bareKey(tokens[j]!);
  // … or a doctor (مستشفى الدكتور سليمان فقيه), or a role things are named for (جامعة القاضي عياض).
  if (w.eponymTitles.has(bare) || bare === DOCTOR || w.eponymRoles.has(bare)) {
    const end = eponymNameEnd(tokens, j + 1, sentence, w);
    return end > j + 1 ? end : -1;
  }
  if (LINEAGE.has(bare)) return lineageObject(tokens, j + 1, sentence, w) ? j + 2 : -1;
  return lineageNameEnd(tokens, j, sentence, w);
}

/** Is token j, in the sentence, a word with the article and no proclitic? */
export function definiteBare(tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j];
  return t !== undefined && j < sentence.tokenEnd && t.kind === 'word' && !t.clitics?.prefixes.length && definite(t.norm);
}

/** العام, normalized: 'general' after a name, 'the year' elsewhere. */
export const GENERAL = 'العام';

/** العام, العامة, normalized: a scope adjective right after a definite head. */
export const GENERAL_SCOPE = new Set(['العام', 'العامه']);

/** Words after العام that make it the year (العام الماضي, العام الدراسي), normalized. */
export const YEAR_WORDS = new Set(['الماضي', 'المقبل', 'الحالي', 'الجاري', 'القادم', 'المنصرم', 'الفائت', 'السابق', 'الدراسي', 'المالي', 'الجديد', 'الاول', 'الثاني', 'الاخير']);

/**
 * هيئة تقويم التعليم, هيئة مقاومة الجدار: a verbal noun of the form تفعيل or مفاعلة right after an indefinite
 * head (at j), with its definite object, is a mandate as the listed ones are; not after a committee or a
 * council, named for a task as often as they are described by one (لجنة تحكيم المسابقة, a jury).
 */
export function unlistedMandate(tokens: readonly Token[], j: number, sentence: Sentence, headKey: string, bare: string): boolean {
  return !TASK_HEADS.has(headKey) && mandateShape(bare) && j + 1 < sentence.tokenEnd && definite(tokens[j + 1]!.norm);
}

/** Committees and councils (لجنة, مجلس), normalized. */
const TASK_HEADS = new Set(['لجنه', 'مجلس']);

/**
 * The verbal noun of form II, تفعيل (تقويم, تنشيط, تحرير), or of form III, مفاعلة (مقاومة, معالجة),
 * normalized: what a body is set up to do.
 */
function mandateShape(n: string): boolean {
  const c = (k: number): number => n.charCodeAt(k);
  return (n.length === 5 && c(0) === 0x062a /* ت */ && c(3) === 0x064a /* ي */) || (n.length === 6 && c(0) === 0x0645 /* م */ && c(2) === 0x0627 /* ا */ && c(5) === 0x0647 /* ة folded */);
}

/** Adjectives a hospital or a school named for a man takes after his name (مستشفى حمد العام), normalized. */
export const INSTITUTION_ADJECTIVES: ReadonlySet<string> = new Set(['العام', 'التخصصي', 'الطبي', 'الجامعي', 'الخيري', 'الاستشفائي']);

/** Does the name of an eponym end before token k: the sentence's end, a mark, a function word or the body's adjective? */
function closesEponym(tokens: readonly Token[], k: number, sentence: Sentence, w: ChainWords): boolean {
  if (k >= sentence.tokenEnd) return true;
  const t = tokens[k]!;
  return t.kind === 'punct' || w.stop.has(t.norm) || INSTITUTION_ADJECTIVES.has(t.norm) || w.org.scope.has(t.norm);
}
