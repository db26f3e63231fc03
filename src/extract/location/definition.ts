// The subject of an encyclopedia definition of a place: «بنها مدينة مصرية», «جربة هي جزيرة تونسية».
import type { Sentence, Token } from '../../schema.js';
import { hasTanween } from '../lexicon/scan.js';
import type { Candidate } from '../types.js';
import { afterCopula, nationalityAfter } from '../common/definition.js';
import { derivedImperfect } from '../person/word-shapes.js';

/** How many words a defined place name may have (سيدي بوزيد, رأس الخيمة). */
const MAX_NAME_WORDS = 3;

export interface PlaceDefinitionWords {
  /** Singular place nouns that define (مدينة, قرية, جزيرة, نهر …), normalized. */
  nouns: ReadonlySet<string>;
  /** Nisba adjectives in every inflection → country. */
  nisba: ReadonlyMap<string, string>;
  /** Words no name is made of: function words, common words, verbs. */
  notName: (t: Token) => boolean;
  /** Does a listed place start at token j? */
  placeAt: (j: number) => boolean;
  /** Is the word a listed past verb (شهد, أعلن), normalized? A name spelled like one opens no definition. */
  pastVerb?: (norm: string) => boolean;
}

/** The capital noun, normalized: in construct with a place it defines (الرباط هي عاصمة المملكة المغربية). */
const CAPITAL = 'عاصمه';

/**
 * يجتذب وادي شاب الزوار: a sentence may open with its verb, and a place noun be its subject. An imperfect
 * of the forms يفتعل, يتفعل, يستفعل is no place's name, nor a feminine past of the form فاعلت.
 */
function verbFirst(n: string): boolean {
  return derivedImperfect(n) || (n.length === 5 && n.charCodeAt(0) === 0x064a /* ي */ && n.charCodeAt(2) === 0x062a /* ت */) || pastOfFormThree(n) || pastOfAlefForm(n);
}

/**
 * ازدهرت مدينة تمبكتو, انتقلت, استقبلت: the feminine past of the forms افتعل (its ت, or the د or ط it turns
 * into after ز, ص, ض), انفعل and استفعل opens its sentence as a verb.
 */
function pastOfAlefForm(n: string): boolean {
  if (n.charCodeAt(0) !== 0x0627 /* ا */ || n.charCodeAt(n.length - 1) !== 0x062a /* ت */) return false;
  if (n.length === 7) return n.startsWith('است');
  if (n.length !== 6) return false;
  const second = n.charCodeAt(1);
  const third = n.charCodeAt(2);
  return second === 0x0646 /* ن */ || third === 0x062a /* ت */ || third === 0x062f /* د */ || third === 0x0637 /* ط */;
}

/** قاطعت ولاية كانو حملات التطعيم: the feminine past of form III (فاعلت) opens its sentence as a verb. */
function pastOfFormThree(n: string): boolean {
  return n.length === 5 && n.charCodeAt(1) === 0x0627 /* ا */ && n.charCodeAt(4) === 0x062a /* ت */;
}

/** A word of a place name: an Arabic word with no proclitic and no tanween that no word list claims. */
function nameWord(text: string, t: Token, w: PlaceDefinitionWords): boolean {
  return t.kind === 'word' && t.script === 'arabic' && t.norm.length >= 2 && (t.clitics?.prefixes.length ?? 0) === 0 && !hasTanween(text, t) && !w.notName(t) && !w.nisba.has(t.norm);
}

/**
 * A sentence that opens with one to three name words, then (هي / هو and) an indefinite place noun with
 * a nationality or «في» after it, or the capital noun in construct with a listed place: the name is a
 * place. Encyclopedias open an article on a place this way, and most such places are in no lexicon.
 */
export function findDefinedPlaces(text: string, tokens: readonly Token[], sentences: readonly Sentence[], w: PlaceDefinitionWords): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (s.skip) continue;
    let end = s.tokenStart;
    while (end < s.tokenEnd && end - s.tokenStart < MAX_NAME_WORDS && nameWord(text, tokens[end]!, w) && !w.nouns.has(tokens[end]!.norm)) end++;
    // شهد إقليم كتالونيا استشارة: a past verb of the lists opens its sentence, though شهد is a name too.
    if (end === s.tokenStart || end >= s.tokenEnd || verbFirst(tokens[s.tokenStart]!.norm) || w.pastVerb?.(tokens[s.tokenStart]!.norm) === true) continue;
    const k = afterCopula(tokens, end, s);
    const capitalOfPlace = tokens[k]?.norm === CAPITAL && k + 1 < s.tokenEnd && w.placeAt(k + 1);
    if (k >= s.tokenEnd || !w.nouns.has(tokens[k]!.norm) || !(capitalOfPlace || nationalityAfter(tokens, k, s, w.nisba, true))) continue;
    out.push({ type: 'LOCATION', start: tokens[s.tokenStart]!.start, end: tokens[end - 1]!.end, rule: 'definition', score: 1 });
  }
  return out;
}
