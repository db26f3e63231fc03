import type { Sentence, Token } from '../../schema.js';
import { OPENS_DESCRIPTOR, orgWordBits } from './org-words.js';
import { tokenForms } from '../lexicon/token-forms.js';
import type { Candidate } from '../types.js';
import type { ChainWords } from './chain.js';
import { latinNameEnd } from './latin-name.js';
import { hasTanween } from '../lexicon/scan.js';
import { derivedVerbalNoun, lastLetter } from '../person/word-shapes.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../common/quotes.js';

/**
 * After a descriptor head (صحيفة, قناة, نادي, حركة …) a well-known organization's own name stands alone
 * and the head stays outside the mention, as annotated corpora mark it (حركة فتح → فتح). This is also
 * the only place where a known name that is a common word (العربية, الهلال, فتح) counts as a name.
 *
 * Unlisted names after a descriptor are not guessed: on news text, the words after شركة or مجموعة are far
 * more often a common noun (شركة سيارات, مجموعة أثرية) than a company's name. Quotes say it is a name
 * (شركة « جلف فيلم », مجلة " New Yorker "), and so do Latin capitals.
 */
/** Heads of movements, normalized: حركة, جماعة. */
const MOVEMENT_HEADS = new Set(['حركه', 'جماعه']);

export function descriptorName(tokens: readonly Token[], i: number, sentence: Sentence, w: ChainWords): Candidate | undefined {
  let headEnd = -1;
  let press = false;
  let broadcast = false;
  let company = false; // شركة, مجموعة: a known company's unit or field may follow its name
  if ((orgWordBits(w.org, tokens[i]!) & OPENS_DESCRIPTOR) === 0) return undefined; // most words open none
  for (const form of tokenForms(tokens[i]!)) {
    // A definite descriptor counts only when listed with its article (النادي الأهلي → الأهلي).
    const m = w.org.descriptors.longestInTokens(form.key, i + 1, tokens, sentence.tokenEnd);
    if (m) {
      headEnd = m.end;
      press = m.end === i + 1 && w.org.press.has(form.key);
      broadcast = m.end === i + 1 && w.org.broadcast.has(form.key);
      company = m.end === i + 1 && w.org.companyHeads.has(form.key);
      break;
    }
  }
  if (headEnd < 0 || headEnd >= sentence.tokenEnd) return undefined;
  const first = tokens[headEnd]!;
  const known = w.org.known.longestInTokens(first.norm, headEnd + 1, tokens, sentence.tokenEnd);
  if (known?.value.facility) return undefined;
  // أكبر شركة اتصالات, شركة اتصالات كويتية: a known name spelled like a word, after an elative or before a
  // country's adjective without the article, is the word: the phrase describes a company of that trade.
  if (known?.value.ambiguous === true && (elativeBefore(tokens, i, sentence) || bareCountryAdjectiveAt(tokens, known.end, sentence, w))) return undefined;
  // فريق العالم رون فوشييه: a known name spelled like a word, before a given name, is a person's role
  // (the scientist), and the descriptor a common noun (his team).
  const after = known !== undefined && known.end < sentence.tokenEnd ? tokens[known.end]! : undefined;
  if (known?.value.ambiguous === true && after !== undefined && after.kind === 'word' && !after.clitics?.prefixes.length && w.given(after.norm) && !w.stop.has(after.norm)) return undefined;
  // حركة فتح, حركة الشباب: a movement named like a word keeps its head where the two are listed together;
  // the whole is the name, as the corpora mark it (a club's, a paper's or a company's head stays outside).
  if (known?.value.ambiguous === true && tokenForms(tokens[i]!).some((f) => MOVEMENT_HEADS.has(f.key) && (w.org.known.longestInTokens(f.key, i + 1, tokens, sentence.tokenEnd)?.end ?? -1) >= known.end)) return undefined;
  if (known) {
    // لنادي النصر السعودي: a club's country after its listed name stays outside, as after the bare name,
    // where a shorter listed name (النصر) is the club.
    const last = tokens[known.end - 1]!;
    const shorter = !company && known.end - headEnd >= 2 && last.norm.endsWith('ي') && w.nisba.has(last.norm) ? w.org.known.longestInTokens(first.norm, headEnd + 1, tokens, known.end - 1) : undefined;
    const end = company ? companyTailEnd(tokens, known.end, sentence, w) : shorter?.end === known.end - 1 ? known.end - 1 : known.end;
    return { type: 'ORGANIZATION', start: first.start, end: tokens[end - 1]!.end, rule: 'descriptor-known', score: 1 };
  }
  // مجموعة دانغوتي, مجموعة روتشيلد: a company named for its founder's family, the family name alone.
  const next = tokens[headEnd + 1];
  // (Not before more of a name, nor before the field the company is named for: شركة إديسون للإضاءة; على,
  // folded like the name علي, is the preposition.)
  const familyAlone = headEnd + 1 >= sentence.tokenEnd || next === undefined || next.kind !== 'word' || !(((w.given(next.norm) || w.family(next.norm)) && !w.stop.has(next.norm)) || next.norm === 'بن' || next.norm === 'ابن' || next.clitics?.prefixes[0] === 'ل');
  if (company && !first.clitics?.prefixes.length && w.family(first.norm) && !w.given(first.norm) && familyAlone) {
    return { type: 'ORGANIZATION', start: first.start, end: first.end, rule: 'company-family' };
  }
  const quoted = quotedNameEnd(tokens, headEnd, sentence);
  if (quoted > 0) return { type: 'ORGANIZATION', start: tokens[headEnd + 1]!.start, end: tokens[quoted - 1]!.end, rule: 'descriptor-quoted' };
  const latin = latinNameEnd(tokens, headEnd, sentence);
  if (latin > headEnd) return { type: 'ORGANIZATION', start: first.start, end: tokens[latin - 1]!.end, rule: 'descriptor-latin-name' };
  const bare = !first.clitics?.prefixes.length && !first.norm.startsWith('ال');
  // … not an adjective (قناة فضائية, إذاعة محلية) nor a noun with its pronoun (قناته, شبكة خطوطها).
  const shaped = bare && !first.norm.endsWith('ي') && lastLetter(w.text, first) !== 0x0647 /* ه */ && !/(?:ها|هم)$/.test(first.norm);
  const paper = press ? paperName(tokens, headEnd, w, w.text, w.common) : broadcast && shaped && !w.isPlace(headEnd) ? transliteratedName(tokens, headEnd, w, w.text, w.common) : 0;
  if (paper === 0) return undefined;
  return { type: 'ORGANIZATION', start: first.start, end: tokens[headEnd + paper - 1]!.end, rule: 'press-name' };
}

