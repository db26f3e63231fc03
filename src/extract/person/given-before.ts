import { bareKey, NO_PREFIXES } from '../lexicon/token-forms.js';
import type { Sentence, Token } from '../../schema.js';
import { hasTanween } from '../lexicon/scan.js';
import { readingKey } from '../../segment/finish-tokens.js';
import type { NameContext } from './name-chain.js';
import { titleEnd } from './context.js';
import { functionWordToken, nounWithPronoun } from './name-words.js';
import { lastLetter, likelyFirstName } from './word-shapes.js';
import { letterNotProclitic, SURNAME_LETTERS } from './initial-letters.js';

/**
 * Where a listed family name's unlisted given name starts, when one stands right before it (واين روني,
 * ساندياتا كيتا, وغيث الطراونة); -1 when the word before is no given name. A family name is mostly
 * preceded by its bearer's given name, and a transliterated one no list can hold: the word qualifies when
 * it is bare (no article, no proclitic but و), shaped like a first name, and no list knows it as a word
 * of the sentence: function word, verb, common word, nisba, title, place or organization head.
 */
export function givenBeforeSurname(ctx: NameContext, tokens: readonly Token[], i: number, sentence: Sentence): number {
  if (i - 1 < sentence.tokenStart) return -1;
  const t = tokens[i - 1]!;
  if (t.kind !== 'word' || t.script !== 'arabic' || hasTanween(ctx.text, t) || lastLetter(ctx.text, t) === 0x0629 /* ة */) return -1;
  if (t.clitics?.suffix !== undefined) return -1;
  const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
  // وغيث الطراونة as و + the name; واين روني as written when what و leaves is a function word (اين),
  // unless the original spells it so (وأين روني: and where is Rooney).
  const stripped = prefixes.length === 1 && prefixes[0] === 'و' ? readingKey(t.clitics!) : undefined;
  const wholeWord = stripped !== undefined && ctx.stop.has(stripped) && !ctx.functionWordSpelled(t);
  // فيديل كاسترو: a letter the splitter read as ف, ب, ك or ل is the name's own when what it leaves is no word.
  const ownLetter = prefixes.length === 1 && SURNAME_LETTERS.has(prefixes[0]!) && t.norm.length >= 5 && letterNotProclitic(ctx, t);
  const key = wholeWord || ownLetter ? t.norm : stripped !== undefined ? stripped : prefixes.length === 0 ? t.norm : undefined;
  if (key === undefined || !givenShaped(ctx, key)) return -1;
  const start = key === stripped ? t.clitics!.baseStart : t.start;
  // وقلدها ماكرون: a verb with its object pronoun, which the splitter left on the word; with ه too when
  // the verb is a listed one or of forms III and X (واستقبله الشهري, وقابله, not عبده or أندريه).
  if (key.length >= 4 && (key.endsWith('ها') || key.endsWith('هم') || key.endsWith('هما'))) return -1;
  // ورئيس وزرائه بحاح: a listed plural in اء with the pronoun after its hamza (وزراء + ه: his ministers).
  if (key.endsWith('ائه') && (ctx.people.common.has(`${key.slice(0, -2)}ء`) || ctx.people.common.has(`و${key.slice(0, -2)}ء`))) return -1;
  if (lastLetter(ctx.text, t) === 0x0647 /* ه */ && objectPronounOnVerb(ctx, key)) return -1;
  // ارتفاع قمته أوهورو, أمر ببنائه تيمورلنك: a listed noun with its pronoun (قمة + ه), or a noun in اء with
  // it after its hamza (بناء + ه), is the genitive's head, and the name after it stands alone.
  if (lastLetter(ctx.text, t) === 0x0647 /* ه */ && (nounWithPronoun(ctx, key) || key.endsWith('ائه'))) return -1;
  const { people } = ctx;
  if (people.common.has(key) || people.verbs.has(key) || people.pastVerbs.has(key) || people.titles.startsWith(key) || people.titles.startsWith('ال' + key)) return -1;
  // وردت زاخاروفا: و and a listed verb, left whole by the splitter (وردت is a verb of its own too).
  if (key.length >= 4 && key.charCodeAt(0) === 0x0648 /* و */ && (people.verbs.has(key.slice(1)) || people.pastVerbs.has(key.slice(1)))) return -1;
  if ((!wholeWord && !ownLetter && functionWordToken(ctx, t)) || ctx.stop.has(key) || ctx.notName(i - 1) || verbShape(key)) return -1;
  // News puts the verb before its subject (وسيمضي شافيز, أدرك أينشتاين): the word must open a phrase,
  // at the start of the sentence, after punctuation, or after a nationality or a title.
  const before = i - 2 >= sentence.tokenStart ? tokens[i - 2]! : undefined;
  // A reporting verb or a listed past verb before it leaves the word its subject (وقالت أنيت براون).
  const beforeKey = before !== undefined && before.kind === 'word' ? bareKey(before) : '';
  const verbBefore = ctx.people.verbs.has(beforeKey) || ctx.people.pastVerbs.has(beforeKey);
  // أبوه هو فينسينزو جاليلي, منتخب إنجلترا واين روني, غياب واين روني: after a pronoun, a place or a
  // common noun of the lists the word is no verb either.
  const nounBefore = before !== undefined && before.kind === 'word' && (PRONOUNS.has(beforeKey) || ctx.isPlace(i - 2) || (ctx.people.common.has(beforeKey) && !beforeKey.startsWith('ال')));
  // التي أسسها سميح طوقان: a verb with its object pronoun leaves the word after it its subject.
  const objectBefore = before !== undefined && before.kind === 'word' && beforeKey.length >= 5 && (beforeKey.endsWith('ها') || beforeKey.endsWith('هم'));
  const opens = before === undefined || before.kind === 'punct' || ctx.nisba.has(before.norm) || titleEnd(ctx, tokens, i - 2, sentence) === i - 1 || verbBefore || nounBefore || objectBefore || vowelled(key);
  // معاهدة سايكس بيكو: after the noun of a thing named for a person, the name names the thing.
  if (!opens || (before !== undefined && ctx.eponymHead(i - 2))) return -1;
  return start;
}

