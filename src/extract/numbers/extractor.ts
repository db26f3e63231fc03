import type { NumberValue } from '../../schema.js';
import { activeSentences, type Candidate, type Extractor } from '../types.js';
import { coveredTokens } from './covered.js';
import { formatDec } from './decimal.js';
import { findNumbers, type NumberMatch } from './find-numbers.js';
import { reportNumberProblem } from './problems.js';
import { docView } from './token-view.js';

function numberValue(m: NumberMatch): NumberValue {
  const a = m.amount;
  const value: NumberValue = { kind: 'number', value: a.value ? formatDec(a.value) : null };
  if (m.unit) value.unit = m.unit;
  if (a.min && a.max) [value.min, value.max] = [formatDec(a.min), formatDec(a.max)];
  if (m.qualifier?.approximate) value.approximate = true;
  if (m.qualifier) value.qualifier = m.qualifier.text;
  return value;
}

/**
 * NUMBER: quantities with a scale word or a counted noun (the rule is in find-numbers.ts). Runs after
 * money, percent and dates, and skips the tokens they claimed.
 */
export const numberExtractor: Extractor = {
  name: 'numbers',
  types: ['NUMBER'],
  extract(context) {
    const view = docView(context);
    const covered = coveredTokens(context.tokens, context.previous);
    return findNumbers(view, activeSentences(context), covered).map((m): Candidate => {
      reportNumberProblem(context, m.amount, m);
      return { type: 'NUMBER', start: m.start, end: m.end, value: numberValue(m), rule: m.rule };
    });
  },
};
