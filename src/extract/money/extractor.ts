import { activeSentences, type Extractor } from '../types.js';
import { docView } from '../numbers/token-view.js';
import { findMoney } from './find-money.js';
import { moneyLexicon } from './lexicon.js';
import { resolveMoney } from './resolve-money.js';

/** MONEY: amounts with a currency word, symbol or code, resolved to exact amounts and ISO 4217 codes. */
export const moneyExtractor: Extractor = {
  name: 'money',
  types: ['MONEY'],
  extract(context) {
    const view = docView(context);
    const money = moneyLexicon(context.key);
    const sentences = activeSentences(context);
    return resolveMoney(findMoney(view, money, sentences), context, view, money, sentences);
  },
};
