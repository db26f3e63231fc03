/**
 * Shapes of Arabic words read from their letters alone, with no lexicon: imperfect verbs, verbal nouns
 * of the derived forms, broken plurals, accusatives, pronoun endings. The name readers ask them before
 * any list (see name-words.ts).
 */
import type { Token } from '../../schema.js';

/**
 * A word of four letters or more opening with ي is mostly an imperfect verb (يقول, يستطيع). Not when
 * an alef follows the ي in a word of six letters or more: an imperfect has an alef there only for a
 * folded hamza (يأكل → ياكل), in short words; Japanese surnames have it (ياماناكا, ياماغوتشي).
 */
export function imperfectInitial(norm: string): boolean {
  // (يوشينو: five letters or more in -و are no imperfect verb; only short defective ones end so: يدعو.)
  return norm.length >= 4 && norm.charCodeAt(0) === 0x064a /* ي */ && !(norm.length >= 6 && norm.charCodeAt(1) === 0x0627 /* ا */) && !(norm.length >= 5 && norm.endsWith('و'));
}

/** The last letter of a token as written (diacritics and tatweel skipped): ة survives normalization here. */
export function lastLetter(text: string, t: Token): number {
  for (let k = t.end - 1; k >= t.start; k--) {
    const c = text.charCodeAt(k);
    if (!((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640)) return c;
  }
  return 0;
}

/**
 * A broken plural of the pattern مفاعيل (مقاليد, مواعيد, مشاريع) or أفاعيل (أحاديث, أساليب, أقاليم): م or
 * alef, a letter, alef, a letter, ي, a letter.
 */
export function brokenPluralShape(n: string): boolean {
  const first = n.charCodeAt(0);
  return n.length === 6 && (first === 0x0645 /* م */ || first === 0x0627 /* ا */) && n.charCodeAt(2) === 0x0627 /* ا */ && n.charCodeAt(4) === 0x064a /* ي */;
}

/**
 * The verbal noun of a derived form (تأجير, إعلان, اجتماع, استقبال, انسحاب), normalized: after ب, ف or ك
 * in a surname's place it is a preposition phrase (بتأجير), not a surname that begins with the letter.
 */
export function derivedVerbalNoun(n: string): boolean {
  const c = (k: number) => n.charCodeAt(k);
  const ALEF = 0x0627;
  if (n.length === 5) return (c(0) === 0x062a /* ت */ && c(3) === 0x064a /* ي */) || (c(0) === ALEF && c(3) === ALEF);
  if (n.length === 6) return c(0) === ALEF && c(4) === ALEF && (c(2) === 0x062a /* ت */ || c(1) === 0x0646 /* ن */);
  return n.length === 7 && n.startsWith('است') && c(5) === ALEF;
}

/**
 * The feminine past of a verb of form VII, VIII or X (انتقلت, اتسعت, استمرت): alef, ن or ت or ست, and
 * a final ت. Arabic names have no such shape; transliterated ones that do (ارنست) are not read here.
 */
export function derivedPastFeminine(n: string): boolean {
  if (n.length < 5 || n.length > 7 || n.charCodeAt(0) !== 0x0627 /* ا */ || n.charCodeAt(n.length - 1) !== 0x062a /* ت */) return false;
  const second = n.charCodeAt(1);
  return second === 0x0646 /* ن */ || second === 0x062a /* ت */ || n.charCodeAt(2) === 0x062a /* ت (and است) */;
}

/**
 * An imperfect of forms V, VI, VIII or X by its first letters: ت or ي, then ت or ست (تستعد, يتجه, تتولى),
 * of four to six letters; no transliterated name opens so.
 */
export function derivedImperfect(n: string): boolean {
  if (n.length < 4 || n.length > 6) return false;
  const c0 = n.charCodeAt(0);
  if (c0 !== 0x062a /* ت */ && c0 !== 0x064a /* ي */) return false;
  const c1 = n.charCodeAt(1);
  return c1 === 0x062a /* ت */ || (c1 === 0x0633 /* س */ && n.charCodeAt(2) === 0x062a /* ت */);
}

/** ي ت ن: the prefixes of imperfect verbs. */
export const IMPERFECT_PREFIXES = new Set([0x064a, 0x062a, 0x0646]);

/**
 * Does a word of four letters or more open like an imperfect verb (يشكل, تعمل, نريد)? Not a word of five
 * letters or more with alef second and no verb ending (ناميك, تاكيشي, ناتاشا): an imperfect has an
 * alef there only for a folded hamza (تاخذ, ناكل), in short words; a past form (تابعت) ends in ت.
 */
export function imperfectShape(norm: string): boolean {
  // (نيزيا, يوليا: five letters or more in -يا are a transliterated woman's name; no verb ends so.)
  // (تيغست, نيلز, نيكولاس: ي right after the prefix belongs only to the few verbs whose first letter is ي
  // (تيأس); words so spelled are transliterated names far more often.)
  // (يوشينو, تاكيتو: five letters or more in -و neither; only a few short defective verbs end so: يدعو, تبدو.)
  // (انزا of لانزا: no imperfect ends in ا, save the plural's وا.)
  return norm.length >= 4 && IMPERFECT_PREFIXES.has(norm.charCodeAt(0)) && !alefSecondName(norm) && !(norm.length >= 5 && (norm.endsWith('يا') || norm.endsWith('و'))) && !(norm.endsWith('ا') && !norm.endsWith('وا')) && norm.charCodeAt(1) !== 0x064a /* ي */;
}

/**
 * A long word opening with ي in no shape of an imperfect verb (يلكوكس of ويلكوكس, يلبرفورس): six letters
 * or more, yet not يستفعل, يتفعّل or ينفعل at the start, not يتفاعل with ا fourth, and no plural, dual or
 * pronoun ending (يحاولون, يشتريها). Shorter imperfects (يلتقي, يعرقل) are too many to tell apart.
 */
export function noImperfectYa(norm: string): boolean {
  // (Seven letters or more with no such ending are past every imperfect's length: يتنغهام of ويتنغهام.)
  if (norm.length >= 7 && norm.charCodeAt(0) === 0x064a) return !VERB_OR_PRONOUN_END.test(norm) && !norm.endsWith('ات');
  return norm.length >= 6 && norm.charCodeAt(0) === 0x064a && !DERIVED_IMPERFECT.test(norm) && norm.charCodeAt(3) !== 0x0627 && !VERB_OR_PRONOUN_END.test(norm);
}

const DERIVED_IMPERFECT = /^(?:يست|يت|ين)/;
const VERB_OR_PRONOUN_END = /(?:ون|ين|ان|وا|ها|هم|هن|كم|نا|ني|ه)$/;

function alefSecondName(norm: string): boolean {
  return norm.length >= 5 && norm.charCodeAt(1) === 0x0627 /* ا */ && !norm.endsWith('ت') && !/(?:ون|ين|ان)$/.test(norm);
}

/** An indefinite accusative (جيشا, اجتماعا): the object of a verb, not the next part of a name. */
export function accusative(norm: string): boolean {
  // A definite word takes no tanween: الرضا, العلا end in a long alef.
  return norm.length >= 4 && norm.endsWith('ا') && !norm.endsWith('يا') && !norm.endsWith('ها') && !norm.startsWith('ال');
}

/**
 * A participle of the derived forms VII, VIII and X in the accusative (منفتحا, منتزعا, مرتفعا, مستغلا): a
 * state of the subject (ومنتزعا مدنا: and taking cities), no place's name and no surname.
 */
export function derivedParticipleAccusative(norm: string): boolean {
  return /^م[^ا]ت[^ا]{2}ا$|^مست[^ا]{2,3}ا$|^من[^ا]{3}ا$/.test(norm);
}

/**
 * Could an unlisted word open a name? Not an imperfect verb (يشكل, تريد), nor a hollow verb's feminine past
 * (سارت), not an abstract noun or
 * adjective in -ية (خارجية), not an indefinite accusative in -ا after three letters (ساكنا, عزما), not a
 * word with the article (`article`: as written, since آلان and إلياس fold to a word opening with ال).
 */
export function likelyFirstName(norm: string, article = norm.startsWith('ال')): boolean {
  if (imperfectShape(norm)) return false;
  // وسارت بيدوان, قالت, عادت: the feminine past of a hollow verb (written ت, not ة); ثابت is listed.
  if (norm.length === 4 && norm.charCodeAt(1) === 0x0627 /* ا */ && norm.endsWith('ت')) return false;
  if (norm.endsWith('يه')) return false;
  if (accusative(norm)) return false;
  return !article;
}

/**
 * An accusative that says how, not who: a participle of the pattern فاعل (ساكنا, قائلا), one in م
 * (مؤكدا, مبتسما) or an adverb in -يا (حاليا). A name in -ا (أشوكا, بامبا) has none of these shapes.
 */
export function adverbialAccusative(n: string): boolean {
  return n.endsWith('ا') && ((n.length === 5 && n.charCodeAt(1) === 0x0627 /* ا */) || (n.length >= 5 && n.charCodeAt(0) === 0x0645 /* م */) || n.endsWith('يا'));
}

/** A word without an object or possessive pronoun at its end (تابعها → تابع, حلمه → حلم); itself if none. */
export function withoutPronoun(word: string): string {
  for (const suffix of ['هما', 'ها', 'هم', 'ه']) if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  return word;
}

/**
 * A word of seven letters or more that begins like an imperfect verb (نيستلروي, تريباثي) but has no
 * ending of a plural, dual or subjunctive verb: singular imperfects that long are rare (نستطيع has six),
 * transliterated surnames that long are common.
 */
export function transliterated(n: string): boolean {
  return n.length >= 7 && !VERB_ENDINGS.some((e) => n.endsWith(e));
}

const VERB_ENDINGS = ['ون', 'ين', 'ان', 'وا'];

/**
 * A transliterated surname's shape for the word after an unlisted first name a title announces (الوزير
 * هريديش تريباثي): long, with no verb ending, and no ending a long Arabic noun or verb has there instead:
 * the plural in -ات, a pronoun (تستقبلها), the nisba in -ية, the feminine past in ت (استقبلت).
 */
export function foreignSurnameShape(n: string): boolean {
  return transliterated(n) && !n.startsWith('ال') && !NOUN_ENDINGS.some((e) => n.endsWith(e));
}

const NOUN_ENDINGS = ['ت', 'ه', 'ها', 'هم', 'يا'];

/**
 * The feminine past of a hollow verb, normalized: a letter, alef, a letter, ت (دامت, عاشت, طالت): after a
 * place noun or a title it agrees with the noun as a verb, and no name of that shape stands there.
 */
export function hollowPastFeminine(n: string): boolean {
  return n.length === 4 && n.charCodeAt(1) === 0x0627 /* ا */ && n.charCodeAt(3) === 0x062a /* ت */ && n.charCodeAt(0) !== 0x0627 && n.charCodeAt(2) !== 0x0627;
}
