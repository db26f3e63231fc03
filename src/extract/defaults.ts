import { glossExtractor } from './gloss/index.js';
import { locationExtractor } from './location/index.js';
import { organizationExtractor } from './organization/index.js';
import { personExtractor } from './person/index.js';
import type { Extractor } from './types.js';
import { valueExtractors } from './values.js';

/**
 * The built-in extractors, in run order: values first (money, percentages, dates, numbers), then
 * organizations, people and places. Order breaks ties in the overlap stage, and people come after
 * organizations because one person rule reads their candidates (context.previous): a role, the body it
 * is held in, then the holder's name (رئيس البنك الدولي ديفيد مالباس). Latin glosses come last: they
 * repeat a name any of the three found (ماري كوري (بالفرنسية: Marie Curie)).
 */
const BUILT_IN: readonly Extractor[] = [...valueExtractors, organizationExtractor, personExtractor, locationExtractor, glossExtractor];

/** The built-in extractors, in run order. */
export function defaultExtractors(): readonly Extractor[] {
  return BUILT_IN;
}
