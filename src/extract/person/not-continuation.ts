// The unlisted words that cannot go on a name after its first word (see notContinuation).
import type { Token } from '../../schema.js';
import { articleWritten } from '../common/spelling.js';
import type { NameContext } from './name-chain.js';
import { SON_OF } from './chain-guards.js';
import { bareKey } from '../lexicon/token-forms.js';
import { COMPLEMENTIZERS, noWord, plausibleName, possessed } from './name-words.js';
import { definiteSurnameAt } from './name-words.js';
import { passiveByVowels } from './vowelled-verbs.js';
import { accusative, adverbialAccusative, brokenPluralShape, derivedImperfect, derivedParticipleAccusative, derivedPastFeminine, derivedVerbalNoun, foreignSurnameShape, IMPERFECT_PREFIXES, lastLetter } from './word-shapes.js';
import { COMMON, wordIs } from './word-classes.js';


/** Prepositions a participle takes (المأخوذ عن, المعروف ب…), normalized. */
const PREPOSITIONS = new Set(['عن', 'من', 'في', 'علي', 'الي', 'مع', 'لدي']);

/**
 * An unlisted word that cannot be the next part of a name, whatever came before:
 * - a preposition phrase with a pronoun (بفوزه, بتغلبه): French surnames end in -يه (ديدييه), not these;
 * - a definite word after a transliterated given name (ديدييه ديشان الاحتفاظ): foreign surnames carry no ال;
 * - the accusative of a common noun (هدفا, دورا) or of a title (ملكا);
 * - a word written with ة (جلسة, مرتدية, المطالبة): listed names aside (حمزة, أسامة), a noun or adjective,
 *   except as the bare surname right after a known given name (هاني شحاتة, محمد سلامة), where common
 *   nouns are already stopped by the common-word lists;
 * - a common noun or a preposition with a possessive pronoun (حديثه, قوله, حولها): the sentence going on;
 * - a word opening with ت after an Arabic name (تذوق, تشعر): an imperfect or a verbal noun;
 * - a feminine past verb of the derived forms after an Arabic name (اتسعت, انتقلت, استمرت);
 * - the future of a listed verb (سيحضر, ستطلب, سيكون);
 * - a broken plural of the pattern مفاعيل after an Arabic name (مقاليد, مشاريع);
 * - a definite feminine plural (الاجراءات, المحادثات), and an indefinite one in م (مستجدات);
 * - the dual of a common noun (هدفين);
 * - a passive verb written with its vowels (عُربت, دُفن).
 */
/**
 * The verbal noun of form V (تدرب, تقدم) or VI (تعاون, تبادل), without the article, normalized. Form V has
 * no alef (التراب, a family name and «soil», is no تفعّل).
 */
function formFiveOrSix(stem: string): boolean {
  if (stem.charCodeAt(0) !== 0x062a /* ت */) return false;
  return (stem.length === 4 && !stem.includes('ا')) || (stem.length === 5 && stem.charCodeAt(2) === 0x0627 /* ا */);
}

/** Is the word's second letter, as written, a bare alef (تاجي, not تأتي)? */
function bareAlefSecond(text: string, t: Token): boolean {
  let seen = 0;
  for (let k = t.start; k < t.end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0640) continue;
    if (++seen === 2) return c === 0x0627;
  }
  return false;
}

/** An unlisted definite nisba of six letters or more: no nationality, common word or ordinal. */
function bynameNisba(ctx: NameContext, n: string): boolean {
  return n.length >= 6 && n.startsWith('ال') && n.endsWith('ي') && !n.endsWith('وي') && !ctx.nisba.has(n) && !ctx.people.common.has(n.slice(2)) && !ctx.people.common.has(n.slice(2, -1)) && !ctx.people.common.has(n) && !ctx.people.ordinals.has(n);
}

