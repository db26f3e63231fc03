// The unlisted speaker of a reporting verb: وقال أنان إن, وأضاف بلازي في بيان.
import { bareKey, NO_PREFIXES } from '../lexicon/token-forms.js';
import { OPENING_QUOTES } from '../common/quotes.js';
import type { Sentence, Token } from '../../schema.js';
import { titleAt } from './context.js';
import { letterNotProclitic } from './initial-letters.js';
import type { NameContext } from './name-chain.js';
import { plausibleName, possessed, statementAfter } from './name-words.js';
import { occasionAfter, taaSurnameSpeaker } from './speaker-setting.js';
import { ambiguousGivenBeforeSurname, definiteSurnameAfterGiven, taaGivenBeforeSurname, taaSurnameAfterGiven } from './speaker-surnames.js';
import { brokenPluralShape, derivedVerbalNoun, imperfectShape, lastLetter, likelyFirstName, transliterated } from './word-shapes.js';
import { fuulVerbalNoun, SON_OF } from './chain-guards.js';
import { futureVerb } from './not-continuation.js';
import { AMBIGUOUS, FAMILY, GIVEN, wordIs } from './word-classes.js';

/**
 * A participle in the sound masculine plural: م + at least three letters + ون / ين (مسلحون, مراقبين). Not
 * with alef right after the م: participles have none there (مقاتلين has it after the first radical),
 * transliterated names do (ماكلين).
 */
function participlePlural(n: string): boolean {
  return n.length >= 6 && n.startsWith('م') && n.charCodeAt(1) !== 0x0627 /* ا */ && (n.endsWith('ون') || n.endsWith('ين'));
}

/**
 * Can token k be a word of an unlisted speaker's name? A bare word — no proclitic, no article (وقالت
 * الوزارة إن is an organization or a role), nothing a lexicon lists as a common word, title, place or
 * nationality.
 */
