import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** Reads a whole input: a file path, or standard input for '-' or no path. */
export function readInput(path: string | undefined): string {
  if (path === undefined || path === '-') return readFileSync(0, 'utf8');
  return readFileSync(path, 'utf8');
}

/** Streams the lines of an input without holding it in memory. */
export function inputLines(path: string | undefined): AsyncIterable<string> {
  const stream: Readable = path === undefined || path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  return createInterface({ input: stream, crlfDelay: Infinity });
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full (constant memory). */
export function write(out: Writable, chunk: string): Promise<void> | void {
  if (out.write(chunk)) return;
  return new Promise((resolve) => out.once('drain', resolve));
}
