/**
 * Decades: «التسعينيات», «ثمانينيات القرن الماضي», «في الستينات من القرن العشرين», «بالسبعينيات». The
 * value is the ISO 8601 decade, three digits ("199" for the 1990s), granularity `decade`.
 *
 * The century comes from a phrase after the decade (القرن الماضي, القرن العشرين, القرن الـ19), with or
 * without من between, read as find-centuries reads it: «القرن الماضي» and «القرن الحالي» as written in
 * the 21st century; an era mark after it joins the span, a Hijri one makes the decade Hijri (ثمانينيات
 * القرن الرابع عشر الهجري → "138", the 1380s AH) and one before the era gives a diagnostic. Without
 * a century phrase, the thirties to the nineties are the 20th century's (news writes of the 2030s–2090s
 * far less than of the 1930s–1990s); the twenties could be the 1920s or the 2020s, so they get no value
 * and a diagnostic.
 */
import type { Sentence } from '../../schema.js';
import { DATE_START } from '../lexicon/value-starts.js';
import { startAfterPrefix } from '../numbers/proclitics.js';
import type { DocView } from '../numbers/token-view.js';
import type { Candidate, ExtractContext } from '../types.js';
import data from './data/decades.json';
import { decadeLexicon } from './decade-lexicon.js';
import { readCentury } from './find-centuries.js';

export function findDecades(view: DocView, sentences: readonly Sentence[], context: ExtractContext): Candidate[] {
  const lex = decadeLexicon(context.key);
  const { tokens, text } = view;
  const out: Candidate[] = [];
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if ((view.starts[i]! & DATE_START) === 0) continue;
      const t = tokens[i]!;
      const decade = t.kind === 'word' ? lex.decades.get(t.norm) : undefined;
      if (!decade) continue;
      let next = i + 1;
      const fromFirst = next < s.tokenEnd && tokens[next]!.norm === lex.from ? next + 1 : next;
      const read = readCentury(view, lex, fromFirst, s.tokenEnd);
      const century = read && read.prefixLength === 0 ? read : null; // not «الثمانينيات والقرن الحالي»
      if (century) next = century.next;
      const start = startAfterPrefix(text, t, decade.prefixLength);
      const end = tokens[next - 1]!.end;
      if (century?.era === 'before-era') {
        context.diagnose({ code: 'date.century-before-era', severity: 'info', message: 'A decade of a century before the era: no date was produced.', start, end });
        i = next - 1;
        continue;
      }
      const c = century?.century ?? (decade.tens >= data.defaultCentury.fromTens ? data.defaultCentury.century : null);
      if (c === null) {
        context.diagnose({ code: 'date.decade-century-unknown', severity: 'info', message: 'A decade without its century (the 1920s or the 2020s?): no date was produced.', start, end });
        continue;
      }
      const value = `${String((c - 1) * 10 + decade.tens).padStart(3, '0')}`;
      const calendar = century?.era === 'hijri' ? 'hijri' : 'gregorian';
      out.push({ type: 'DATE', start, end, value: { kind: 'date', value, calendar, granularity: 'decade' }, rule: century ? 'decade-century' : 'decade' });
      i = next - 1;
    }
  }
  return out;
}