export function notContinuation(ctx: NameContext, t: Token, foreign: boolean, hasProclitic: boolean, surnameSlot = false): boolean {
  const n = t.norm;
  // (Not a long surname after a foreign given name, where ه writes a final e: غيدو فسترفيله.)
  if (hasProclitic && lastLetter(ctx.text, t) === 0x0647 /* ه, not ة: كبارة */ && !n.endsWith('يه') && !(foreign && surnameSlot && n.length >= 7)) return true;
  // (إلسوورث opens with إ, not the article.) But a nisba no list holds, of a town or a house, is the
  // byname a medieval European name is rendered with (جيرارد الكريموني, روبرت الشستري).
  if (foreign && articleWritten(ctx.text, t) && !bynameNisba(ctx, n)) return true;
  // A passive verb its vowels show (عبد الملك بن مروان عُربت الدواوين): the sentence going on.
  if (passiveByVowels(ctx.text, t)) return true;
  // A common noun with the article (سجل محمد صلاح الهدف, أدرك ناصر منسي التعادل): family names spelled
  // like words are listed (familyWords) and read before this. An epithet of the pattern أفعل stays
  // (الإسكندر الأكبر).
  if (n.length > 4 && n.startsWith('ال') && ctx.people.common.has(n.slice(2)) && !(n.length === 6 && n.startsWith('الا'))) return true;
  // The accusative of a common noun (هدفا, دورا, ردا): even after a foreign name, whose surnames may end in ا.
  if (n.length >= 3 && n.endsWith('ا') && !n.startsWith('ال') && ctx.people.common.has(n.slice(0, -1))) return true;
  // … and of a title, though the title is a name too (تنصيب فيصل ملكا, اختير خالد أميرا, كان والده قسا).
  if (n.length >= 3 && n.endsWith('ا') && !n.startsWith('ال') && ctx.people.titles.longest(`ال${n.slice(0, -1)}`, 0, noWord) !== undefined) return true;
  const last = lastLetter(ctx.text, t);
  // … and after a known given name a definite one that is no noun or adjective of the lists
  // (يوسف الشواربة, هشام الحيصة: Jordanian family names; not الوطنية, not المرحلة).
  const definiteTaaSurname = n.startsWith('ال') && !n.endsWith('يه') && !ctx.people.common.has(n) && !ctx.people.common.has(n.slice(2)) && !ctx.nisba.has(n) && !ctx.people.ordinals.has(n.slice(0, -1));
  if (last === 0x0629 /* ة */ && !(surnameSlot && !hasProclitic && (!n.startsWith('ال') || definiteTaaSurname))) return true;
  // A noun with a possessive pronoun (حديثه, قوله, حلمه, مرماه): written ه, and the word without it is a common noun.
  if (n.length >= 4 && (last === 0x0647 /* ه */ || n.endsWith('ها') || n.endsWith('هم')) && possessed(ctx, n)) return true;
  // … and a verbal noun of a derived form with ه, listed or not (كلارك امتعاضه: his displeasure).
  if (last === 0x0647 && n.length >= 6 && derivedVerbalNoun(n.slice(0, -1))) return true;
  // … and any longer word with ها or هم (بنان حلولها): names do not end so, nouns and verbs with a pronoun do.
  if (n.length >= 5 && (n.endsWith('ها') || n.endsWith('هم'))) return true;
  // (Not with a bare alef after the ت, which no imperfect has but for a hamza left unwritten: هاشم تاجي.)
  if (!foreign && n.length >= 4 && n.charCodeAt(0) === 0x062a /* ت */ && !(surnameSlot && bareAlefSecond(ctx.text, t))) return true;
  // نجيب ساويرس يضخ: an unlisted word of three letters opening with ي is an imperfect of a doubled or hollow
  // root (يضخ, يعد, يرى), the predicate of a headline; names of that shape (يزن) are listed.
  if (n.length === 3 && n.charCodeAt(0) === 0x064a /* ي */ && !hasProclitic) return true;
  // ماسايوشي سون تستعد: an imperfect of the derived forms (تستعد, يتجه, تتولى) even after a foreign name.
  if (derivedImperfect(n)) return true;
  if (!foreign && derivedPastFeminine(n)) return true;
  // بكر شعروا, علي ذهبوا: after an Arab name the plural past of a three-letter root (فعلوا) is a verb; a
  // French surname has the shape too (ماري بون دوبوا).
  if (!foreign && n.length === 5 && n.endsWith('وا') && !n.startsWith('ال')) return true;
  if (futureVerb(ctx, n)) return true;
  // انحناء, اعتداء, امتياز: a verbal noun of form VII of a root in ء or of form VIII, no surname even
  // after a foreign name (فرديناند دي لسبس امتياز حفر).
  if (!n.startsWith('ال') && (n.endsWith('اء') || n.charCodeAt(2) === 0x062a /* ت */) && derivedVerbalNoun(n)) return true;
  if (!foreign && brokenPluralShape(n)) return true;
  // The dual of a common noun (هدفين, مباراتين): محمد صلاح هدفين is a name and a count.
  if (n.endsWith('ين') || n.endsWith('ان')) {
    const singular = n.slice(0, -2);
    if (ctx.people.common.has(singular) || (singular.endsWith('ت') && ctx.people.common.has(singular.slice(0, -1) + 'ه'))) return true;
  }
  // ماهر أبو سمرة شهادات: an indefinite plural of a listed noun is the sentence going on.
  if (!n.startsWith('ال') && n.length >= 5 && n.endsWith('ات') && pluralOfCommon(ctx, n, 0)) return true;
  // … and so is the plural of a participle or a noun of place in م (مستجدات, معلومات, مفاوضات), listed or not.
  if (!n.startsWith('ال') && n.length >= 6 && n.startsWith('م') && n.endsWith('ات')) return true;
  // … unless it is the family name right after a known given name (إبراهيم العربيات, حابس الشبيلات:
  // Jordanian family names of that shape) and no plural of a common noun (محمد الانتخابات).
  return n.startsWith('ال') && n.endsWith('ات') && !(surnameSlot && !hasProclitic && !pluralOfCommon(ctx, n));
}

