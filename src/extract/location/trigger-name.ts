// The unlisted name after a place trigger (مدينة الرمادي, قرية بني زيد, حي الزيتون): which word after a
// trigger can be a place's name, and how far the name runs.
import type { Sentence, Token } from '../../schema.js';
import { hasTanween } from '../lexicon/scan.js';
import { NO_PREFIXES, tokenForms } from '../lexicon/token-forms.js';
import { hollowPastFeminine, imperfectInitial, imperfectShape, lastLetter } from '../person/word-shapes.js';
import { keyedSetOf } from '../common/words.js';
import nameAdjectives from './data/name-adjectives.json';
import squareNames from './data/square-names.json';

/** Adjectives of size and direction that go with a place's name (data/name-adjectives.json). */
/** Adjectives of size or direction that end a place's name (الكبرى, الشرقي), keyed. */
export const nameAdjectiveSet = keyedSetOf(nameAdjectives.words);

/** The feminine words of direction, which name governorates and provinces (محافظة الوسطى, الشمالية). */
const feminineDirectionSet = keyedSetOf(['الوسطى', 'الشمالية', 'الجنوبية', 'الشرقية', 'الغربية']);

/** Common words that name squares and streets (data/square-names.json), keyed. */
const squareNameSet = keyedSetOf(squareNames.words);

/** Elatives that compare a place with its class (أكبر مدينة, أعلى قمة), keyed. */
const elativeSet = keyedSetOf(['أكبر', 'أصغر', 'أعلى', 'أطول', 'أقدم', 'أحدث', 'أهم', 'أجمل', 'أشهر', 'أعمق', 'أغنى', 'أفقر', 'أكثر', 'أقل', 'أبعد', 'أقرب', 'أوسع', 'أكثف', 'أخطر']);

/** ولاية: a state, or a term of office. */
const TERM = 'ولايه';
/** What ولاية governs as an office, not a state: ولاية العهد (the crown), ولاية الفقيه, ولاية الأمر. Normalized. */
const OFFICES = new Set(['العهد', 'الفقيه', 'الامر']);
/** Streets, squares and quarters, normalized: named for a man, they take his names. */
const STREETS = new Set(['شارع', 'ميدان', 'ساحه', 'حاره', 'حي']);

/** حقل: an oil or gas field, or a field of study or of mines. */
const FIELD = 'حقل';

/**
 * منطقة, the most general place noun, more often takes a description than a name (منطقة حرة, منطقة
 * الخطر, منطقة الحدود, منطقة الشمال), and مقاطعة is also 'boycott' (مقاطعة المنتجات الأمريكية): after
 * them the name must look like one (weakTriggerName); so is ناحية, also 'side' (من ناحية الغرب, من ناحية أخرى),
 * and so are حارة (also 'hot'), ميدان, ساحة, غابة, شاطئ and حقل, which take descriptions too (ميدان القتال,
 * حقل التعليم). Normalized.
 */
const WEAK = new Set(['منطقه', 'مقاطعه', 'ناحيه', 'حاره', 'ميدان', 'ساحه', 'غابه', 'شاطئ', 'حقل', 'بركان', 'واحه']);

/**
 * The four directions and the centre with the article, normalized: منطقة الشمال is a part of some
 * country, not a name (and الجنوب أفريقي is a compound nisba: person/role-skip.ts).
 */
export const DEFINITE_DIRECTIONS: ReadonlySet<string> = new Set(['الشمال', 'الجنوب', 'الشرق', 'الغرب', 'الوسط']);

/** The sea, the river, the ocean, the lake with the article: شاطئ البحر is a shore, not a place's name. Normalized. */
const GENERIC_WATERS = new Set(['البحر', 'النهر', 'المحيط', 'البحيره']);

/** Triggers before a definite name only: حي and شارع (حي يرزق is 'alive'; شارع مقفر is 'a deserted street'). */
const DEFINITE_ONLY = new Set(['حي', 'شارع']);

/**
 * Triggers before a bare name only, normalized: مديرية صرواح, قضاء سنجار, مملكة غانا (مديرية الأمن is a
 * directorate, قضاء الله a decree, مملكة الحيوان the animal kingdom).
 */