/**
 * A transliterated word: five letters or more with two long vowels (و ي) inside it (فيديل, ستيوارت).
 * An Arabic verb before its subject has at most one there (يواصل, تعادل), so after whatever word it
 * stands, the word opens the name of the surname after it (لغم فيديل كاسترو).
 */
function vowelled(key: string): boolean {
  if (key.length < 5) return false;
  let n = 0;
  for (let k = 1; k < key.length - 1; k++) {
    const c = key.charCodeAt(k);
    if (c === 0x0648 /* و */ || c === 0x064a /* ي */) n++;
  }
  return n >= 2;
}

/** Could the word be a transliterated given name (long enough, of a first name's shape, no nisba)? */
function givenShaped(ctx: NameContext, key: string): boolean {
  return key.length >= 3 && likelyFirstName(key) && !constructParticiple(key) && !ctx.nisba.has(key) && !ctx.nisba.has('ال' + key) && !ctx.stop.has(key) && !ctx.people.common.has(key);
}

/**
 * The plural of a participle in construct, which drops its ن (منتقدو أوربان, مؤيدو ترامب, معارضو الحكومة):
 * م, a consonant, and a final و. Transliterated names in م and و have a long vowel after the م (ماركو,
 * موريو, ميلو).
 */
function constructParticiple(key: string): boolean {
  const second = key.charCodeAt(1);
  return key.length >= 5 && key.charCodeAt(0) === 0x0645 /* م */ && key.endsWith('و') && second !== 0x0627 /* ا */ && second !== 0x0648 /* و */ && second !== 0x064a /* ي */;
}

/** Separate pronouns of the third person, normalized: the copula before a name (أبوه هو فينسينزو جاليلي). */
const PRONOUNS = new Set(['هو', 'هي', 'وهو', 'وهي']);

/** A verb with ه, 'him', on it: a listed past verb, or one of form III (قابله, رافقه) or X (استقبله). */
function objectPronounOnVerb(ctx: NameContext, key: string): boolean {
  if (key.length < 4 || key.endsWith('يه')) return false;
  const stem = key.slice(0, -1);
  return ctx.people.pastVerbs.has(stem) || ctx.people.verbs.has(stem) || stem.startsWith('است') || (stem.length === 4 && stem.charCodeAt(1) === 0x0627 /* ا */);
}

/**
 * Shapes of Arabic words a transliterated given name rarely has: a future (سيـ), a perfect of form IV
 * (أدرك) or of forms VII, VIII and X (احتاج, استغل), a feminine plural (مقترحات); not four letters in ا
 * with ي or و third (أنيت).
 */
function verbShape(key: string): boolean {
  if (key.length < 4 || key.endsWith('ات')) return true;
  const c0 = key.charCodeAt(0);
  if (c0 === 0x0633 /* س */ && 'يتن'.includes(key[1]!)) return true;
  // (أنيت, أليس: a long vowel after the second letter of four is a name's; a perfect of form IV has ا there, أقام.)
  const c2 = key.charCodeAt(2);
  if (key.length === 4 && (c2 === 0x064a /* ي */ || c2 === 0x0648 /* و */)) return false;
  return c0 === 0x0627 /* ا */ && key.length <= 6;
}
