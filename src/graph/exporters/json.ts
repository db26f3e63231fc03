import type { ArabicDocument } from '../../schema.js';
import { toJSON } from '../json.js';

/** The whole document as indented JSON in canonical key order (what `fromJSON` reads back). */
export function exportJson(doc: ArabicDocument): string {
  return toJSON(doc, 2) + '\n';
}

/** The document on one line: one JSON Lines record. */
export function exportJsonl(doc: ArabicDocument): string {
  return toJSON(doc) + '\n';
}