/** محافظة, normalized (and محافظه, «his governor», folds to it). */
export const GOVERNORATE = 'محافظه';

const BARE_ONLY = new Set(['مديريه', 'قضاء', 'مملكه', 'امبراطوريه', 'سلطنه', 'معسكر', 'معركه', 'موقعه']);

/**
 * A battle is named after where it was fought (معركة موهاكس, موقعة بروزة): a bare word not in ة, which
 * is as often an adjective no list holds (معركة طويلة, معركة انتخابية). Normalized.
 */
const BATTLE = new Set(['معركه', 'موقعه']);

/** Words of when and where a battle was fought, normalized: سنة 15, عام 1187, قرب القاهرة. */
const BATTLE_SETTING = new Set(['سنه', 'عام', 'قرب', 'بالقرب', 'عند']);

/**
 * معركة اليرموك سنة 15, معركة الريدانية قرب القاهرة: a battle named after a definite place, where the
 * year or the place near it follows: an unlisted definite word no verbal noun's shape (معركة الانتخابات,
 * معركة التحرير name a struggle, and no year follows them so).
 */
function definiteBattlefield(tokens: readonly Token[], i: number, sentence: Sentence, w: TriggerWords): boolean {
  const next = tokens[i + 1]!;
  const after = tokens[i + 2];
  if (!tokenForms(tokens[i]!).some((f) => BATTLE.has(f.key)) || next.clitics?.prefixes.length || !next.norm.startsWith('ال')) return false;
  if (after === undefined || i + 2 >= sentence.tokenEnd || !BATTLE_SETTING.has(after.norm)) return false;
  const n = next.norm;
  return n.length >= 5 && !w.isCommon(n) && !w.isCommon(n.slice(2)) && !w.nisba.has(n) && !DERIVED_VERBAL_NOUN.test(n);
}

/** Words that open a place name of two words (بني زيد, البو عيثة, آيت عميرة, ود النورة, عين عرب, مرج دابق, باب التبانة, دير البلح, كفر الشيخ, تل أبيب, درب قرمز, the saints and articles of Spanish and Portuguese names: سانتا كلارا, ساو تومي, لوس ريوس, and the villages of Egypt: ميت رهينة, نزلة السمان, عزبة النخل), normalized. */
export const PLACE_NAME_OPENERS = new Set(['بني', 'بنو', 'البو', 'ايت', 'ود', 'عين', 'مرج', 'باب', 'دير', 'كفر', 'تل', 'بيت', 'ام', 'ابو', 'ابي', 'سيدي', 'راس', 'خان', 'بئر', 'بير', 'جبل', 'وادي', 'سان', 'سانت', 'سانتا', 'سانتو', 'ساو', 'ميت', 'نزله', 'عزبه', 'منشاه', 'منيه', 'كوم', 'شبرا', 'برج', 'اولاد', 'سوق', 'مرسي', 'شرم', 'درب', 'لوس', 'لاس']);

/** What the trigger reader needs to know of words. */
export interface TriggerWords {
  text: string;
  /** The document's lexicon key (for the data lists keyed through it). */
  key: (entry: string) => string;
  triggers: ReadonlySet<string>;
  /** Plural place nouns before a list (بمحافظات, مناطق): no name themselves. */
  listTriggers: ReadonlySet<string>;
  /** Triggers after which only a listed place counts (مدن, جزر, العاصمة). */
  listedOnly: ReadonlySet<string>;
  stop: ReadonlySet<string>;
  common: ReadonlySet<string>;
  /** A common word of any list, with or without its article (الخطر, الحدود), or a role's word (الحكم)? */
  isCommon: (norm: string) => boolean;
  nisba: ReadonlyMap<string, string>;
  /** Is the word a person's name (ولاية بوش is a term of office)? */
  personName: (norm: string) => boolean;
  /** Is the word a verb of the lists (مدينة تقع في, قرية يسكنها)? */
  isVerb: (norm: string) => boolean;
  /** Does a person's title start with the word (مدينة الملك عبدالله: named after the king)? */
  isTitle: (norm: string) => boolean;
}

