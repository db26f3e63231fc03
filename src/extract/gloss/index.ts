import type { Extractor } from '../types.js';
import { findLatinGlosses } from './find.js';

/**
 * Names repeated in Latin letters in brackets (ماري كوري (بالفرنسية: Marie Curie)): a mention of the type
 * of the name before the bracket. It reads the other extractors' candidates, so it runs after them;
 * coreference makes both one entity.
 */
export const glossExtractor: Extractor = {
  name: 'gloss',
  types: ['PERSON', 'ORGANIZATION', 'LOCATION'],
  extract: findLatinGlosses,
};
