import type { Extractor } from '../types.js';
import { findOrganizations } from './find.js';

/**
 * Organizations: well-known names, head nouns with their name chains, ministries by portfolio + nisba.
 * Well-known buildings that would read as organizations (مركز التجارة العالمي) come out as MISC.
 */
export const organizationExtractor: Extractor = {
  name: 'organization',
  types: ['ORGANIZATION', 'MISC'],
  extract: findOrganizations,
};