/**
 * A newspaper or magazine is named right after the word for it (جريدة القدس, مجلة العربي, صحيفة الحياة
 * اللندنية → الحياة): one bare word, definite or a place. Longer names (الشرق الأوسط) are listed as known;
 * an indefinite word after it (صحيفة يومية) is a description, and nothing is guessed.
 */
function paperName(tokens: readonly Token[], at: number, w: ChainWords, text: string, common: ReadonlySet<string>): number {
  const t = tokens[at]!;
  if (t.kind !== 'word' || t.script !== 'arabic' || w.stop.has(t.norm)) return 0;
  // A title read as written: لانسيت is no ل + a word after مجلة; the article behind a letter (للأطفال) is.
  const prefixes = t.clitics?.prefixes ?? [];
  if (prefixes.length > 0 && (prefixes[0] === 'و' || t.clitics!.article || w.common.has(t.clitics!.stem))) return 0;
  if (prefixes.length === 0 && ((t.norm.startsWith('ال') && t.norm.length > 3 && !w.nisba.has(t.norm)) || w.isPlace(at))) return 1;
  return transliteratedName(tokens, at, w, text, common);
}

/**
 * مجلة لانسيت الطبية, صحيفة لوموند الفرنسية, إذاعة دبنقا: a transliterated title no list knows, then the
 * paper's adjective or the end of the phrase, or a masthead word that joins it (وكالة أنتارا نيوز); an
 * indefinite adjective in ة (صحيفة يومية) describes one. The number of words taken, or 0.
 */
