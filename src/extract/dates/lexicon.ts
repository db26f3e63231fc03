/**
 * The date lexicon, compiled once per normalization keyer: month names (Intl-derived plus variants,
 * with proclitics on the first word), weekdays, ordinal day words, year cues and era marks.
 */
import { perKeyer } from '../../text/lexicon-key.js';
import monthVariants from './data/month-variants.json';
import weekdays from './data/weekdays.json';
import ordinalDays from './data/ordinal-days.json';
import yearCues from './data/year-cues.json';
import eraMarks from './data/era-marks.json';
import countWords from './data/count-words.json';
import { PhraseTrie, splitLikeTokens as phraseWords } from '../lexicon/phrase-trie.js';
import { procliticVariants } from '../numbers/proclitics.js';
import { intlMonthNames, type Calendar } from './calendar-names.js';

/** Where a matched word proper starts: after `prefixLength` proclitic letters (ومارس, بالخميس). */
interface Prefixed {
  prefixLength: number;
}

export interface MonthEntry extends Prefixed {
  calendar: Calendar;
  month: number;
}

export interface WeekdayEntry extends Prefixed {
  weekday: number;
}

export type EraCalendar = Calendar | 'before-era';

export interface DateLexicon {
  months: PhraseTrie<MonthEntry>;
  weekdays: PhraseTrie<WeekdayEntry>;
  /** Day ordinals as whole phrases (الخامس عشر, الحادي والعشرين) → day of month. */
  ordinals: PhraseTrie<number>;
  /** Words that announce a year (عام, سنة, منذ, بحلول), with proclitics: they widen the accepted range. */
  yearCues: Set<string>;
  /** The year nouns that make a number of one to three digits right after them a year (عام 970, وفي سنة 622). */
  shortYearCues: Set<string>;
  /** Words between a cue and its year (العام الحالي 2024). */
  yearModifiers: Set<string>;
  /** Modifiers that name the Hijri calendar (العام الهجري 1446). */
  hijriModifiers: Set<string>;
  /** Between the two years of a range: 2023-2024, 2023/2024. */
  yearConnectors: Set<string>;
  /** Between a month and its year: مارس من عام 2024. */
  beforeYear: Set<string>;
  /** Between the two days of a range in one month: من 10 إلى 20 يناير. */
  dayRange: Set<string>;
  eras: PhraseTrie<EraCalendar>;
  /** Words a day-month, month-year or weekday date can start with: one Set lookup skips all other words. */
  startWords: Set<string>;
  /** Words that make a nearby number a count (بلغ عدد الحالات 1950): no cue-less year there. */
  countWords: Set<string>;
  from: string;
  month: string;
}

/** All 31 ordinal day phrases, composed from the units, tens and the teen marker of the data file. */
function ordinalPhrases(): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const teen = ordinalDays.find((o) => o.role === 'teen')!.form;
  const tens = ordinalDays.filter((o) => o.role === 'tens');
  for (const o of ordinalDays) {
    if (o.role === 'alone' || o.role === 'unit') out.push([o.form, o.value]);
    if (o.role === 'unit' || o.role === 'compound') {
      out.push([`${o.form} ${teen}`, o.value + 10]);
      for (const t of tens) if (o.value + t.value <= 31) out.push([`${o.form} و${t.form}`, o.value + t.value]);
    }
  }
  for (const t of tens) out.push([t.form, t.value]);
  return out;
}

function withProclitics<T extends Prefixed>(trie: PhraseTrie<T>, words: string[], payload: Omit<T, 'prefixLength'>, article: boolean): void {
  for (const v of procliticVariants(words[0]!, article)) {
    trie.add([v.surface, ...words.slice(1)], { ...payload, prefixLength: v.prefixLength } as T);
  }
}

function compile(key: (s: string) => string): DateLexicon {
  const words = (s: string): string[] => phraseWords(s).map(key);
  const months = new PhraseTrie<MonthEntry>();
  for (const m of [...intlMonthNames(), ...monthVariants]) {
    const ws = words(m.name);
    withProclitics(months, ws, { calendar: m.calendar as Calendar, month: m.month }, ws[0]!.startsWith('ال'));
  }
  const weekdayTrie = new PhraseTrie<WeekdayEntry>();
  for (const w of weekdays) withProclitics(weekdayTrie, words(w.name), { weekday: w.weekday }, true);
  const ordinals = new PhraseTrie<number>();
  for (const [phrase, day] of ordinalPhrases()) ordinals.add(words(phrase), day);
  const cues = new Set<string>();
  for (const c of yearCues.strong) for (const v of procliticVariants(key(c), c.startsWith('ال'))) cues.add(v.surface);
  const shortCues = new Set<string>();
  for (const c of yearCues.beforeShortYear) for (const v of procliticVariants(key(c), false)) shortCues.add(v.surface);
  const eras = new PhraseTrie<EraCalendar>();
  for (const e of eraMarks) eras.add(words(e.mark), e.calendar as EraCalendar);
  const startWords = new Set<string>([...months.firstWords(), ...weekdayTrie.firstWords(), ...ordinals.firstWords()]);
  return {
    startWords,
    months,
    weekdays: weekdayTrie,
    ordinals,
    yearCues: cues,
    shortYearCues: shortCues,
    yearModifiers: new Set(yearCues.modifiers.map(key)),
    hijriModifiers: new Set(yearCues.hijriModifiers.map(key)),
    yearConnectors: new Set(yearCues.connectors.map(key)),
    beforeYear: new Set(yearCues.between.map(key)),
    dayRange: new Set(yearCues.dayRange.map(key)),
    eras,
    countWords: new Set(countWords.map(key)),
    from: key('من'),
    month: key('شهر'),
  };
}

export const dateLexicon: (key: (s: string) => string) => DateLexicon = perKeyer(compile);
