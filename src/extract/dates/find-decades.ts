/**
 * Decades: «التسعينيات», «ثمانينيات القرن الماضي», «في الستينات من القرن العشرين», «بالسبعينيات». The
 * value is the ISO 8601 decade, three digits ("199" for the 1990s), granularity `decade`.
 *
 * The century comes from a phrase after the decade (القرن الماضي, القرن العشرين, القرن الـ19), with or
 * without من between. «القرن الماضي» and «القرن الحالي» are read as written in the 21st century. Without
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
import { decadeLexicon, type DecadeLexicon } from './decade-lexicon.js';

/** A century phrase at token k: a listed one, or القرن + a number (القرن 20, القرن الـ20). */
function centuryAt(view: DocView, lex: DecadeLexicon, k: number, end: number): { century: number; next: number } | null {
  const listed = lex.centuries.match(view.tokens, k, end);
  if (listed) return { century: listed.payload, next: listed.next };
  if (view.tokens[k]?.norm !== lex.centuryWord) return null;
  let at = k + 1;
  if (at < end && view.tokens[at]!.norm === lex.article) at++; // الـ20: the article written apart by tatweel
  const n = at < end ? view.tokens[at]! : undefined;
  if (!n || n.kind !== 'number' || !/^\d{1,2}$/.test(n.norm)) return null;
  const century = Number(n.norm);
  return century >= 1 && century <= 21 ? { century, next: at + 1 } : null;
}

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
      const century = centuryAt(view, lex, fromFirst, s.tokenEnd);
      if (century) next = century.next;
      const start = startAfterPrefix(text, t, decade.prefixLength);
      const end = tokens[next - 1]!.end;
      const c = century?.century ?? (decade.tens >= data.defaultCentury.fromTens ? data.defaultCentury.century : null);
      if (c === null) {
        context.diagnose({ code: 'date.decade-century-unknown', severity: 'info', message: 'A decade without its century (the 1920s or the 2020s?): no date was produced.', start, end });
        continue;
      }
      const value = `${String((c - 1) * 10 + decade.tens).padStart(3, '0')}`;
      out.push({ type: 'DATE', start, end, value: { kind: 'date', value, calendar: 'gregorian', granularity: 'decade' }, rule: century ? 'decade-century' : 'decade' });
      i = next - 1;
    }
  }
  return out;
}
