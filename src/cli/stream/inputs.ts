import { createReadStream, fstatSync, statSync } from 'node:fs';
import { UsageError } from '../args.js';
import { expandGlob, hasGlob } from './glob.js';

/** One input of a JSONL run: standard input or a file. */
export interface Input {
  /** The path as the user spelt it (after glob expansion), or '-' for standard input. */
  name: string;
  /** Size in bytes when known (a regular file, or standard input redirected from one). */
  size: number | undefined;
  open(): AsyncIterable<Uint8Array>;
}

/** Read size: large enough that reading costs nothing next to analysis, small enough to stay flat. */
const READ_CHUNK = 1 << 20;

function stdinSize(): number | undefined {
  try {
    const s = fstatSync(0);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

function fileInput(name: string): Input {
  let size: number;
  try {
    const s = statSync(name);
    if (s.isDirectory()) throw new UsageError(`'${name}' is a directory (give files, or a glob such as '${name.replace(/\/$/, '')}/*.jsonl')`);
    size = s.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read '${name}': ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return { name, size, open: () => createReadStream(name, { highWaterMark: READ_CHUNK }) };
}

/**
 * The inputs named on the command line, in order: files, globs (expanded and sorted), '-' for standard
 * input; none means standard input. A glob that matches nothing and a missing file are usage errors,
 * reported before any output.
 */
export function resolveInputs(args: readonly string[]): Input[] {
  if (args.length === 0) args = ['-'];
  const inputs: Input[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdin) throw new UsageError('standard input (-) can be read only once');
      stdin = true;
      inputs.push({ name: '-', size: stdinSize(), open: () => process.stdin });
      continue;
    }
    if (hasGlob(arg) && !isExistingPath(arg)) {
      const matches = expandGlob(arg);
      if (matches.length === 0) throw new UsageError(`no file matches '${arg}'`);
      for (const m of matches) inputs.push(fileInput(m));
      continue;
    }
    inputs.push(fileInput(arg));
  }
  return inputs;
}

function isExistingPath(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
