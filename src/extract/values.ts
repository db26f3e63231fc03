/**
 * The value extractors, in run order. Money runs first so its spans (which contain numbers) are
 * known; percentages and dates next; NUMBER last, because it only claims quantities that none of the
 * others took (it reads `context.previous`). All four share one number grammar (./numbers).
 */
import { dateExtractor } from './dates/extractor.js';
import { moneyExtractor } from './money/extractor.js';
import { numberExtractor } from './numbers/extractor.js';
import { percentExtractor } from './percent/extractor.js';
import type { Extractor } from './types.js';

export const valueExtractors: Extractor[] = [moneyExtractor, percentExtractor, dateExtractor, numberExtractor];