function speakerWord(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const t = tokens[k]!;
  // A first letter read as a proclitic may be the name's own (وأضاف بلازي), but not ل: after قال it
  // names whom the words were said to (وقال لرويترز).
  const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
  // … unless إن or أن follows and what is left after ل is no word (وأوضح لارسن أن): the addressee
  // stands before the statement's other words (وقال لرويترز إن is a known agency, and not read here).
  // Not a noun with نا, 'our' (وقال لمراسلنا إن).
  // وأشار لقجع إلى أن: the verb's own preposition may come first.
  const statement = statementAfter(tokens, k);
  const ownLam = prefixes.includes('ل') && statement && !t.norm.endsWith('نا');
  // وأضاف كريمي أن: ك, 'like', opens no speaker; before the statement it is the name's own letter, and so
  // is ب before a stem that is a listed name (وأضاف بشيري أن: not «with Shiri»). Not with the article
  // (كالعادة, بالقول), nor before a common word (بوضوح).
  const stem = t.clitics?.stem ?? '';
  const ownKaf = prefixes.length === 1 && statement && !t.clitics!.article && !ctx.people.common.has(stem) && (prefixes[0] === 'ك' || (prefixes[0] === 'ب' && (ctx.people.given.has(stem) || ctx.people.family.has(stem))));
  if ((prefixes.length > 0 && ((prefixes.includes('ل') && !ownLam) || (!letterNotProclitic(ctx, t) && !ownKaf))) || t.norm.startsWith('ال') || t.norm.length < 3) return false;
  // وأضاف بوضوح أن: ب and a verbal noun say how, not who.
  if (prefixes.length === 1 && prefixes[0] === 'ب' && (fuulVerbalNoun(stem) || derivedVerbalNoun(stem))) return false;
  // A sound plural says who in general (دبلوماسيون, متمردون): the plural of a nisba or of a listed word.
  const n = t.norm;
  if (n.endsWith('يون') || n.endsWith('يين') || ((n.endsWith('ون') || n.endsWith('ين')) && ctx.people.common.has(n.slice(0, -2)))) return false;
  // … and so does the plural of a noun of trade of the pattern فعّال (صيادون, بحارون, تجارين).
  if ((n.endsWith('ون') || n.endsWith('ين')) && n.length === 6 && n.charCodeAt(2) === 0x0627 /* ا */) return false;
  // طالب سيعودون: a verb in the future, plural or not, opens a clause of its own.
  if (futureVerb(ctx, n) || ((n.endsWith('ون') || n.endsWith('ان')) && futureVerb(ctx, n.slice(0, -2)))) return false;
  // … and so does the feminine plural of a listed noun (وتشير تقديرات, وأفادت معلومات).
  if (n.endsWith('ات') && n.length >= 5 && (ctx.people.common.has(n.slice(0, -2)) || ctx.people.common.has(`${n.slice(0, -2)}ه`) || ctx.people.common.has(`${n.slice(0, -2)}ة`))) return false;
  // Names may end in ا (سولانا); the accusative of a listed word (أيضا, رسميا) may not.
  if (n.endsWith('ا') && ctx.people.common.has(n.slice(0, -1))) return false;
  // A word ending in ه or ة here is a noun, mostly with a pronoun (وأكد رغبته, وأبلغ احتجاجه, وتابعت قائلة),
  // as is a listed noun with ها or هم (تعلن دعمها);
  // a participle in the sound plural says who in general (وقال متمردون, وأكد مسلحون); a dual is no name.
  // A transliterated name in -يه written with ه (وأضافت نيكوليه أن, وقال أندريه إن) is the exception,
  // before the statement and with no listed word before the ه.
  const nameInYeh = n.length >= 5 && n.endsWith('يه') && statement && lastLetter(ctx.text, t) === 0x0647 /* ه */ && !ctx.people.common.has(n.slice(0, -1));
  if ((n.endsWith('ه') && !nameInYeh) || possessed(ctx, n) || participlePlural(n) || n.endsWith('تين') || n.endsWith('تان')) return false;
  // وقال مسؤولان إن, وقال مصدران: the dual of a listed noun, before the statement or its dual adjective
  // (وقال سلفان شالوم: a name before the surname; Armenian names in -يان are no dual of a noun).
  const next = k + 1 < sentence.tokenEnd ? tokens[k + 1]! : undefined;
  if (n.length >= 5 && n.endsWith('ان') && ctx.people.common.has(n.slice(0, -2)) && (statement || next === undefined || next.kind !== 'word' || next.norm.endsWith('ان'))) return false;
  // وأضاف تشيليك في مؤتمر صحفي: before the occasion of the statement a word shaped like an imperfect is the speaker.
  // وقال كينيون : «…»: before the quote itself, whatever the word's shape: no verb or adverb stands
  // alone between a reporting verb and the words it reports.
  // A listed name that is a word too (توفيق, كريم) is a name whatever its shape.
  const shaped = ctx.people.ambiguous.has(n) || likelyFirstName(n) || n.endsWith('ا') || transliterated(n) || occasionAfter(tokens, k, sentence) || QUOTE_OPENERS.has(tokens[k + 1]?.norm ?? '');
  // وأضاف يوهانيك أن: before the statement a long transliterated word opening with ي is no imperfect.
  return plausibleName(ctx, tokens, k, statement) && shaped && !ctx.people.titles.startsWith(t.norm) && !ctx.people.titles.startsWith('ال' + t.norm) && !ctx.bodyWord(t);
}

/**
 * Is token j على written with ى (the name علي is written with ي) and followed by أن (وشدد سعيد على أن)?
 * على folds to علي, so the spelling as written settles it.
 */
function onThat(text: string, tokens: readonly Token[], j: number, sentence: Sentence): boolean {
  const t = tokens[j]!;
  return t.norm === 'علي' && text.charCodeAt(t.end - 1) === 0x0649 /* ى */ && j + 1 < sentence.tokenEnd && tokens[j + 1]!.norm === 'ان';
}

/**
 * A derived verbal noun, bare and no listed name (ارتفاع, تزايد, انخفاض): the object after a verb's subject.
 * Not one of five letters in ا, which is as often a broken plural (أمطار, أسعار).
 */
