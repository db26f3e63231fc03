// The function words an organization name runs through (chain.ts): غير before an adjective, العام as
// 'general', من أجل in a party's purpose, في after a verbal noun of the mandate.
import type { Sentence, Token } from '../../schema.js';
import { bareKey } from '../lexicon/token-forms.js';
import { derivedVerbalNoun } from '../person/word-shapes.js';
import { adjectiveLike, definite, GENERAL, YEAR_WORDS } from './chain-edges.js';
import type { ChainWords } from './chain-words.js';

/** Where the name goes on after a function word: its last token so far, and whether a purpose opened. */
export interface AcrossParticle {
  last: number;
  opensPurpose: boolean;
}

/**
 * The function word at j (a stop word or a verb's spelling) inside the name headed at `head`, `lastGood`
 * its last token so far: how far the name goes on through it, or undefined where it ends the name.
 */
export function acrossParticle(tokens: readonly Token[], j: number, head: number, sentence: Sentence, w: ChainWords, lastGood: number, purpose: boolean): AcrossParticle | undefined {
  const t = tokens[j]!;
  const next = j + 1 < sentence.tokenEnd ? tokens[j + 1] : undefined;
  const nextKey = next ? bareKey(next) : '';
  if (t.norm === 'غير' && definite(nextKey)) return { last: j + 1, opensPurpose: false }; // غير and the adjective after it
  // مستشفى الثورة العام, الاتحاد العام للشغل: العام right after the name is 'general' and ends it or
  // opens its mandate; before a word of time it is the year (بنك مصر العام الماضي), and before another
  // adjective part of a phrase (الرأي العام العربي).
  const nextBare = next !== undefined && !next.clitics?.prefixes.length;
  // (Before a definite noun that is no adjective, العام still ends the name: مديرية الأمن العام القبض على.)
  if (t.norm === GENERAL && lastGood === j - 1 && !YEAR_WORDS.has(nextKey) && !(nextBare && definite(nextKey) && adjectiveLike(nextKey, w))) return { last: j, opensPurpose: false };
  // حزب التكتل من أجل العمل والحريات: in the names of parties and associations, من أجل opens a purpose as
  // ل does (a ministry's office «for» something is a description).
  const afterFor = j + 2 < sentence.tokenEnd ? bareKey(tokens[j + 2]!) : '';
  const headKey = bareKey(tokens[head]!);
  // (The head with the article too: التجمع الشعبي من أجل التقدم, الرابطة الوطنية من أجل الديمقراطية.)
  const headBare = definite(headKey) ? headKey.slice(2) : headKey;
  if (t.norm === 'من' && nextKey === 'اجل' && lastGood > head && definite(afterFor) && !w.isPlace(j + 2) && (w.org.partyHeads.has(headBare) || w.org.namingHeads.has(headBare))) return { last: j + 2, opensPurpose: true };
  // الاتجار في البشر: في after a verbal noun of the mandate; after its object it says where (رعاية الطفل في المدينة).
  const prevKey = bareKey(tokens[j - 1]!);
  if (t.norm === 'في' && purpose && definite(nextKey) && definite(prevKey) && derivedVerbalNoun(prevKey.slice(2)) && !NOT_VERBAL_NOUNS.has(prevKey) && !w.nisba.has(prevKey) && !w.isPlace(j + 1)) return { last: j + 1, opensPurpose: false };
  // الرابطة التونسية للدفاع عن حقوق الإنسان: defending is «defending what» in the names of leagues and
  // committees; عن and its object (a definite noun, or one in construct with a definite noun) are the name's.
  // (Not after a ministry: وزارة الداخلية للدفاع عن المدينة says what it did.)
  // … and so are preventing, reducing and protecting «from what» (الوكالة الوطنية للوقاية من الكوارث,
  // اللجنة الوطنية للحد من الفقر).
  const governed = (t.norm === 'عن' && prevKey === DEFENCE) || (t.norm === 'من' && FROM_PURPOSES.has(prevKey));
  if (governed && purpose && !headKey.startsWith('وزار') && lastGood === j - 1 && tokens[j - 1]!.clitics?.prefixes[0] === 'ل' && next !== undefined && nextBare) {
    if (definite(nextKey)) return { last: j + 1, opensPurpose: false };
    const after = j + 2 < sentence.tokenEnd ? tokens[j + 2]! : undefined;
    if (after !== undefined && !after.clitics?.prefixes.length && definite(after.norm) && !w.stop.has(nextKey) && !w.verbs.has(nextKey)) return { last: j + 2, opensPurpose: false };
  }
  // المركز الدولي للبحوث الزراعية في المناطق الجافة ( إيكاردا ): in a purpose, في and a definite noun with
  // at most one adjective, when the body's short name in brackets follows: the whole is the name it glosses.
  const glossed = t.norm === 'في' && purpose && definite(nextKey) && !w.isPlace(j + 1) ? glossAfter(tokens, j + 2, sentence) : -1;
  if (glossed > 0) return { last: glossed - 1, opensPurpose: false };
  return undefined;
}

/** الدفاع, normalized: its object follows عن. */
const DEFENCE = 'الدفاع';

/** Purposes whose object follows من (the prevention, reduction, mitigation, protection of), normalized with ة folded or kept. */
const FROM_PURPOSES = new Set(['الوقايه', 'الوقاية', 'الحد', 'التخفيف', 'الحمايه', 'الحماية']);

/**
 * Nouns of the shape of a verbal noun of form IV that are none (الإنسان: لحقوق الإنسان في البيان is the
 * body and where it spoke), as normalized with the alef folded or kept.
 */
const NOT_VERBAL_NOUNS = new Set(['الانسان', 'الإنسان']);

/**
 * One past a definite adjective at k (or k itself) when a short name in brackets follows there: «( word )».
 * -1 when none does.
 */
function glossAfter(tokens: readonly Token[], k: number, sentence: Sentence): number {
  const bracketAt = (at: number): boolean => at + 2 < sentence.tokenEnd && tokens[at]!.norm === '(' && tokens[at + 1]!.kind === 'word' && tokens[at + 2]!.norm === ')';
  if (bracketAt(k)) return k;
  if (k < sentence.tokenEnd && definite(bareKey(tokens[k]!)) && !tokens[k]!.clitics?.prefixes.length && bracketAt(k + 1)) return k + 1;
  return -1;
}

/**
 * The objects of verbs that open a report and take على after them (ألقى القبض على, أسدل الستار على, أطلق
 * النار على, سلط الضوء على), normalized: after an organization named as the subject they are the
 * sentence, not the name.
 */
const IDIOM_OBJECTS = new Set(['القبض', 'الستار', 'النار', 'الضوء']);

/** Is token j the object of such an idiom, with على after it? */
export function objectOfIdiom(tokens: readonly Token[], j: number, sentence: Sentence, key: string): boolean {
  return IDIOM_OBJECTS.has(key) && j + 1 < sentence.tokenEnd && tokens[j + 1]!.norm === 'علي';
}

/**
 * A definite plural (الموانئ, الخدمات) or a field of the pattern فعالة (التقانة, الزراعة): a field a body
 * is named for, not a verbal noun whose preposition follows it (الوكالة الوطنية للموانئ عن انطلاق: عن is
 * the verb's; المعهد الاتحادي السويسري للتقانة في زيوريخ).
 */
export function fieldNoun(key: string): boolean {
  const stem = key.startsWith('ال') ? key.slice(2) : key;
  return (stem.length >= 4 && stem.endsWith('ات')) || (stem.length === 5 && stem.charCodeAt(2) === 0x0627 /* ا: فعائل, مفاعل, فعالة */);
}