/** Is a word in -ات, definite unless `article` is 0, the plural of a listed common noun (الانتخابات, شهادات)? */
function pluralOfCommon(ctx: NameContext, n: string, article = 2): boolean {
  const stem = n.slice(article, -2);
  return ctx.people.common.has(stem) || ctx.people.common.has(`${stem}ه`) || ctx.people.common.has(`ال${stem}`) || ctx.people.common.has(`ال${stem}ه`) || ctx.stop.has(stem);
}

/** What the name reader has read when an unlisted word comes: see unlistedGoesOn. */
export interface UnlistedState {
  i: number;
  surnameSlot: number;
  firstKnown: boolean;
  unknownFirst: boolean;
  foreign: boolean;
  known: number;
  /** Unlisted words read in a row just before. */
  unknownRun: number;
  /** An unlisted word with the article has been read. */
  definiteSeen: boolean;
  /** The word's first letter is the surname's own, not a proclitic (خالد كبارة). */
  ownLetter: boolean;
  hasProclitic: boolean;
}

/**
 * Does the unlisted word at j go on the name? One unlisted definite word can be a family name (بشار
 * الأسد); a second, an unlisted word without the article after it (الفراهيدي علم), or one with the
 * article after an unlisted word (عبد الفتاح حدراف الفارق; a nisba there is the family name: محمد مقلد
 * المريخي), is the sentence going on. A word in -ا is an indefinite accusative (ساكنا) unless it is where
 * a surname stands: after a known given name, or after the first word of a name a title announces (معالي
 * شونيتشي ناكاجاوا, البرازيلي دودو سيلفا); the accusative of a listed noun (هدفا) is turned away by
 * notContinuation even there. After a title an unlisted first name takes an unlisted definite family name
 * (المدرب معين الشعباني).
 */
