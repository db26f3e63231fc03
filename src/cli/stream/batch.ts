// A batch is the unit of work of the JSONL pipeline: a run of whole input lines, as UTF-8 bytes. The
// main thread cuts batches at newlines without decoding them; a worker (or the main thread itself,
// with --workers 1) decodes, analyzes each line and returns the output lines as UTF-8 bytes, so the
// main thread only moves bytes. Type-only library imports: see ../jsonl.ts.
import type { AnalyzeOptions } from '../../index.js';
import { analyzeLine, type AnalyzeFn } from '../jsonl.js';

export interface BatchTask {
  /** Whole lines (the last may lack its newline at the end of an input). */
  bytes: Uint8Array;
  /** 1-based number of the batch's first line in its input. */
  firstLine: number;
  /** How error messages name the input ('' for a single input: "line 12"). */
  source: string;
  options: AnalyzeOptions;
}

export interface BatchResult {
  /** The output lines, UTF-8, each ending with a newline. */
  out: Uint8Array;
  /** Input bytes of the batch. */
  bytes: number;
  /** Non-blank input lines: each gave one output line. */
  lines: number;
  /** Error records among them. */
  errors: number;
  /** Mentions per type over the batch's documents. */
  mentions: Record<string, number>;
  /** The first error record's message, for --strict. */
  firstError?: string;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
const encoder = new TextEncoder();

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xfeff) return false;
  }
  return true;
}

/** Analyzes every non-blank line of a batch, in order. Never throws for bad input. */
export function runBatch(task: BatchTask, analyze: AnalyzeFn): BatchResult {
  // A byte-order mark at the start of an input is dropped by the decoder (ignoreBOM: false).
  const text = decoder.decode(task.bytes);
  const out: string[] = [];
  const mentions: Record<string, number> = {};
  let errors = 0;
  let firstError: string | undefined;
  let lineNumber = task.firstLine;
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const end = to > from && text.charCodeAt(to - 1) === 0x0d ? to - 1 : to;
    const line = text.slice(from, end);
    if (!isBlank(line)) {
      const where = task.source ? `${task.source} line ${lineNumber}` : `line ${lineNumber}`;
      const result = analyzeLine(line, where, task.options, analyze);
      out.push(result.output);
      if (result.error) {
        errors++;
        firstError ??= (JSON.parse(result.output) as { error: string }).error;
      } else if (result.doc) {
        for (const m of result.doc.mentions) mentions[m.type] = (mentions[m.type] ?? 0) + 1;
      }
    }
    lineNumber++;
    from = to + 1;
  }
  out.push('');
  return {
    out: out.length > 1 ? encoder.encode(out.join('\n')) : new Uint8Array(0),
    bytes: task.bytes.byteLength,
    lines: out.length - 1,
    errors,
    mentions,
    ...(firstError !== undefined && { firstError }),
  };
}
