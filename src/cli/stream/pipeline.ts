import type { Writable } from 'node:stream';
import type { AnalyzeOptions } from '../../index.js';
import type { BatchResult } from './batch.js';
import { batches } from './batcher.js';
import type { Executor } from './executor.js';
import type { Input } from './inputs.js';
import { emptyTotals, type Totals } from './summary.js';

/** Bytes of input per batch: a few milliseconds of analysis, so workers stay evenly loaded. */
export const BATCH_BYTES = 128 * 1024;

export interface StreamRun {
  inputs: readonly Input[];
  options: AnalyzeOptions;
  executor: Executor;
  out: Writable;
  /** Called after each batch is written (the progress bar). */
  onProgress?: (totals: Totals) => void;
  batchBytes?: number;
  /** Batches in flight at most; default: three per worker thread, one in-process. */
  window?: number;
  now?: () => number;
}

export interface StreamOutcome extends Totals {
  /** The output was closed early (a broken pipe: `| head`); the run stopped quietly. */
  closed: boolean;
}

class OutputClosed extends Error {}

/** Writes a chunk, waiting for the stream to drain when its buffer is full; rejects on a write error. */
function writeChunk(out: Writable, chunk: Uint8Array): Promise<void> | undefined {
  if (out.destroyed || out.writableEnded) return Promise.reject(new OutputClosed());
  if (out.write(chunk)) return undefined;
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(new OutputClosed());
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

function isBrokenPipe(error: unknown): boolean {
  return error instanceof OutputClosed || (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE' || (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_STREAM_DESTROYED';
}

/**
 * The JSONL pipeline: reads the inputs in order as bytes, cuts them into batches of whole lines, runs
 * the batches on the executor with at most `window` in flight, and writes each batch's output as soon
 * as it and every batch before it are done. Output order is input order; memory is bounded by the
 * window (reading pauses while it is full, and while the output is not draining).
 */
export async function runStream(run: StreamRun): Promise<StreamOutcome> {
  const now = run.now ?? (() => performance.now());
  const started = now();
  const totals = emptyTotals();
  const window = Math.max(1, run.window ?? (run.executor.threads > 0 ? run.executor.threads * 3 : 1));
  const target = run.batchBytes ?? BATCH_BYTES;
  const queue: Promise<BatchResult>[] = [];
  // A write error that arrives between writes (EPIPE is reported asynchronously) must not crash the process.
  let outputError: unknown;
  const onError = (error: unknown) => {
    outputError ??= error;
  };
  run.out.on('error', onError);

  const flush = async (result: BatchResult): Promise<void> => {
    if (outputError) throw outputError;
    if (result.out.byteLength > 0) await writeChunk(run.out, result.out);
    totals.lines += result.lines;
    totals.errors += result.errors;
    totals.bytes += result.bytes;
    for (const [type, n] of Object.entries(result.mentions)) totals.mentions[type] = (totals.mentions[type] ?? 0) + n;
    if (result.firstError !== undefined) totals.firstError ??= result.firstError;
    totals.seconds = (now() - started) / 1000;
    run.onProgress?.(totals);
  };

  let closed = false;
  try {
    for (const input of run.inputs) {
      const source = run.inputs.length > 1 ? input.name : '';
      for await (const batch of batches(input.open(), target)) {
        const pending = run.executor.run({ bytes: batch.bytes, firstLine: batch.firstLine, source, options: run.options });
        pending.catch(() => undefined); // awaited in order below; this only silences an early rejection
        queue.push(pending);
        while (queue.length >= window) await flush(await queue.shift()!);
      }
    }
    while (queue.length > 0) await flush(await queue.shift()!);
  } catch (error) {
    if (!isBrokenPipe(error)) throw error;
    closed = true;
  } finally {
    run.out.off('error', onError);
  }
  if (outputError && !closed) {
    if (!isBrokenPipe(outputError)) throw outputError;
    closed = true;
  }
  totals.seconds = (now() - started) / 1000;
  return { ...totals, closed };
}