/**
 * Whether the word after a trigger (مدينة, منطقة, قرية …) can be the place's name: not a word joined by
 * و or ف (مدن وقرى), not a trigger itself, not a common adjective (مدينة جديدة), not an indefinite
 * adjective in -ية (منطقة صناعية, منطقة تجارية).
 */
function nameAfterTrigger(next: Token, w: TriggerWords): boolean {
  const prefixes = next.clitics?.prefixes ?? NO_PREFIXES;
  // (فرشانا, فاكاغا: a name's own ف, when what is left is no word: مدينة فكانت is the sentence.)
  const stem = next.clitics?.stem ?? '';
  const ownFa = prefixes.length === 1 && prefixes[0] === 'ف' && !next.clitics!.article && !w.common.has(stem) && !w.stop.has(stem) && !w.isVerb(stem) && !w.isCommon(stem);
  if (prefixes.includes('و') || (prefixes.includes('ف') && !ownFa)) return false;
  // موقعه كأكبر مؤسسة: ك before a word of the lists is «as», no name's letter; بمعسكر لجنود حفظ السلام:
  // ل before one is «for».
  if ((prefixes.includes('ك') || prefixes.includes('ل')) && (w.common.has(stem) || w.isCommon(stem))) return false;
  const name = next.norm;
  if (w.triggers.has(name) || w.common.has(name)) return false;
  return name.startsWith('ال') || !name.endsWith('يه');
}

/** A definite verbal noun of forms VIII (الامتياز), VII (الانتشار) and X (الاستقبال), normalized. */
const DERIVED_VERBAL_NOUN = /^ال(?:ا.ت.ا.|ان..ا.|است..ا.)$/;

/** The counting words with the article, normalized. */
const DEFINITE_NUMBERS = new Set(['الالف', 'المئه', 'المائه', 'المليون']);