function verbalNounObject(ctx: NameContext, t: Token): boolean {
  const n = t.norm;
  return t.kind === 'word' && !t.clitics?.prefixes.length && derivedVerbalNoun(n) && !(n.length === 5 && n.startsWith('ا')) && !ctx.people.given.has(n) && !ctx.people.family.has(n);
}

/** من, normalized. */
const FROM = 'من';

/** What opens a quotation right after its speaker: a colon or an opening quotation mark. */
const QUOTE_OPENERS: ReadonlySet<string> = new Set([':', ...OPENING_QUOTES]);

/**
 * Where the unlisted speaker of a reporting verb ends, when one or two speaker words at k stand before
 * what opens or sets the statement (وقال أنان إن, ووصف سولانا الذي, وأضاف بلازي في بيان, وقال دان
 * غيلرمان إن), or two stand before a role (وقال رايمون دومينيك مدرب المنتخب); 0 when there is none.
 */
export function speakerEnd(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence, after: ReadonlySet<string> = ctx.people.afterSpeaker): number {
  if (after === ctx.people.afterSpeaker && (definiteSpeaker(ctx, tokens, k, sentence) || taaSurnameSpeaker(ctx, tokens, k, sentence))) return k + 1;
  if (after === ctx.people.afterSpeaker && (taaSurnameAfterGiven(ctx, tokens, k, sentence) || taaGivenBeforeSurname(ctx, tokens, k, sentence) || ambiguousGivenBeforeSurname(ctx, tokens, k, sentence))) return k + 2;
  // ونقلت الوكالة عن الفيلالي قوله: a family name alone as the source before «his saying».
  if (after === SAYING && k + 1 < sentence.tokenEnd && SAYING.has(tokens[k + 1]!.norm) && definiteSpeaker(ctx, tokens, k, sentence)) return k + 1;
  // وقالت فان دام إنها: a European particle and the word it joins, then the statement.
  if (after === ctx.people.afterSpeaker && particleSurname(ctx, tokens, k, sentence)) return k + 2;
  for (let end = k + 1; end <= k + 2 && end < sentence.tokenEnd; end++) {
    // وتوفي دودي ابن الملياردير محمد الفايد: «son of» and a role describe the one-word speaker.
    if (end === k + 2 && SON_OF.has(tokens[k + 1]!.norm) && titleAt(ctx, tokens, end, sentence) !== undefined) return k + 1;
    if (!speakerWord(ctx, tokens, end - 1, sentence) && !(end === k + 2 && definiteSurnameAfterGiven(ctx, tokens, k))) return 0;
    // وأضاف متمنيا للأدب: an accusative participle, not a name, before the ل phrase.
    // (Before من, «of» as often as «from», a word behind a proclitic is the phrase it opens: محاطا بمزيد من.)
    const of = tokens[end]!.norm === FROM && tokens[k]!.clitics?.prefixes.length;
    if ((after.has(tokens[end]!.norm) && !of) || (after === ctx.people.afterSpeaker && addressee(tokens[end]!) && !tokens[end - 1]!.norm.endsWith('ا'))) return end;
    // وشدد سعيد على أن: على written with ى, then أن, is the verb's preposition before the statement.
    if (after === ctx.people.afterSpeaker && onThat(ctx.text, tokens, end, sentence)) return end;
    // وتوقع فارس ارتفاع الأسعار: one word, then the verb's object, a derived verbal noun with no proclitic.
    // (Not a verbal noun of the pattern فعول itself: يتوقع هطول أمطار.)
    if (after === ctx.people.afterSpeaker && end === k + 1 && verbalNounObject(ctx, tokens[end]!) && !fuulVerbalNoun(tokens[k]!.norm)) return end;
    // قال رايمون دومينيك مدرب منتخب فرنسا: two words, then the speaker's role in apposition.
    if (after === ctx.people.afterSpeaker && end === k + 2 && titleAt(ctx, tokens, end, sentence)?.kind === 'role') return end;
  }
  return 0;
}

/** The complementizer that opens reported speech (إن, أن), normalized, bare or with a pronoun (أنه, أنها). */
const THAT_FORMS = new Set(['ان', 'انه', 'انها', 'انهم']);