function transliteratedName(tokens: readonly Token[], at: number, w: ChainWords, text: string, common: ReadonlySet<string>): number {
  const t = tokens[at]!;
  if (t.kind !== 'word' || t.script !== 'arabic' || w.stop.has(t.norm)) return 0;
  const masthead = tokens[at + 1] !== undefined && tokens[at + 1]!.sentence === t.sentence && w.org.mastheads.has(tokens[at + 1]!.norm) ? 1 : 0;
  const after = tokens[at + 1 + masthead];
  // … or a particle or verb that goes on with the sentence (إذاعة دبنقا بأن, قناة زيفيرا إن).
  const closes = after === undefined || after.kind === 'punct' || (after.kind === 'word' && !after.clitics?.prefixes.length && after.norm.startsWith('ال')) || (after.kind === 'word' && (w.stop.has(after.norm) || w.verbs.has(after.norm) || particleBehindLetter(after.norm, w.stop)));
  // (Not a derived verbal noun: وكالة استكشاف الفضاء says what the agency does.)
  const transliterated = t.norm.length >= 4 && lastLetter(text, t) !== 0x0629 /* ة */ && !hasTanween(text, t) && !common.has(t.norm) && !w.verbs.has(t.norm) && !w.nisba.has('ال' + t.norm) && !t.norm.endsWith('يه') && !derivedVerbalNoun(t.norm);
  return transliterated && closes ? 1 + masthead : 0;
}

/**
 * Where a known company's name ends after شركة or مجموعة, with the word of the unit it names (شركة سيمنس
 * موبيليتي الألمانية, شركة هيونداي روتم) or the field behind ل (شركة زين للاتصالات): one unlisted
 * transliterated word before the company's adjective or the phrase's end, or ل and a field.
 */
function companyTailEnd(tokens: readonly Token[], end: number, sentence: Sentence, w: ChainWords): number {
  if (end >= sentence.tokenEnd) return end;
  const t = tokens[end]!;
  if (t.kind !== 'word' || t.script !== 'arabic') return end;
  const c = t.clitics;
  // … a listed field (شركة زين للاتصالات); لشركة سبيس إكس للاتصال بالإنترنت is what for, and an unlisted
  // plural (للسيارات, للخدمات) as often says what the company supplies as names it.
  const field = c !== undefined && c.prefixes.length === 1 && c.prefixes[0] === 'ل' && c.article ? 'ال' + c.stem : '';
  if (field !== '' && w.org.purpose.has(field) && !w.stop.has(t.norm) && !w.isPlace(end)) return end + 1;
  if (c?.prefixes.length || t.norm.startsWith('ال') || t.norm.length < 4 || w.stop.has(t.norm) || w.common.has(t.norm) || w.verbs.has(t.norm) || w.nisba.has('ال' + t.norm) || w.isPlace(end) || lastLetter(w.text, t) === 0x0629 /* ة */) return end;
  // وقعت شركة أرامكو اتفاقا: the accusative of a noun is the verb's object, and so is a noun with its
  // pronoun (أعلنت شركة الدار العقارية أرباحها).
  const n = t.norm;
  if (n.length >= 5 && (n.endsWith('ها') || n.endsWith('هم') || n.endsWith('هما'))) return end;
  if (n.endsWith('ا') && (w.common.has(n.slice(0, -1)) || derivedVerbalNoun(n.slice(0, -1)) || hasTanween(w.text, t))) return end;
  // … and so is the dual or plural of a listed noun (وتتخذ شركة هيونداي مقرين).
  if ((n.endsWith('ين') || n.endsWith('ان')) && w.common.has(n.slice(0, -2))) return end;
  const after = tokens[end + 1];
  const closes = end + 1 >= sentence.tokenEnd || after!.kind === 'punct' || (after!.kind === 'word' && !after!.clitics?.prefixes.length && w.nisba.has(after!.norm));
  return closes ? end + 1 : end;
}

/** Words a quoted name may hold at most. */
const MAX_QUOTED = 6;

