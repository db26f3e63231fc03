import { availableParallelism } from 'node:os';
import { analyze, type AnalyzeOptions } from '../../index.js';
import { UsageError, type ParsedArgs } from '../args.js';
import { inProcess, workerAvailable, workerPool, type Executor } from './executor.js';
import { resolveInputs } from './inputs.js';
import { BATCH_BYTES, runStream } from './pipeline.js';
import { Progress } from './progress.js';

/** Flags and valued options of `analyze --jsonl`, for the command's argument parser. */
export const STREAM_FLAGS = ['progress', 'no-progress', 'strict'];
export const STREAM_VALUES = ['workers'];

export const STREAM_HELP = `  --workers N    with --jsonl: analyze on N worker threads (default: the available cores, here ${availableParallelism()},
                 for standard input and for files of 16 MB or more; smaller files run in this thread);
                 1 runs in this thread
  --progress     with --jsonl: show progress on stderr (documents, MB, MB/s, errors, ETA) and a summary
                 line at the end, even when stderr is not a terminal (default: only on a terminal)
  --no-progress  with --jsonl: no progress and no summary, even on a terminal
  --strict       with --jsonl: exit 1 when any line was bad (the run still goes to the end)`;

const MAX_WORKERS = 256;

/**
 * Below this many bytes of known input the default is this thread: each worker starts a thread, loads
 * the library and warms it up, which costs more than the second core gives back on a small corpus
 * (measured on a 2-core machine: 8 MB ran at ×0.82 with two workers, 16 MB at ×1.04, 48 MB at ×1.29).
 */
export const POOL_MIN_BYTES = 16 * 1024 * 1024;

/**
 * How many workers to run: `--workers` as given; without it, the available cores for standard input and
 * large inputs, one (this thread) for inputs known to be smaller than POOL_MIN_BYTES.
 */
export function defaultWorkers(value: string | undefined, totalBytes: number | undefined, cores = availableParallelism()): number {
  if (value !== undefined) return parseWorkers(value);
  return totalBytes !== undefined && totalBytes < POOL_MIN_BYTES ? 1 : cores;
}

/** Rejects the streaming options outside --jsonl, where they would silently do nothing. */
export function rejectStreamFlags(args: ParsedArgs): void {
  const used = [...STREAM_FLAGS.filter((f) => args.flags.has(f)), ...STREAM_VALUES.filter((v) => args.values.has(v))];
  if (used.length) throw new UsageError(`--${used[0]} applies to --jsonl input only`);
}

/** `--workers N`: a whole number from 1 to 256; absent, the available cores. */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS} (got '${value}')`);
  }
  return n;
}

/** Whether to show progress and the summary: --progress, or a terminal on stderr unless --no-progress. */
export function wantsProgress(args: ParsedArgs, stderrIsTTY: boolean): boolean {
  if (args.flags.has('progress') && args.flags.has('no-progress')) throw new UsageError('--progress and --no-progress contradict each other');
  if (args.flags.has('no-progress')) return false;
  return args.flags.has('progress') || stderrIsTTY;
}

/**
 * `analyze --jsonl [FILE|GLOB|-]...`: the streaming, parallel line filter. Exit code 0 even when
 * lines were bad (each became an error record), 1 with --strict when any was, 2 for usage errors.
 */
export async function runJsonlCommand(args: ParsedArgs, options: AnalyzeOptions): Promise<number> {
  const inputs = resolveInputs(args.positionals);
  const showProgress = wantsProgress(args, process.stderr.isTTY === true);
  const sizes = inputs.map((i) => i.size);
  const totalBytes = sizes.every((s) => s !== undefined) ? sizes.reduce((a: number, b) => a + b!, 0) : undefined;
  const workers = defaultWorkers(args.values.get('workers'), totalBytes);
  // A pool pays a thread start-up per worker: not worth it for an input that fits in one batch.
  const small = totalBytes !== undefined && totalBytes <= BATCH_BYTES;
  const pooled = workers > 1 && !small && workerAvailable();
  if (workers > 1 && !small && !pooled && showProgress) {
    process.stderr.write('arabic-entities: the worker build (cli-worker.js) is missing; analyzing in this thread\n');
  }
  const executor: Executor = pooled ? await workerPool(workers) : inProcess(analyze);
  const progress = showProgress ? new Progress(process.stderr, totalBytes) : undefined;
  let outcome;
  try {
    outcome = await runStream({ inputs, options, executor, out: process.stdout, onProgress: (t) => progress?.update(t) });
  } finally {
    await executor.close();
  }
  progress?.finish(outcome);
  if (outcome.closed) return 0;
  if (args.flags.has('strict') && outcome.errors > 0) {
    const n = outcome.errors.toLocaleString('en-US');
    process.stderr.write(`arabic-entities: --strict: ${n} bad ${outcome.errors === 1 ? 'line' : 'lines'}; the first: ${outcome.firstError}\n`);
    return 1;
  }
  return 0;
}