/**
 * A family name standing alone as the speaker (وأوضح الجواهري أن, وأكد البرهان أن): one unlisted definite
 * word, then إن or أن (or قوله after عن). Not a word of the lists (وأكد البيان أن, وأوضح المصدر أن), a nisba, a title or the
 * head of an organization.
 */
function definiteSpeaker(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k + 1 >= sentence.tokenEnd) return false;
  // وأوضح الجواهري أن; وقال البقالي في تصريح, وأوضح العرباوي ، في: a nisba-shaped name before the
  // statement's setting too.
  // وأشار الشوابكة إلى أن: the verb's own preposition may stand between the speaker and أن.
  const after = tokens[k + 1]!.norm;
  // وأضاف الخطيب : « …: or the quote itself, after a colon or not.
  // (A mark that opens the quote has its words after it: ما كتبت الكرنك " . closes one.)
  const opens = (j: number): boolean => j + 1 < sentence.tokenEnd && OPENING_QUOTES.has(tokens[j]!.norm) && tokens[j + 1]!.kind === 'word';
  const quote = opens(k + 1) || (after === ':' && opens(k + 2));
  // وقال الخبيري لوكالة الأنباء, وقال الهواري لـ « المصري اليوم »: or whom the words were said to.
  const toWhom = addressee(tokens[k + 1]!) || (after === 'ل' && opens(k + 2));
  const that = THAT_FORMS.has(after) || SAYING.has(after) || quote || toWhom || (after === TO && k + 2 < sentence.tokenEnd && THAT_FORMS.has(tokens[k + 2]!.norm));
  const t = tokens[k]!;
  // وأوضح الكريديس ، في بيان: any family name before a comma and the setting after it.
  // (وأضاف العبدالكريم ، خلال مشاركته: or the occasion after the comma).
  // (وأوضح الرميان ، الذي يرأس: or a relative clause that describes him.)
  const commaSetting = (after === '،' || after === ',') && k + 2 < sentence.tokenEnd && (tokens[k + 2]!.norm === 'في' || OCCASION_PHRASES.has(tokens[k + 2]!.norm) || RELATIVES.has(tokens[k + 2]!.norm));
  // وأوضح الحجار في مؤتمر صحفي, وأوضح الشواربة خلال جلسة: and before the occasion of the statement.
  // ولد الدباغ في حي باب الطوب: after a verb of a life, any family name before where or when it happened.
  const lifeSetting = k > sentence.tokenStart && ctx.people.lifeVerbs.has(bareKey(tokens[k - 1]!)) && LIFE_SETTING.has(after);
  if (!that && !commaSetting && !lifeSetting && !occasionAfter(tokens, k, sentence) && !(t.norm.endsWith('ي') && DEFINITE_SPEAKER_SETTING.has(after))) return false;
  const n = t.norm;
  if (t.kind !== 'word' || t.clitics?.prefixes.length || t.clitics?.suffix !== undefined || !n.startsWith('ال') || n.length < 5) return false;
  // A word in ة is a noun (وأكدت الوزارة أن) unless the verb before it is masculine: then it is a family
  // name of that shape (وأوضح الخزاعلة أن, وأشار الشوابكة إلى أن).
  if (n.endsWith('ه') && !masculineVerbBefore(tokens, k)) return false;
  // A country's adjective alone before أن after a masculine verb is a family name of that shape (وأكد
  // السوداني أن, وأضاف المصري أن): the adjective would agree with a noun, and none stands there.
  const nisbaName = ctx.nisba.has(n) && n.endsWith('ي') && THAT_FORMS.has(tokens[k + 1]!.norm) && masculineVerbBefore(tokens, k);
  if (ctx.people.common.has(n) || ctx.people.common.has(n.slice(2)) || (ctx.nisba.has(n) && !nisbaName) || ctx.people.titles.startsWith(n)) return false;
  // وتشير النقوش إلى أن: a broken plural of the pattern فعول after a feminine verb is things, which take
  // one; a family name of that shape (الحمود) after one is a woman's, and she stands after قالت, not تشير.
  if (brokenPluralFuul(n) && feminineVerbBefore(tokens, k) && !(k > 0 && bareKey(tokens[k - 1]!) === 'قالت')) return false;
  // نقل الخنازير للفيروس, وطالب الجماهير: a broken plural of the pattern فعاليل is things or a crowd.
  if (n.length === 8 && n.charCodeAt(4) === 0x0627 /* ا */ && n.charCodeAt(6) === 0x064a /* ي */) return false;
  // A plural or a dual says who in general (وتوقع الكثيرون أن, وأكد الجانبان أن, واكد الرجلان ان).
  if (n.endsWith('ون') || (n.endsWith('ان') && (ctx.people.common.has(n.slice(2, -2)) || ctx.people.common.has(n.slice(0, -2)) || ctx.people.titles.startsWith(n.slice(0, -2))))) return false;
  // وأشار الرمادي إلى أن: a town's name of nisba shape is a family name there (a town makes no statement).
  return nisbaName || plausibleName(ctx, tokens, k) || (n.endsWith('ي') && n.length >= 6 && ctx.placeLength(k) === 1);
}

