import type { Extractor } from '../types.js';
import { findPeople } from './find.js';

/** People: titles and roles with names, name chains from known given names, quoted names, re-mentions. */
export const personExtractor: Extractor = {
  name: 'person',
  types: ['PERSON'],
  extract: findPeople,
};
