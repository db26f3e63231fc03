/**
 * A month named alone where the sentence makes it a time: «في مارس», «خلال شهر رمضان», «منذ يناير»,
 * «مارس الماضي» → the month without a year (--03). The cue words are data (month-cues.json); without
 * one, a month alone is no date (مارس الرياضة is a verb and its object, رمضان صبحي a player).
 */
import { perKeyer } from '../../text/lexicon-key.js';
import { hasBehindConjunction } from '../common/words.js';
import { bareKey } from '../lexicon/token-forms.js';
import type { DocView } from '../numbers/token-view.js';
import cues from './data/month-cues.json';
import type { DateMatch } from './find-dates.js';
import { skipAlternateMonth } from './find-day-month.js';
import type { DateLexicon } from './lexicon.js';

const monthCues = perKeyer((key) => ({ before: new Set(cues.before.map(key)), after: new Set(cues.after.map(key)) }));

export function monthAlone(view: DocView, lex: DateLexicon, i: number, sentenceStart: number, end: number, key: (s: string) => string): DateMatch | null {
  const { tokens } = view;
  const month = lex.months.match(tokens, i, end);
  // A month written with a proclitic (ومارس) is left alone: و before مارس is as often «and he practised».
  if (!month || month.payload.prefixLength !== 0) return null;
  // في إب: آب (August) folds like إب, the Yemeni city; written with hamza below, it is the city.
  if (tokens[i]!.norm.length === 2 && view.text.charCodeAt(tokens[i]!.start) === 0x0625 /* إ */) return null;
  const { before, after } = monthCues(key);
  // «مايو / أيار الماضي»: the month in the other series is part of the span.
  const next = skipAlternateMonth(view, lex, month.next, end, month.payload.month);
  // وفي مارس: a cue behind و or ف, too short for the clitic splitter, counts too.
  const cued = i > sentenceStart && hasBehindConjunction(before, bareKey(tokens[i - 1]!));
  const relative = next < end && after.has(tokens[next]!.norm);
  if (!cued && !relative) return null;
  return {
    first: i, next, start: tokens[i]!.start, end: tokens[next - 1]!.end,
    calendar: month.payload.calendar, month: month.payload.month, rule: 'month',
  };
}
