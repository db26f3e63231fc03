import type * as z from '../zod.js';
import { DocumentSchema, type ArabicDocument } from '../schema.js';
import { integrityProblems } from './integrity.js';

/** A document that failed validation in `fromJSON`; `problems` lists each one with its path. */
export class DocumentJsonError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`);
    if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
    super(`fromJSON: not a valid arabic-entities document (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}`);
    this.name = 'DocumentJsonError';
  }
}

/** `mentions[3].end`, from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(document)';
}

function zodProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

/** Fields the schema does not know: they would be dropped, so the round trip would not be lossless. */
function unknownFields(input: unknown, parsed: unknown, path: PropertyKey[], out: string[]): void {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    input.forEach((x, i) => unknownFields(x, parsed[i], [...path, i], out));
  } else if (input && parsed && typeof input === 'object' && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(input)) {
      if (!(k in parsed)) out.push(`${formatPath([...path, k])}: unknown field`);
      else unknownFields(v, (parsed as Record<string, unknown>)[k], [...path, k], out);
    }
  }
}

/**
 * The document as JSON, in canonical form: keys in the schema's order, so `toJSON(fromJSON(s)) === s`
 * for any `s` that `toJSON` wrote. Throws a DocumentJsonError if the document does not fit the schema.
 */
export function toJSON(doc: ArabicDocument, indent?: number): string {
  const parsed = DocumentSchema.safeParse(doc);
  if (!parsed.success) throw new DocumentJsonError(zodProblems(parsed.error));
  return JSON.stringify(parsed.data, null, indent);
}

/**
 * Reads a document from JSON text (or an already parsed value), checking it against the schema and
 * for consistency: spans that match the text, ids that exist, entities and mentions that point at each
 * other. Anything wrong, tampered or unknown is reported in one DocumentJsonError naming each place.
 */
export function fromJSON(json: string | unknown): ArabicDocument {
  let input: unknown = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new DocumentJsonError([`not JSON: ${(error as Error).message}`]);
    }
  }
  const parsed = DocumentSchema.safeParse(input);
  if (!parsed.success) throw new DocumentJsonError(zodProblems(parsed.error));
  const problems: string[] = [];
  unknownFields(input, parsed.data, [], problems);
  problems.push(...integrityProblems(parsed.data));
  if (problems.length) throw new DocumentJsonError(problems);
  return parsed.data;
}
