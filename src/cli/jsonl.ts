// Type-only imports: this file runs in the worker threads too, which load the library from the built
// dist/index.js next to them (its public API), so it must not pull the library into their bundle.
import type { AnalyzeOptions, ArabicDocument } from '../index.js';

/** The library's `analyze`, passed in by the caller (the CLI's own copy, or a worker's dist/index.js). */
export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => ArabicDocument;

/** What one JSON Lines input line becomes: a document, or an error record that keeps the line's place. */
export interface LineResult {
  output: string;
  error: boolean;
  /** The document, when the line gave one (for the run's summary). */
  doc?: ArabicDocument;
}

function errorRecord(id: unknown, message: string): LineResult {
  return { output: JSON.stringify({ id: typeof id === 'string' || typeof id === 'number' ? id : null, error: message }), error: true };
}

/**
 * Analyzes one input line `{"id": "...", "text": "..."}`; never throws. `where` names the line in
 * error messages ("line 12", "a.jsonl line 12"). Invalid JSON, a missing or non-string `text`, and a
 * document that makes an extractor throw (analyze reports it as an `extractor.failed` diagnostic)
 * each give an `{"id", "error"}` record in the line's place.
 */
export function analyzeLine(line: string, where: string, options: AnalyzeOptions, analyze: AnalyzeFn): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return errorRecord(null, `${where}: not JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return errorRecord(null, `${where}: expected an object {"id", "text"}`);
  }
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    const got = text === undefined ? 'nothing' : text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    return errorRecord(id, `${where}: "text" must be a string (got ${got})`);
  }
  try {
    const doc = analyze(text, { ...options, id: id === undefined || id === null ? undefined : String(id) });
    const failed = doc.diagnostics.find((d) => d.code === 'extractor.failed');
    if (failed) return errorRecord(id, `${where}: ${failed.message}`);
    return { output: JSON.stringify(doc), error: false, doc };
  } catch (error) {
    return errorRecord(id, `${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
