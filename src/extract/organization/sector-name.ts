// A company named for a place or a family and its line of business behind ل, with a company's verb before
// it: أعلنت السودة للتطوير, سجلت الإمارات للشحن الجوي, وقعت جبل عمر للتطوير. Without such a verb a place
// and a ل-phrase are as often the place and what it needs (حاجة مصر للطاقة), so nothing is read.
import type { Sentence, Token } from '../../schema.js';
import { keyedSetOf } from '../common/words.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { Candidate, ExtractContext } from '../types.js';
import sectors from './data/company-sectors.json';
import { PLACE_NAME_OPENERS } from '../location/trigger-name.js';
import { placeLexicon } from '../location/lexicon.js';

const sectorSet = keyedSetOf(sectors.words);

/** Adjectives of a line of business not of nisba shape (للصناعات الثقيلة, للطاقة المتجددة), normalized. */
const SECTOR_ADJECTIVES = new Set(['الثقيله', 'الخفيفه', 'المتجدده', 'المتقدمه', 'الحديثه', 'الدقيقه']);

/** The relative pronouns that end in ي like a nisba (للسيارات الكهربائية التي يرأسها), normalized. */
const RELATIVES = new Set(['الذي', 'التي']);

/** What the reader needs to know of words and places. */
export interface SectorWords {
  /** Where a listed place read at token j ends (exclusive), or -1. */
  placeEnd: (j: number, sentence: Sentence) => number;
  /** A word of the lists (common word, function word, verb, nisba, title …): no company's name. */
  isWord: (norm: string) => boolean;
  /** A verb of news prose (أعلنت, سجلت). */
  isVerb: (norm: string) => boolean;
}

/** The line of business at j: ل + a definite listed sector (للتطوير, للشحن), then its adjectives. Its end, or -1. */
function sectorEnd(tokens: readonly Token[], j: number, s: Sentence, sectorsKeyed: ReadonlySet<string>): number {
  const t = tokens[j];
  const c = t?.clitics;
  if (t === undefined || j >= s.tokenEnd || c === undefined || !c.article || c.prefixes.length !== 1 || c.prefixes[0] !== 'ل') return -1;
  if (!sectorsKeyed.has(bareKey(t))) return -1;
  let end = j + 1;
  // للشحن الجوي, للتطوير العقاري, للغزل والنسيج: an adjective, or a second line joined by و.
  while (end < s.tokenEnd && end - j <= 3) {
    const n = tokens[end]!;
    const joined = n.clitics?.prefixes.length === 1 && n.clitics.prefixes[0] === 'و' && n.clitics.article && sectorsKeyed.has(bareKey(n));
    const adjective = !n.clitics?.prefixes.length && n.norm.startsWith('ال') && !RELATIVES.has(n.norm) && (n.norm.endsWith('ي') || n.norm.endsWith('يه') || SECTOR_ADJECTIVES.has(n.norm));
    if (!joined && !adjective) break;
    end++;
  }
  return end;
}

/**
 * Is token k a company's verb: a feminine past verb of news prose (أعلنت, سجلت)? (Not the present: تحتاج
 * الصين للطاقة is the country's need.)
 */
function companyVerb(t: Token, w: SectorWords): boolean {
  // The last letter first: most tokens end otherwise, and are settled without a lookup.
  if (t.kind !== 'word' || t.norm.charCodeAt(t.norm.length - 1) !== 0x062a /* ت */) return false;
  return w.isVerb(bareKey(t));
}

/** ORGANIZATION candidates for a place or a bare name, then its line of business, after a company's verb. */
export function findSectorNames(context: ExtractContext, w: SectorWords): Candidate[] {
  const { tokens } = context;
  const keyed = sectorSet(context.key);
  const out: Candidate[] = [];
  for (const s of context.sentences) {
    if (s.skip) continue;
    for (let k = s.tokenStart; k + 1 < s.tokenEnd; k++) {
      if (!companyVerb(tokens[k]!, w)) continue;
      const first = k + 1;
      const f = tokens[first]!;
      if (f.kind !== 'word' || f.clitics?.prefixes.length && !f.norm.startsWith('ال')) continue;
      // The name: a listed place (الإمارات), a place's name of two words after its opener (جبل عمر), or
      // one bare word no list knows (السودة).
      const place = w.placeEnd(first, s);
      const second = tokens[first + 1];
      const opened = PLACE_NAME_OPENERS.has(f.norm) && second !== undefined && first + 1 < s.tokenEnd && second.kind === 'word' && !second.clitics?.prefixes.length;
      const nameEnd = place > first ? place : opened ? first + 2 : !w.isWord(f.norm) && f.norm.length >= 3 ? first + 1 : -1;
      if (nameEnd < 0 || nameEnd - first > 3) continue;
      const end = withoutCountry(tokens, nameEnd, sectorEnd(tokens, nameEnd, s, keyed), context.key);
      if (end < 0) continue;
      out.push({ type: 'ORGANIZATION', start: f.start, end: tokens[end - 1]!.end, rule: 'sector-name', score: 1 });
      k = end - 1;
    }
  }
  return out;
}

/**
 * Where a listed company of one word ends with its line of business after it (سامسونغ للإلكترونيات,
 * غوجيك للتوصيل is unlisted): `end` itself when no ل + listed sector follows.
 */
export function withSector(tokens: readonly Token[], end: number, s: Sentence, key: (w: string) => string): number {
  const sector = withoutCountry(tokens, end, sectorEnd(tokens, end, s, sectorSet(key)), key);
  return sector > end ? sector : end;
}

/**
 * The end of a line of business from `from` to `end`, less the country's adjective after it (أدنوك
 * للتوزيع الإماراتية): the country describes the company, as after any company. -1 stays -1.
 */
function withoutCountry(tokens: readonly Token[], from: number, end: number, key: (w: string) => string): number {
  const nisba = placeLexicon(key).nisba;
  while (end > from + 1 && nisba.has(tokens[end - 1]!.norm)) end--;
  return end;
}