/** The end (exclusive token index) of the unlisted name after the trigger at i, or -1 when none is read. */
export function triggeredNameEnd(tokens: readonly Token[], i: number, sentence: Sentence, w: TriggerWords): number {
  const token = tokens[i]!;
  const next = tokens[i + 1]!;
  const name = next.norm;
  const forms = tokenForms(token);
  if (forms.some((f) => w.listedOnly.has(f.key))) return -1;
  // أعلى بحيرة صالحة للملاحة, أكبر مدينة ساحلية: after an elative the noun is the class compared, and the
  // word after it describes it; a name would be definite or listed (أكبر مدن العالم).
  const before = i > sentence.tokenStart ? tokens[i - 1]! : undefined;
  if (before !== undefined && before.kind === 'word' && !before.clitics?.prefixes.length && elativeSet(w.key).has(before.norm) && !name.startsWith('ال')) return -1;
  // بساحة محمد علي, شارع محمد محمود: a street or a square named for a man takes his two listed names.
  const surname = tokens[i + 2];
  if (forms.some((f) => STREETS.has(f.key)) && !next.clitics?.prefixes.length && w.personName(name) && surname !== undefined && i + 2 < sentence.tokenEnd && surname.kind === 'word' && !surname.clitics?.prefixes.length && !surname.norm.startsWith('ال') && w.personName(surname.norm)) return i + 3;
  // ميدان التحرير, ساحة الشهداء: a square named by a word of the lists.
  if (forms.some((f) => STREETS.has(f.key)) && !next.clitics?.prefixes.length && squareNameSet(w.key).has(name)) return i + 2;
  // حي names a district by a definite name (حي الزيتون); before an indefinite word it is 'alive' (حي يرزق).
  // (A word that opens a place's name of two words counts: حي كوم الدكة, حي باب توما.)
  if (forms.some((f) => DEFINITE_ONLY.has(f.key)) && !name.startsWith('ال') && !PLACE_NAME_OPENERS.has(name)) return -1;
  // … and not before a common word either (مديرية صحة عدن: the directorate of health).
  if (forms.some((f) => BARE_ONLY.has(f.key)) && (name.startsWith('ال') || w.isCommon(name)) && !definiteBattlefield(tokens, i, sentence, w)) return -1;
  if (forms.some((f) => BATTLE.has(f.key)) && lastLetter(w.text, next) === 0x0629 /* ة */ && !definiteBattlefield(tokens, i, sentence, w)) return -1;
  // محافظة المهرجان, محافظة المعرض: before a listed common noun محافظة is a commissariat (Maghrebi usage);
  // a governorate has a name of its own, which the lexicon lists.
  // (But محافظة الوسطى, the governorate of Oman: a feminine word of direction alone names the governorate.)
  if (forms.some((f) => f.key === GOVERNORATE) && name.startsWith('ال') && w.isCommon(name.slice(2)) && !feminineDirectionSet(w.key).has(name)) return -1;
  // ولاية بوش, ولاية صالح الأخيرة: before a person's name ولاية is a term of office.
  // ولاية الرئيس إميل لحود: before a title too.
  if (forms.some((f) => f.key === TERM) && (w.personName(name) || OFFICES.has(name) || w.isTitle(name))) return -1;
  // تعد كل محافظة دائرة انتخابية: an indefinite word with an indefinite adjective in -ية after it is a
  // noun described, no place's name.
  const described = tokens[i + 2];
  if (!name.startsWith('ال') && described !== undefined && i + 2 < sentence.tokenEnd && described.kind === 'word' && !described.clitics?.prefixes.length && !described.norm.startsWith('ال') && described.norm.length >= 5 && described.norm.endsWith('يه') && lastLetter(w.text, described) === 0x0629 /* ة */) return -1;

  // بولاية ثالثة, ولاية جديدة: an indefinite adjective in ة after ولاية counts the terms of office.
  if (forms.some((f) => f.key === TERM) && !name.startsWith('ال') && lastLetter(w.text, next) === 0x0629 /* ة */) return -1;
  // مدينة مقدسة, مدينة مهمة: the feminine of a listed adjective or noun is no name; نهر موسمي: nor the
  // nisba of a listed noun.
  if (!name.startsWith('ال') && (lastLetter(w.text, next) === 0x0629 /* ة */ || name.endsWith('ي')) && w.isCommon(name.slice(0, -1))) return -1;
  // بلدة مجاورة, منطقة محاذية: an indefinite active participle of the pattern مفاعلة describes the place.
  if (!name.startsWith('ال') && name.length === 6 && name.startsWith('م') && name.charCodeAt(2) === 0x0627 /* ا */ && lastLetter(w.text, next) === 0x0629 /* ة */) return -1;
  // ولاية بأيدي الحركة: ب and a noun governing the next word is a phrase, no name.
  // (Not a name in ة whose ب is its own, before its participle: بلدة بريانة الواقعة.)
  if (next.clitics?.prefixes.length === 1 && next.clitics.prefixes[0] === 'ب' && !next.clitics.article && lastLetter(w.text, next) !== 0x0629 && i + 2 < sentence.tokenEnd && tokens[i + 2]!.norm.startsWith('ال') && !w.nisba.has(tokens[i + 2]!.norm) && !/ي(?:ه|ة)?$/.test(tokens[i + 2]!.norm)) return -1;
  // مدينة الألف قبة, the city of a thousand domes: a number word counts, it names nothing.
  // (خسر معركة ولم يخسر: a function word behind و too, which short words are not split for.)
  if (w.stop.has(name) || (name.startsWith('و') && w.stop.has(name.slice(1))) || DEFINITE_NUMBERS.has(name) || w.nisba.has(name) || hasTanween(w.text, next) || (name.length < 3 && !PLACE_NAME_OPENERS.has(name)) || !nameAfterTrigger(next, w)) return -1;
  // قرية بمحافظات الصعيد: another place noun, behind its proclitic, is no name.
  if (tokenForms(next).some((f) => w.triggers.has(f.key) || w.listTriggers.has(f.key))) return -1;
  // مدينة الملك عبدالله, حي الأمير سلطان: a place named after a person, title and all, is no name of one
  // word; with the person's one listed given name after the title it is the place's name (قرية الشيخ فضل,
  // مدينة الشيخ زايد), after a weak trigger too (منطقة السيدة زينب).
  if (w.isTitle(name)) return titledPlaceEnd(tokens, i, sentence, w);
  if (forms.some((f) => WEAK.has(f.key)) && !weakTriggerName(next, w)) return -1;
  // حقل الألغام, حقل الأبحاث: a definite broken plural of the pattern أفعال after حقل is what the field holds.
  if (forms.some((f) => f.key === FIELD) && /^الا..ا.$/.test(name)) return -1;
  // منطقة الامتياز, ساحة الاستقبال, بلدية الاحتلال: a definite verbal noun of the derived forms VIII,
  // VII and X after a place noun says what the area is for, or whose the body is.
  if (DERIVED_VERBAL_NOUN.test(name)) return -1;
  // بلدية المنطقة: a place noun with the article is the place spoken of; مدينة كبرى: a common word
  // without ة describes (مدينة بورصة is Bursa); 12 بلدية: a counted place noun names none.
  if ((name.startsWith('ال') && w.triggers.has(name.slice(2))) || (!name.startsWith('ال') && lastLetter(w.text, next) !== 0x0629 && w.isCommon(name))) return -1;
  if (tokens[i - 1]?.kind === 'number' && !token.clitics?.prefixes.length) return -1;
  // مدينة تتهاوى جسورها, قرية يسكنها, مدينة تقع في: a verb describing the place, not its name.
  if (plainImperfect(name) || w.isVerb(name)) return -1;
  // إمارة دامت 170 عاما, مدينة عاشت: the feminine past of a hollow verb (فالت) agreeing with the place noun.
  if (hollowPastFeminine(name) && !PLACE_NAME_OPENERS.has(name)) return -1;
  // قرية بني زيد, بلدة عين عرب, مخيم دير البلح: a word that opens place names takes the word after it.
  const second = tokens[i + 2];
  const two = PLACE_NAME_OPENERS.has(name) && second !== undefined && i + 2 < sentence.tokenEnd && second.kind === 'word' && second.script === 'arabic' && second.clitics?.prefixes[0] !== 'و' && !w.stop.has(second.norm);
  // مقاطعة هوما باي, منطقة ليبتاكو غورما: a transliterated name of two words, the second bare and no word
  // of the lists, where the phrase closes after it.
  // (ود alone, two letters, names nothing: only with its second word.)
  if (!two && name.length < 3) return -1;
  // قرية ميت أبو الكوم: the second word may open a name of two words itself.
  const third = two && PLACE_NAME_OPENERS.has(second.norm) ? tokens[i + 3] : undefined;
  const three = third !== undefined && i + 3 < sentence.tokenEnd && third.kind === 'word' && third.script === 'arabic' && !third.clitics?.prefixes.length && !w.stop.has(third.norm);
  const end = three ? i + 4 : two ? i + 3 : secondBareWord(tokens, i + 2, sentence, w) ? i + 3 : i + 2;
  // قرية سنبو الكبرى, إقليم الكاب الشرقي: an adjective of size or direction is part of the name.
  const after = tokens[end];
  return after !== undefined && end < sentence.tokenEnd && !after.clitics?.prefixes.length && nameAdjectiveSet(w.key).has(after.norm) ? end + 1 : end;
}

