import { toConll, type ToConllOptions } from '../../eval/to-conll.js';
import type { ArabicDocument } from '../../schema.js';

/**
 * Token-per-line BIO (PERS/ORG/LOC/MISC), the ANERcorp and CAMeL Tools layout. The exporter of the
 * eval module, so that an export evaluated against itself scores 1.0 by construction.
 */
export function exportConll(doc: ArabicDocument, options?: ToConllOptions): string {
  return toConll(doc, options);
}