export function unlistedGoesOn(ctx: NameContext, tokens: readonly Token[], j: number, s: UnlistedState): boolean {
  const t = tokens[j]!;
  if (feminineNisbaSurname(ctx, tokens, j, s)) return true;
  const definite = t.norm.startsWith('ال');
  const slot = j === s.surnameSlot;
  if ((s.definiteSeen && !definite) || (s.unknownRun > 0 && definite && !t.norm.endsWith('ي'))) return false;
  // بيتكوفيتش قائمته: a noun whose pronoun the splitter read off is the sentence going on; so is the
  // plural of a listed noun (بن فرحان فعاليات) and a definite feminine participle written with ة (جابر
  // المصنفة 12 عالميا).
  if (t.clitics?.suffix !== undefined) return false;
  const n = t.norm;
  // (A plural in -يات is never a name: فيصل بن مشعل بن سعود بن عبد العزيز فعاليات; nor, after a
  // lineage, an unlisted one in -ات: إيتمار بن غفير باحات الأقصى.)
  if (!definite && n.length >= 6 && n.endsWith('يات')) return false;
  if (!definite && n.length >= 5 && n.endsWith('ات') && j >= 2 && SON_OF.has(tokens[j - 2]!.norm)) return false;
  // لابن سينا مرجعا أساسيا, يوسف بن تاشفين لصد زحف: right after a lineage's connector and its object the
  // name goes on only by a nisba, a family with the article or another connector (listed, read before
  // this); an unlisted indefinite word there is the sentence.
  if (!definite && j >= 2 && SON_OF.has(bareKey(tokens[j - 2]!)) && !s.foreign) return false;
  if (!definite && n.length >= 6 && n.endsWith('ات') && (ctx.people.common.has(n.slice(0, -2)) || ctx.people.common.has(`${n.slice(0, -2)}ه`) || ctx.people.common.has(`${n.slice(0, -2)}ة`))) return false;
  if (definite && n.length >= 6 && n.charCodeAt(2) === 0x0645 /* م */ && lastLetter(ctx.text, t) === 0x0629 /* ة */) return false;
  // جان نوفيل المستوحى من: a definite participle of form X (المستوحى, المستخدم) describes a noun before it.
  // جبريل القوائم الحزبية: the definite broken plural (فواعل) of a listed noun in ة (قائمة) is a noun of the sentence.
  const stem = n.slice(2);
  if (definite && stem.length === 5 && stem[1] === 'و' && stem[2] === 'ا' && ctx.people.common.has(`${stem[0]}ا${stem.slice(3)}ه`)) return false;
  // (A nisba ends in ي as written; المستوحى folds to it.)
  if (definite && n.length >= 7 && n.startsWith('المست') && lastLetter(ctx.text, t) !== 0x064a /* ي */) return false;
  // نوران جوهر التصنيف العالمي: a definite verbal noun of a derived form (التصنيف, التسجيل, الاستقبال) is
  // the sentence going on; the family names of that shape are listed (التوفيق) and read before this.
  // (So are forms V and VI, تفعّل and تفاعل: وبدأ فيلبس التدرب, التعاون.)
  if (definite && !n.endsWith('ي') && (derivedVerbalNoun(n.slice(2)) || formFiveOrSix(n.slice(2)))) return false;
  // وفي عهد المأمون ازدهر, وتبنى المأمون مذهب: a regnal name is the ruler's whole name; what follows is the sentence.
  if (!definite && s.unknownRun === 0 && j === s.i + 1 && ctx.people.regnal.has(tokens[s.i]!.norm)) return false;
  // After an unlisted first name a title announces, a long word of a transliterated surname's shape is
  // read as after a listed foreign name (الوزير هريديش تريباثي), though it opens like an imperfect.
  const foreign = s.foreign || (s.unknownFirst && !s.firstKnown && slot && !s.hasProclitic && foreignSurnameShape(t.norm));
  // قسام نضال دراغمة (, أحمد ناجي جبارة الجبوري: after a given name and the father's, both listed, the
  // family name stands where a surname does, where the name ends or the family's nisba follows (قرينة
  // الرئيس, مذكرة تفاهم are the sentence going on).
  const familySlot = slot || (j === s.i + 2 && s.known >= 2 && !foreign && nameEndsAfter(ctx, tokens, j));
  if (notContinuation(ctx, t, foreign, s.hasProclitic && !s.ownLetter, familySlot && s.firstKnown && s.known > 0) || !plausibleName(ctx, tokens, j, foreign && slot)) return false;
  // الملك عبدالله ضيوفه: a broken plural of the pattern فعول with the pronoun ه (ضيوفه, جنوده, شعوبه) is
  // the verb's object, never a name.
  if (!definite && t.norm.length === 5 && t.norm.charCodeAt(2) === 0x0648 /* و */ && lastLetter(ctx.text, t) === 0x0647 /* ه */) return false;
  // وسام أبو علي أدرك التعادل: after two words of a name or more, an unlisted word of four letters written
  // with أ (not آدمز, إتنو), with no long vowel third (not أنيت) and ending in a consonant (not أكدو, أوشي)
  // is a perfect of form IV or an elative (أدرك, أكبر) when a definite noun, its object, follows it; a name
  // goes on to a preposition or a mark (خميس عبد الله أبكر في).
  const last4 = n.charCodeAt(3);
  const object = j + 1 < tokens.length && tokens[j + 1]!.sentence === t.sentence && tokens[j + 1]!.kind === 'word' && !tokens[j + 1]!.clitics?.prefixes.length && tokens[j + 1]!.norm.startsWith('ال');
  const formIV = n.length === 4 && ctx.text.charCodeAt(t.start) === 0x0623 /* أ */ && n.charCodeAt(2) !== 0x064a && n.charCodeAt(2) !== 0x0648 && last4 !== 0x064a && last4 !== 0x0648 && last4 !== 0x0627;
  if (!definite && object && formIV && j - s.i >= 2) return false;
  // ليصبح جوزيه أنجح مدرب: right after the first name too, an elative before the indefinite noun it governs.
  const next = j + 1 < tokens.length && tokens[j + 1]!.sentence === t.sentence ? tokens[j + 1]! : undefined;
  if (!definite && formIV && next !== undefined && next.kind === 'word' && !next.clitics?.prefixes.length && !next.norm.startsWith('ال') && ctx.people.common.has(next.norm)) return false;
  // بشار بن برد أعمى: four letters written أ…ى are an adjective or an elative (أعمى, أقصى) or a verb of form
  // IV (أملى), not a name's word.
  if (!definite && n.length === 4 && ctx.text.charCodeAt(t.start) === 0x0623 /* أ */ && lastLetter(ctx.text, t) === 0x0649 /* ى */) return false;
  // حقق نابليون أعظم انتصاراته: … or a plural noun with its pronoun (his greatest victories).
  if (!definite && formIV && next !== undefined && next.kind === 'word' && !next.clitics?.prefixes.length && next.norm.length >= 6 && /ات(?:ه|ها|هم)$/.test(next.norm)) return false;
  // مصطفى كامل الخطاب الشهير, النشيد الوطني: an unlisted definite word with a listed adjective after it is
  // a noun phrase of the sentence, not the family name (a role after it, الناطق, follows a whole name; so
  // does a word of naming, عبد الغني الككلي المعروف باسم غنيوة).
  if (definite && j - s.i >= 2 && j + 1 < tokens.length && tokens[j + 1]!.sentence === t.sentence && !tokens[j + 1]!.clitics?.prefixes.length && tokens[j + 1]!.norm.startsWith('ال') && wordIs(ctx.people, tokens[j + 1]!, COMMON) && !ctx.people.titles.startsWith(tokens[j + 1]!.norm) && !knownAsAfter(ctx, tokens, j + 1)) return false;
  // مروان حامد المأخوذ عن رواية: an unlisted definite participle of the pattern مفعول before a preposition
  // is the adjective of what the sentence speaks of (the names of that shape, المنصور, are listed).
  if (definite && n.length === 7 && n.charCodeAt(2) === 0x0645 /* م */ && n.charCodeAt(5) === 0x0648 /* و */ && j + 1 < tokens.length && tokens[j + 1]!.sentence === t.sentence && PREPOSITIONS.has(tokens[j + 1]!.norm)) return false;
  // بيار كوري عنصري البولونيوم: the dual of a listed noun in construct (عنصري, طرفي) before its definite
  // noun is the sentence going on.
  // (Of a noun in ة too: أحمد زكي شخصيتي الرئيسين.)
  if (!definite && object && n.length >= 4 && n.endsWith('ي') && (ctx.people.common.has(n.slice(0, -1)) || (n.endsWith('تي') && ctx.people.common.has(`${n.slice(0, -2)}ه`)))) return false;
  // أعاد ساويرس بناء أعماله: a word in -اء is a verbal noun or a plural (بناء, إنشاء, علماء); the names
  // of that shape are given names the lists hold (علاء, وفاء), read before this.
  // … with the article too (بدأت فيروز الغناء: the singing); listed family names of that shape are read before this.
  if (t.norm.length >= (definite ? 6 : 4) && t.norm.endsWith('اء')) return false;
  // الحسن سيدو إحباط: an unlisted word of the verbal noun's pattern إفعال, written with its hamza, is the
  // sentence going on (the names of that shape, إسحاق, إيهاب, are listed).
  if (!definite && t.norm.length === 5 && t.norm.charCodeAt(3) === 0x0627 /* ا */ && ctx.text.charCodeAt(t.start) === 0x0625 /* إ */) return false;
  // الأزهر منفتحا على: the accusative of a derived participle is the subject's state, no surname.
  if (derivedParticipleAccusative(t.norm)) return false;
  // (The surname's own first letter, read as a proclitic, counts as none: الشيخ أحمد بامبا.)
  if (!foreign && accusative(t.norm) && !(slot && (!s.hasProclitic || s.ownLetter) && ((s.firstKnown && s.known > 0) || s.unknownFirst))) return false;
  // مجمعا ضخما, دورا كبيرا: an accusative noun and the accusative adjective agreeing with it, even where a surname stands.
  // (Not before the accusative of a title: هانتارو ناغاوكا أستاذا, a surname in ا and the role he held.)
  const adjective = tokens[j + 1];
  // (Not before خلفا, «succeeding», an adverb: عبد الله مايغا خلفا له; nor before a word in ا that no list
  // knows as a word, which is the next word of a transliterated name: شوغيل كوكالا مايغا.)
  if (accusative(t.norm) && adjective !== undefined && adjective.sentence === t.sentence && adjective.kind === 'word' && !adjective.clitics?.prefixes.length && accusative(adjective.norm) && adjective.norm !== SUCCEEDING && knownAccusative(ctx, adjective.norm) && !ctx.people.titles.startsWith(`ال${adjective.norm.slice(0, -1)}`)) return false;
  if (!definite) return true;
  const first = tokens[s.i]!;
  return (s.firstKnown && !s.definiteSeen) || (s.unknownFirst && j === s.i + 1 && !first.clitics?.prefixes.length && definiteSurnameAt(ctx, tokens, j));
}