/**
 * Is the word at j the second word of a transliterated place name after its first: bare (no proclitic, no
 * article, no tanween), no word of the lists, title or verb, and followed by a mark, a function word, a
 * word behind ب, ل or و, or the sentence's end? The first word must be bare and unlisted too (checked by
 * the caller's reading).
 */
function secondBareWord(tokens: readonly Token[], j: number, sentence: Sentence, w: TriggerWords): boolean {
  const first = tokens[j - 1]!;
  const t = tokens[j];
  if (t === undefined || j >= sentence.tokenEnd || first.norm.startsWith('ال') || first.clitics?.prefixes.length) return false;
  if (t.kind !== 'word' || t.script !== 'arabic' || t.clitics?.prefixes.length || t.norm.startsWith('ال') || t.norm.length < 3 || hasTanween(w.text, t)) return false;
  const n = t.norm;
  // (مثلها, حولهم: a word with a pronoun is the sentence going on; مصابتين, a feminine dual, an adjective;
  // not the names in -ستان.)
  const last = lastLetter(w.text, t);
  if (w.stop.has(n) || w.isCommon(n) || w.nisba.has(n) || w.nisba.has('ال' + n) || w.isTitle(n) || w.isVerb(n) || w.personName(n) || plainImperfect(n) || w.triggers.has(n) || last === 0x0629 /* ة */ || last === 0x0647 /* ه */ || n.endsWith('ها') || n.endsWith('هم') || n.endsWith('هما') || (n.length >= 6 && /(?:تين|تان)$/.test(n) && !n.endsWith('ستان'))) return false;
  // (A word behind ب, ل or و opens the next phrase: قرية تاغزوت نايت بمنطقة الأطلس.)
  const after = tokens[j + 1];
  return after === undefined || j + 1 >= sentence.tokenEnd || after.kind === 'punct' || w.stop.has(after.norm) || (after.kind === 'word' && after.clitics !== undefined && after.clitics.prefixes.length > 0 && 'بلو'.includes(after.clitics.prefixes[0]!));
}

