/**
 * Centuries: «في القرن العشرين», «القرن التاسع عشر الميلادي», «بالقرن الـ19», «القرن الرابع الهجري»,
 * «القرن الماضي». The value is the ISO 8601 century, two digits, granularity `century`.
 *
 * Convention: ISO 8601's century "18" is the years 1800–1899, and that is what news means by «القرن
 * التاسع عشر» (the 1800s), not the strict count 1801–1900. So the nth century is n - 1: the 19th → "18",
 * the 21st → "20", the 1st → "00". A Hijri mark after the phrase (الهجري, هـ, للهجرة) makes it the Hijri
 * century, counted the same way (القرن الرابع الهجري → "03"), with no Gregorian equivalent: a Hijri
 * century straddles two Gregorian ones. «القرن الماضي» and «القرن الحالي» are read as written in the
 * 21st century, as for decades. Before the era (قبل الميلاد, ق.م) the value would count backwards, which
 * the ISO prefix cannot say: no date, a diagnostic instead.
 *
 * Not dates: القرن with nothing that counts it (القرن الأفريقي is the Horn of Africa), قرن without the
 * article (قرن الغزال), and «ربع قرن», «نصف قرن», which are durations.
 */
import type { Sentence } from '../../schema.js';
import { DATE_START } from '../lexicon/value-starts.js';
import { asciiDigits } from '../numbers/digits.js';
import { startAfterPrefix } from '../numbers/proclitics.js';
import type { DocView } from '../numbers/token-view.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { DecadeLexicon } from './decade-lexicon.js';
import { decadeLexicon } from './decade-lexicon.js';
import type { EraCalendar } from './lexicon.js';

export interface CenturyPhrase {
  /** The century as counted in the text, 1–21 (القرن التاسع عشر: 19). */
  century: number;
  /** Proclitic letters written on القرن (بالقرن: 1). */
  prefixLength: number;
  era: EraCalendar | null;
  /** The token after the phrase, its era mark included. */
  next: number;
}

/** The number after القرن at token `at`: a listed phrase, an ordinal, or digits (القرن 19, القرن الـ19). */
function countAt(view: DocView, lex: DecadeLexicon, at: number, end: number): { century: number; next: number } | null {
  if (at >= end) return null;
  const listed = lex.centuries.match(view.tokens, at, end);
  if (listed) return { century: listed.payload, next: listed.next };
  // The longest ordinal or none: القرن الثاني والعشرين is not the second century.
  const ordinal = lex.ordinals.match(view.tokens, at, end);
  if (ordinal) return ordinal.payload <= 21 ? { century: ordinal.payload, next: ordinal.next } : null;
  if (view.tokens[at]!.norm === lex.article) at++; // الـ19: the article written apart by tatweel
  const n = at < end ? view.tokens[at]! : undefined;
  const digits = n?.kind === 'number' ? asciiDigits(n.norm) : null;
  if (digits === null || !/^\d{1,2}$/.test(digits)) return null;
  const century = Number(digits);
  return century >= 1 && century <= 21 ? { century, next: at + 1 } : null;
}

/** A century phrase starting at token k (القرن, possibly with proclitics), its era mark included. */
export function readCentury(view: DocView, lex: DecadeLexicon, k: number, end: number): CenturyPhrase | null {
  const t = view.tokens[k];
  const prefixLength = t?.kind === 'word' ? lex.centuryWords.get(t.norm) : undefined;
  if (prefixLength === undefined) return null;
  const count = countAt(view, lex, k + 1, end);
  if (!count) return null;
  const era = count.next < end ? lex.centuryEras.match(view.tokens, count.next, end) : null;
  return { century: count.century, prefixLength, era: era?.payload ?? null, next: era?.next ?? count.next };
}

/** Is the century at token k the one a decade reads (التسعينيات من القرن الماضي)? Then find-decades owns it. */
function decadesCentury(view: DocView, lex: DecadeLexicon, k: number, sentenceStart: number): boolean {
  const isDecade = (j: number): boolean => j >= sentenceStart && view.tokens[j]!.kind === 'word' && lex.decades.has(view.tokens[j]!.norm);
  return isDecade(k - 1) || (k - 2 >= sentenceStart && view.tokens[k - 1]!.norm === lex.from && isDecade(k - 2));
}

export function findCenturies(view: DocView, sentences: readonly Sentence[], context: ExtractContext): Candidate[] {
  const lex = decadeLexicon(context.key);
  const out: Candidate[] = [];
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if ((view.starts[i]! & DATE_START) === 0) continue;
      const phrase = readCentury(view, lex, i, s.tokenEnd);
      if (!phrase) continue;
      const owned = phrase.prefixLength === 0 && decadesCentury(view, lex, i, s.tokenStart);
      const start = startAfterPrefix(view.text, view.tokens[i]!, phrase.prefixLength);
      const end = view.tokens[phrase.next - 1]!.end;
      i = phrase.next - 1;
      if (owned) continue;
      if (phrase.era === 'before-era') {
        context.diagnose({ code: 'date.century-before-era', severity: 'info', message: 'A century before the era: no date was produced.', start, end });
        continue;
      }
      const value = String(phrase.century - 1).padStart(2, '0');
      const calendar = phrase.era === 'hijri' ? 'hijri' : 'gregorian';
      out.push({ type: 'DATE', start, end, value: { kind: 'date', value, calendar, granularity: 'century' }, rule: phrase.era ? 'century-era' : 'century' });
    }
  }
  return out;
}