/** خلفا, «succeeding» (خلفا له, خلفا لفلان), normalized: an adverb, not an adjective agreeing with a noun. */
const SUCCEEDING = 'خلفا';

/** Is a word in -ا the accusative of a word the lists know, or of the shape of an adverbial accusative (ضخما, طويلا)? */
function knownAccusative(ctx: NameContext, n: string): boolean {
  const stem = n.slice(0, -1);
  return ctx.people.common.has(stem) || ctx.stop.has(stem) || adverbialAccusative(n) || (n.length === 5 && n.charCodeAt(3) === 0x064a /* ي: فعيلا */);
}

/** The future of a verb of news prose (سيحضر, ستطلب, ستعقد): س, an imperfect prefix, and the past tense's letters. */
export function futureVerb(ctx: NameContext, n: string): boolean {
  // (Four letters too, a doubled root's: سيظل, سيعد.)
  // Not where the rest reads as a definite noun only: ستالمان is no سـ + تـ + المان (Germans).
  // (With the dual or plural ending of a listed imperfect too: أليكس إيوبي سينضمان.)
  if (n.length < 4 || n.charCodeAt(0) !== 0x0633 /* س */ || !IMPERFECT_PREFIXES.has(n.charCodeAt(1))) return false;
  const rest = n.slice(2);
  const numbered = n.length >= 7 && (n.endsWith('ان') || n.endsWith('ون')) && ctx.people.clauseOpeners.has(n.slice(1, -2));
  return ctx.people.pastVerbs.has(rest) || (ctx.people.common.has(rest) && !rest.startsWith('ال')) || ctx.people.common.has(n.slice(1)) || numbered;
}