/**
 * An imperfect verb no place is named like: ي and four letters or more (يسكنها, يبلغ; ينبع and يفرن are
 * listed), or the two letters of the forms V, VI and X (تتهاوى, يستقبل). Places in ت and ن (تطوان,
 * نواكشوط) open like an imperfect of form I, so that shape alone says nothing.
 */
function plainImperfect(n: string): boolean {
  return imperfectInitial(n) || (n.length >= 5 && /^(?:[تين]ت|[تين]ست)/.test(n));
}

/**
 * Can the word after منطقة be a name? Not a common word with or without its article (منطقة الخطر), a
 * direction (منطقة الشمال), a definite plural (منطقة البحيرات), a noun with its pronoun (منطقة قطرها),
 * an indefinite word in ة (منطقة حرة, منطقة جافة: adjectives) or an imperfect verb (منطقة يحظر فيها; a
 * longer word opening like one is a transliterated name: تاسيكمالايا).
 */
function weakTriggerName(next: Token, w: TriggerWords): boolean {
  const n = next.norm;
  // مقاطعة لينكولنشاير: a first letter the splitter reads as ل, ب or ك is the name's own when what is left is no word.
  const c = next.clitics;
  const ownLetter = c !== undefined && c.prefixes.length === 1 && 'لبك'.includes(c.prefixes[0]!) && !c.article && c.stem.length >= 5 && !w.isCommon(c.stem) && !w.stop.has(c.stem);
  if ((c?.prefixes.length && !ownLetter) || w.isCommon(n) || DEFINITE_DIRECTIONS.has(n) || GENERIC_WATERS.has(n)) return false;
  if (n.startsWith('ال') ? n.endsWith('ات') : lastLetter(w.text, next) === 0x0629 /* ة */ || (imperfectShape(n) && n.length <= 6)) return false;
  // واحة الأصوليين, منطقة الفلسطينيين: a people's plural (-يين, -يون) is whose the place is, not its name.
  if (n.startsWith('ال') && (n.endsWith('يين') || n.endsWith('يون'))) return false;
  return !(n.endsWith('ها') || n.endsWith('هم') || lastLetter(w.text, next) === 0x0647 /* ه */);
}

/**
 * The end of a place named after a person with a title (مدينة الشيخ زايد): the title with the article, then one
 * bare listed given name that ends the phrase (a mark, a function word, a proclitic, a definite word or the
 * sentence's end after it); -1 otherwise. A longer name (مدينة الملك عبدالله الاقتصادية) is left alone.
 */
function titledPlaceEnd(tokens: readonly Token[], i: number, sentence: Sentence, w: TriggerWords): number {
  const title = tokens[i + 1]!;
  const given = tokens[i + 2];
  if (!title.norm.startsWith('ال') || title.clitics?.prefixes.length || given === undefined || i + 2 >= sentence.tokenEnd) return -1;
  if (given.kind !== 'word' || given.clitics?.prefixes.length || given.norm.startsWith('ال') || !w.personName(given.norm) || w.isCommon(given.norm)) return -1;
  const after = tokens[i + 3];
  // (Not ل and a field: مدينة الملك عبدالعزيز للعلوم والتقنية is an institution named so.)
  const field = after !== undefined && after.clitics?.prefixes[0] === 'ل' && after.clitics.article;
  const ends = after === undefined || i + 3 >= sentence.tokenEnd || after.kind !== 'word' || w.stop.has(after.norm) || ((after.clitics?.prefixes.length ?? 0) > 0 && !field);
  return ends ? i + 3 : -1;
}
