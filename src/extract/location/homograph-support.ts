// What makes a place spelled like a common word (الرباط 'the bond', الزرقاء 'the blue', العيون 'the eyes')
// a place: a locative word or trigger before it, and, read here, a dateline or a list of places.
import { NO_PREFIXES } from '../lexicon/token-forms.js';
import { readingKey } from '../../segment/finish-tokens.js';
import type { Sentence, Token } from '../../schema.js';

/** Punctuation that opens a dateline after its city: «الرباط - أجرى …», «عمان ( بترا ) -». */
const DATELINE_MARKS = new Set(['-', '–', '—', '(']);

/** الحدود, حدود and with, normalized: «on the border with» names the country on the other side. */
const BORDERS = new Set(['الحدود', 'حدود']);
const WITH = 'مع';

export interface HomographNeighbours {
  /** Is a listed place, not itself a homograph, read at token j? Its index past the end, or -1. */
  plainPlaceEnd: (j: number) => number;
  /** Does a listed place (of any kind) end right before token j? */
  placeEndsAt: (j: number) => boolean;
  /** Does an organization found by the extractors before this one end right before token j? */
  bodyEndsAt: (j: number) => boolean;
  /** Is the homograph (its reading behind the proclitic) a place behind ب wherever it stands (بالرباط)? */
  behindBa: (key: string) => boolean;
  /** Is the word «the capital» (العاصمة), normalized? */
  capital: (norm: string) => boolean;
  /** Is the word a country's adjective (المغربية), normalized? */
  nisba: (norm: string) => boolean;
}

/**
 * Is the homograph at token i a place without a locative word before it?
 * - at the start of a sentence before a dateline mark (الرباط - أجرى وزير …);
 * - in a list of places joined by و (الزرقاء وإربد والمفرق, طنجة والعيون);
 * - behind ب right after an organization, as its seat (مديرية الصحة بالشرقية), or behind ب at all for
 *   the few listed in data/homographs.json `behindBa` (اجتماع بالرباط);
 * - after «the border with» (على الحدود مع مالي);
 * - in apposition to «the capital», with or without its country's adjective (العاصمة المغربية الرباط).
 * Not behind ب or ل at the end of a phrase: that is as often an instrument or an object (بالبندقية «with
 * the rifle», بالقائم «the goalpost», للأصنام) as a place.
 */
export function homographSupported(tokens: readonly Token[], i: number, sentence: Sentence, near: HomographNeighbours): boolean {
  const t = tokens[i]!;
  const next = i + 1 < sentence.tokenEnd ? tokens[i + 1] : undefined;
  if (i === sentence.tokenStart && next !== undefined && DATELINE_MARKS.has(next.norm)) return true;
  const prefixes = t.clitics?.prefixes ?? NO_PREFIXES;
  if (prefixes[prefixes.length - 1] === 'و' && i > sentence.tokenStart && near.placeEndsAt(i)) return true;
  // وزارة الصحة بالشرقية: ب after a body names the place it sits in.
  if (prefixes.length === 1 && prefixes[0] === 'ب' && i > sentence.tokenStart && near.bodyEndsAt(i)) return true;
  // اجتماع بالرباط: a few homographs are the place behind ب wherever they stand.
  if (prefixes.length === 1 && prefixes[0] === 'ب' && t.clitics !== undefined && near.behindBa(readingKey(t.clitics))) return true;
  if (prefixes.length === 0 && i - 2 >= sentence.tokenStart && tokens[i - 1]!.norm === WITH && BORDERS.has(tokens[i - 2]!.norm)) return true;
  if (prefixes.length === 0 && i > sentence.tokenStart) {
    const before = tokens[i - 1]!;
    // (العاصمة الجديدة: a definite word in ة after it agrees with it as its adjective, the new capital.)
    if (near.capital(before.norm) && !(t.norm.startsWith('ال') && t.norm.endsWith('ه'))) return true;
    if (i - 2 >= sentence.tokenStart && near.nisba(before.norm) && !before.clitics?.prefixes.length && near.capital(tokens[i - 2]!.norm)) return true;
  }
  return next !== undefined && next.clitics?.prefixes[0] === 'و' && near.plainPlaceEnd(i + 1) > 0;
}

/** طريق, and عن with and without و (a word of two letters is not split), normalized. */
const ROAD = 'طريق';
const ABOUT: ReadonlySet<string> = new Set(['عن', 'وعن']);

/**
 * Is the word before token i طريق after عن («by means of»)? Then it is no road to a place: عن طريق
 * الرباط is «through the bond» (طريق الزرقاء, on the road to Zarqa, is one).
 */
export function byMeansOf(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  return i - 2 >= sentence.tokenStart && tokens[i - 1]!.norm === ROAD && ABOUT.has(tokens[i - 2]!.norm);
}