/** Is token k a particle of a European name (فان, دي) with a bare word after it, and the statement after that? */
function particleSurname(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  if (k + 2 >= sentence.tokenEnd || !ctx.people.particles.has(tokens[k]!.norm) || tokens[k]!.clitics?.prefixes.length) return false;
  const word = tokens[k + 1]!;
  // (The word is the name's whatever else it spells: فان دام, not «lasted».)
  return word.kind === 'word' && word.script === 'arabic' && !word.clitics?.prefixes.length && !word.norm.startsWith('ال') && word.norm.length >= 2 && !ctx.stop.has(word.norm) && THAT_FORMS.has(tokens[k + 2]!.norm);
}

/** The relative pronouns of a person, normalized: a clause that describes the speaker after a comma. */
const RELATIVES = new Set(['الذي', 'التي']);

/** Words that open the occasion of a statement after a comma (وأضاف العبدالكريم ، خلال مشاركته), normalized. */
const OCCASION_PHRASES = new Set(['خلال', 'عقب', 'لدي', 'امام']);

/** إلى, normalized. */
const TO = 'الي';

/** Is the reporting verb before token k masculine: no ت at its end as written (أوضح, not أوضحت)? */
function masculineVerbBefore(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k - 1];
  return verb !== undefined && verb.kind === 'word' && !verb.norm.endsWith('ت');
}

/** Is the verb before token k feminine: a past in ت (أشارت) or an imperfect in ت (وتشير, تؤكد)? */
function feminineVerbBefore(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k - 1];
  if (verb === undefined || verb.kind !== 'word') return false;
  const v = bareKey(verb);
  return v.endsWith('ت') || (v.length >= 4 && v.charCodeAt(0) === 0x062a /* ت */);
}

/** ال and a broken plural of the pattern فعول (النقوش, الجنود, البحوث): و third of four letters. */
function brokenPluralFuul(n: string): boolean {
  return n.length === 6 && n.startsWith('ال') && n.charCodeAt(4) === 0x0648 /* و */;
}

/** What may follow a definite speaker of nisba shape besides أن: the setting of the statement. */
const DEFINITE_SPEAKER_SETTING = new Set(['في', '،', ',', ':', 'عام', 'سنه']);

/** Where or when a life's event happened, after its subject (ولد X في, توفي X عام), normalized. */
const LIFE_SETTING = new Set(['في', 'عام', 'سنه', 'بمدينه', 'بمدينة']);

/** كان and كانت, normalized: «وكان X قد أقر» puts the subject between the auxiliary and قد. */
export const AUXILIARIES = new Set(['كان', 'كانت']);
const QAD = new Set(['قد']);

/**
 * Where the unlisted subject of «كان … قد» ends (وكان حالوتس قد أقر, وكانت ليفني قد أعلنت): one or two
 * speaker words after the auxiliary at k - 1, then قد; 0 when there is none.
 */
export function auxiliarySubjectEnd(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): number {
  return speakerEnd(ctx, tokens, k, sentence, QAD);
}

/** أن, إن and ان, normalized: a complementizer, the subject of its clause after it. */
export const COMPLEMENTIZER = 'ان';