/** A name in quotes right after a descriptor: the index of the closing quote, or -1. */
function quotedNameEnd(tokens: readonly Token[], at: number, sentence: Sentence): number {
  if (!OPENING_QUOTES.has(tokens[at]!.norm)) return -1;
  for (let k = at + 1; k < sentence.tokenEnd && k - at <= MAX_QUOTED + 1; k++) {
    const t = tokens[k]!;
    if (CLOSING_QUOTES.has(t.norm)) return k > at + 1 ? k : -1;
    if (t.kind === 'punct' && t.norm !== '&' && t.norm !== '-') return -1;
  }
  return -1;
}

/** بأن, وفي, لدى: a particle behind a one-letter proclitic, which the splitter leaves whole in words this short. */
function particleBehindLetter(n: string, stop: ReadonlySet<string>): boolean {
  return n.length >= 3 && n.length <= 5 && 'وفبل'.includes(n[0]!) && stop.has(n.slice(1));
}

/** Is the word before token i an elative (أكبر, أول, أهم): «the biggest company of …» describes? */
function elativeBefore(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (i <= sentence.tokenStart) return false;
  return !tokens[i - 1]!.clitics?.prefixes.length && ELATIVES.has(tokens[i - 1]!.norm);
}

/** Elatives that describe a company by rank, normalized. */
const ELATIVES = new Set(['اكبر', 'اول', 'اهم', 'اقدم', 'اضخم', 'ابرز', 'اصغر', 'احدث']);

/**
 * Is token j a country's adjective without the article (كويتية)? (Not any adjective: صحيفة الأهرام يومية
 * مصرية opens a definition, and يومية is its predicate.)
 */
function bareCountryAdjectiveAt(tokens: readonly Token[], j: number, sentence: Sentence, w: ChainWords): boolean {
  const t = tokens[j];
  if (t === undefined || j >= sentence.tokenEnd || t.kind !== 'word' || t.norm.startsWith('ال')) return false;
  return w.nisba.has(t.norm);
}

/** Dual descriptors, normalized: two names follow, joined by و (صحيفتا الشرق الأوسط والحياة). */
const DUAL_DESCRIPTORS = new Set(['صحيفتا', 'صحيفتي', 'جريدتا', 'جريدتي', 'مجلتا', 'مجلتي', 'قناتا', 'قناتي', 'حركتا', 'حركتي', 'جماعتا', 'جماعتي', 'ناديا', 'ناديي']);

/**
 * The second known name after a dual descriptor, behind و, when the first one (`first`) was read: the
 * dual vouches for it as it does for the first, common word or not (حركتي فتح وحماس, صحيفتا الشرق
 * الأوسط والحياة).
 */
export function dualSecondName(tokens: readonly Token[], i: number, sentence: Sentence, w: ChainWords, first: Candidate): Candidate | undefined {
  if (!DUAL_DESCRIPTORS.has(tokens[i]!.norm)) return undefined;
  let k = i + 1;
  while (k < sentence.tokenEnd && tokens[k]!.end < first.end) k++;
  const t = tokens[k + 1];
  if (t === undefined || k + 1 >= sentence.tokenEnd || tokens[k]!.end !== first.end || t.clitics?.prefixes.length !== 1 || t.clitics.prefixes[0] !== 'و') return undefined;
  for (const form of tokenForms(t)) {
    if (!form.prefixed) continue;
    const known = w.org.known.longestInTokens(form.key, k + 2, tokens, sentence.tokenEnd);
    if (known && !known.value.facility) return { type: 'ORGANIZATION', start: form.start, end: tokens[known.end - 1]!.end, rule: 'descriptor-known', score: 1 };
  }
  // … and a paper's name of one definite word that no list holds alone (والحياة: listed as صحيفة الحياة).
  const c = t.clitics;
  if (c.article && c.stem.length >= 3 && c.suffix === undefined && !w.stop.has(`ال${c.stem}`)) return { type: 'ORGANIZATION', start: c.baseStart, end: t.end, rule: 'descriptor-pair', score: 1 };
  return undefined;
}
