import { locationExtractor } from './location/index.js';
import { organizationExtractor } from './organization/index.js';
import { personExtractor } from './person/index.js';
import type { Extractor } from './types.js';

const BUILT_IN: readonly Extractor[] = [organizationExtractor, personExtractor, locationExtractor];

/** The built-in extractors, in run order. */
export function defaultExtractors(): readonly Extractor[] {
  return BUILT_IN;
}
