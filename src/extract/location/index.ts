import type { Extractor } from '../types.js';
import { findPlaces } from './find.js';

/** Places: countries, cities and regions from the lexicons, and names announced by a trigger word. */
export const locationExtractor: Extractor = {
  name: 'location',
  types: ['LOCATION'],
  extract: findPlaces,
};