/**
 * Where the unlisted subject of a clause after أن or إن ends (أن أورتاغوس تحمل, أن صلاد حسن انتخب): one
 * or two speaker words after the complementizer at k - 1, then a listed verb or قد, لن, لم; 0 when there
 * is none. A common noun there is turned away by the speaker-word checks (أن الوضع يتحسن).
 */
export function clauseSubjectEnd(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): number {
  const end = speakerEnd(ctx, tokens, k, sentence, ctx.people.clauseOpeners);
  // A name that is a word too (فوز: victory) is the word there; a listed name opens a chain of its own,
  // read where it stands.
  const { people } = ctx;
  if (end > 0 && (wordIs(people, tokens[k]!, GIVEN | FAMILY))) return 0;
  // A listed place is the place (إن سيول لن تتسامح: Seoul, though the word is also floods).
  for (let j = k; j < end; j++) if (!subjectShape(tokens[j]!.norm) || wordIs(people, tokens[j]!, AMBIGUOUS) || ctx.isPlace(j)) return 0;
  // Of two words the second is a listed name or a long transliterated one (صلاد حسن); a noun before a
  // short one is the subject and its genitive (فوز كانغ: Kang's win).
  const second = end === k + 2 ? tokens[k + 1]!.norm : '';
  if (second !== '' && !(people.given.has(second) || people.family.has(second) || transliterated(second))) return 0;
  return end;
}

/**
 * Can an unlisted word be a name as a clause's subject? A noun is far more often the subject there, so
 * not one with a pronoun (حصتها, دورياتها, كليهما), a feminine plural (عينات), a broken plural of the
 * pattern مفاعيل or فواعل (قوارب), an imperfect verb (يقف, يتحدث) or the first person's (اجدد), nor a
 * short word in ا (مالا).
 */
function subjectShape(n: string): boolean {
  if (n.length < 3 || (n.length === 3 && (n.startsWith('ي') || n.startsWith('ت'))) || PRONOUN_ENDINGS.some((e) => n.endsWith(e)) || n.endsWith('ات') || brokenPluralShape(n) || imperfectShape(n)) return false;
  if (n.length === 5 && n.charCodeAt(2) === 0x0627 /* ا */ && n.charCodeAt(1) !== 0x0627) return false; // فواعل: قوارب, عناصر
  return !(n.length <= 4 && (n.startsWith('ا') || n.endsWith('ا')));
}

/** Possessive pronouns a noun may carry (with the ت of ة before them or not). */
const PRONOUN_ENDINGS = ['ها', 'هم', 'هما', 'كم', 'ك', 'نا'];

/**
 * Whom the words were said to, behind ل: a noun with the article (وقال تريباثي للصحفيين) or an outlet's
 * noun before its name (وقال هوراماني لوكالة الأنباء, لصحيفة الشرق الأوسط).
 */
function addressee(t: Token): boolean {
  const c = t.clitics;
  return t.kind === 'word' && c !== undefined && c.prefixes.length === 1 && c.prefixes[0] === 'ل' && (c.article || OUTLET_NOUNS.has(c.stem));
}

/** Nouns of a news outlet, normalized: the addressee of a statement behind ل. */
const OUTLET_NOUNS = new Set(['وكاله', 'صحيفه', 'جريده', 'مجله', 'قناه', 'اذاعه', 'تلفزيون', 'شبكه', 'موقع']);

/** 'his / her saying', after the source a report quotes: نقلت الوكالة عن كينيون قوله. */
const SAYING = new Set(['قوله', 'قولها', 'قولهما']);

/** The source preposition of a quotation (عن), normalized. */
export const QUOTE_SOURCE = 'عن';

/**
 * Where the unlisted source of a quotation ends (ونقلت الوكالة عن كينيون قوله إن): one or two speaker
 * words after عن (token k - 1), then قوله or قولها; 0 when there is none.
 */
export function quotedSourceEnd(ctx: NameContext, tokens: readonly Token[], k: number, sentence: Sentence): number {
  return speakerEnd(ctx, tokens, k, sentence, SAYING);
}
