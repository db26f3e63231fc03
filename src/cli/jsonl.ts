import { analyze, type AnalyzeOptions } from '../index.js';

/** What one JSON Lines input line becomes: a document, or an error record that keeps the line's place. */
export interface LineResult {
  output: string;
  error: boolean;
}

function errorRecord(id: unknown, message: string): LineResult {
  return { output: JSON.stringify({ id: typeof id === 'string' || typeof id === 'number' ? id : null, error: message }), error: true };
}

/** Analyzes one input line `{"id": "...", "text": "..."}`; never throws. */
export function analyzeLine(line: string, lineNumber: number, options: AnalyzeOptions): LineResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return errorRecord(null, `line ${lineNumber}: not JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return errorRecord(null, `line ${lineNumber}: expected an object {"id", "text"}`);
  }
  const { id, text } = record as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    return errorRecord(id, `line ${lineNumber}: "text" must be a string (got ${text === undefined ? 'nothing' : typeof text})`);
  }
  try {
    const doc = analyze(text, { ...options, id: id === undefined || id === null ? undefined : String(id) });
    return { output: JSON.stringify(doc), error: false };
  } catch (error) {
    return errorRecord(id, `line ${lineNumber}: ${(error as Error).message}`);
  }
}
