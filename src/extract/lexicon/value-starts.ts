import { perKeyer } from '../../text/lexicon-key.js';
import { dateLexicon } from '../dates/lexicon.js';
import { decadeStartWords } from '../dates/decade-lexicon.js';
import { moneyLexicon } from '../money/lexicon.js';
import { numberLexicon } from '../numbers/lexicon.js';
import { percentLexicon } from '../percent/lexicon.js';
import { perDocument, perWordStarts, startBitMap } from './start-bits.js';

/** Which value extractors may start a phrase at a token: one bit each. A number token sets them all. */
export const MONEY_START = 1;
export const PERCENT_START = 2;
export const DATE_START = 4;
export const AMOUNT_START = 8;
const ALL = MONEY_START | PERCENT_START | DATE_START | AMOUNT_START;

/** Bits kept only for word tokens (a date starts at a month or weekday word, never at a symbol). */
const WORD_ONLY = DATE_START;

/** Every text a value phrase can start with, mapped to the bits of the extractors it may start. */
const startWords = perKeyer((key) => {
  const words = startBitMap([
    [moneyLexicon(key).startWords, MONEY_START],
    [percentLexicon(key).startWords, PERCENT_START],
    [numberLexicon(key).amountStarts, AMOUNT_START],
    [dateLexicon(key).startWords, DATE_START],
    [decadeStartWords(key), DATE_START],
  ]);
  return perWordStarts((t) => {
    if (t.kind === 'number') return ALL;
    const bits = words.get(t.norm) ?? 0;
    return t.kind === 'word' ? bits : bits & ~WORD_ONLY;
  });
});

/**
 * For each token of the document, the bits of the value extractors that may start a phrase there
 * (money, percent, dates, numbers). The four scans share it: a token's text is looked up once, and the
 * tokens no value can start at (most of them) are passed over with one array read.
 */
export const valueStarts = perDocument((context) => startWords(context.key)(context.tokens, context.wordIds));
