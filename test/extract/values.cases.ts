/** The table of value cases: one per phenomenon of issue 3, plus negatives. */
import { dayCases } from './cases/dates-days.js';
import { yearCases } from './cases/dates-years.js';
import { decadeCases } from './cases/dates-decades.js';
import { centuryCases } from './cases/dates-centuries.js';
import type { ValueCase } from './cases/helpers.js';
import { moneyAmountCases } from './cases/money-amounts.js';
import { moneyContextCases } from './cases/money-context.js';
import { moneyCurrencyCases } from './cases/money-currencies.js';
import { negativeCases } from './cases/negatives.js';
import { numberCases } from './cases/numbers.js';
import { percentCases } from './cases/percent.js';

export type { ValueCase } from './cases/helpers.js';

export const valueCases: ValueCase[] = [
  ...moneyAmountCases,
  ...moneyCurrencyCases,
  ...moneyContextCases,
  ...percentCases,
  ...numberCases,
  ...yearCases,
  ...decadeCases,
  ...centuryCases,
  ...dayCases,
  ...negativeCases,
];
