import type { Extractor } from '../types.js';
import { findOrganizations } from './find.js';

/** Organizations: well-known names, head nouns with their name chains, ministries by portfolio + nisba. */
export const organizationExtractor: Extractor = {
  name: 'organization',
  types: ['ORGANIZATION'],
  extract: findOrganizations,
};
