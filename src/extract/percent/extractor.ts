import type { PercentValue } from '../../schema.js';
import { activeSentences, type Candidate, type Extractor } from '../types.js';
import { formatDec } from '../numbers/decimal.js';
import { reportNumberProblem } from '../numbers/problems.js';
import { docView } from '../numbers/token-view.js';
import { findPercents, type PercentMatch } from './find-percent.js';
import { percentLexicon } from './lexicon.js';

function percentValue(m: PercentMatch): PercentValue {
  const a = m.amount;
  const value: PercentValue = { kind: 'percent', value: a.value ? formatDec(a.value) : null };
  if (a.min && a.max) [value.min, value.max] = [formatDec(a.min), formatDec(a.max)];
  if (m.qualifier?.approximate) value.approximate = true;
  if (m.qualifier) value.qualifier = m.qualifier.text;
  return value;
}

/** PERCENT: %, ٪, في المائة, بالمئة and «بنسبة 5», with exact decimal values and ranges. */
export const percentExtractor: Extractor = {
  name: 'percent',
  types: ['PERCENT'],
  extract(context) {
    const view = docView(context);
    const matches = findPercents(view, percentLexicon(context.key), activeSentences(context));
    return matches.map((m): Candidate => {
      reportNumberProblem(context, m.amount, m);
      return { type: 'PERCENT', start: m.start, end: m.end, value: percentValue(m), rule: m.rule };
    });
  },
};
