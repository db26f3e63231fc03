import type { Extractor } from './types.js';

/** The built-in extractors, in run order. */
export function defaultExtractors(): readonly Extractor[] {
  return [];
}
