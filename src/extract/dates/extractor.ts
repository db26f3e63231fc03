import { activeSentences, type Extractor } from '../types.js';
import { docView } from '../numbers/token-view.js';
import { findDates } from './find-dates.js';
import { findCenturies } from './find-centuries.js';
import { findDecades } from './find-decades.js';
import { dateLexicon } from './lexicon.js';
import { resolveDates } from './resolve-date.js';

/** DATE: years, year ranges, day-month(-year), month-year, a month after a cue and numeric dates, Gregorian and Hijri; decades; centuries. */
export const dateExtractor: Extractor = {
  name: 'dates',
  types: ['DATE'],
  extract(context) {
    const view = docView(context);
    const sentences = activeSentences(context);
    const matches = findDates(view, dateLexicon(context.key), sentences, context.key);
    return [...resolveDates(matches, context), ...findDecades(view, sentences, context), ...findCenturies(view, sentences, context)];
  },
};
