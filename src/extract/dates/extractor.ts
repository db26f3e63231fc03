import { activeSentences, type Extractor } from '../types.js';
import { docView } from '../numbers/token-view.js';
import { findDates } from './find-dates.js';
import { dateLexicon } from './lexicon.js';
import { resolveDates } from './resolve-date.js';

/** DATE: years, year ranges, day-month(-year), month-year and numeric dates, Gregorian and Hijri. */
export const dateExtractor: Extractor = {
  name: 'dates',
  types: ['DATE'],
  extract(context) {
    const matches = findDates(docView(context), dateLexicon(context.key), activeSentences(context));
    return resolveDates(matches, context);
  },
};