/**
 * فاطمة الفهرية, رابعة العدوية: right after a woman's listed given name, a definite nisba in -ية written
 * with ة is her family name, unless it is a country's adjective (فاطمة المصرية) or a word of the lists.
 * After a man's it is one too where the name ends after it (مازن الفراية أن, a Jordanian family name): a
 * feminine word agrees with no man's name.
 */
function feminineNisbaSurname(ctx: NameContext, tokens: readonly Token[], j: number, s: UnlistedState): boolean {
  const t = tokens[j]!;
  const n = t.norm;
  if (j !== s.surnameSlot || !s.firstKnown || s.hasProclitic || !(ctx.people.female.has(tokens[s.i]!.norm) || nameEndsAfter(ctx, tokens, j))) return false;
  if (n.length < 6 || !n.startsWith('ال') || !n.endsWith('يه') || lastLetter(ctx.text, t) !== 0x0629 /* ة */ || t.clitics?.prefixes.length) return false;
  const masculine = n.slice(0, -1); // الفهري, the nisba the feminine is made from
  return !ctx.nisba.has(n) && !ctx.nisba.has(masculine) && !ctx.people.common.has(n) && !ctx.people.common.has(n.slice(2)) && !ctx.people.common.has(masculine) && !ctx.isPlace(j) && plausibleName(ctx, tokens, j);
}

/** Does the name end after token j: a mark, the statement, the end, a definite nisba of the family, or a role in apposition? */
function nameEndsAfter(ctx: NameContext, tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  // … بالقول: «by saying», which opens the statement as أن does.
  if (next === undefined || next.sentence !== tokens[j]!.sentence || next.kind === 'punct' || COMPLEMENTIZERS.has(next.norm) || next.norm === 'بالقول') return true;
  if (next.clitics?.prefixes.length) return false;
  // … and so does a role without the article in apposition (محمد أمين عمورة مهاجم فولفسبورغ).
  if (!next.norm.startsWith('ال')) return ctx.people.titles.startsWith(`ال${next.norm}`);
  return next.norm.endsWith('ي') && !wordIs(ctx.people, next, COMMON) && !ctx.nisba.has(next.norm);
}

/** Is token k a word of naming with ب after it (المعروف باسم, الملقب بالفاتح)? (الخطاب الشهير alone is a famous speech.) */
function knownAsAfter(ctx: NameContext, tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return ctx.people.naming.has(tokens[k]!.norm) && next !== undefined && next.sentence === tokens[k]!.sentence && next.clitics?.prefixes[0] === 'ب';
}
