import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBatch, type BatchResult, type BatchTask } from './batch.js';
import type { AnalyzeFn } from '../jsonl.js';

/** Runs batches: in this thread, or on a pool of worker threads. */
export interface Executor {
  /** Worker threads (0: batches run in this thread). */
  readonly threads: number;
  run(task: BatchTask): Promise<BatchResult>;
  close(): Promise<void>;
}

/** Batches run in the calling thread, one at a time (--workers 1): no thread start-up, no copying. */
export function inProcess(analyze: AnalyzeFn): Executor {
  return {
    threads: 0,
    run: (task) => {
      try {
        return Promise.resolve(runBatch(task, analyze));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close: () => Promise.resolve(),
  };
}

function owned(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength && bytes.buffer instanceof ArrayBuffer;
}

/** The built worker, next to the built CLI (dist/cli-worker.js). */
export const DEFAULT_WORKER = new URL('./cli-worker.js', import.meta.url);

/** Whether the built worker exists (it does not when the CLI runs from source, as in unit tests). */
export function workerAvailable(worker: URL = DEFAULT_WORKER): boolean {
  return worker.protocol === 'file:' && existsSync(fileURLToPath(worker));
}

/**
 * A piscina pool of `threads` workers. Each worker loads the library's public build once; a batch's
 * input bytes are moved to the worker, not copied. piscina is loaded only here, so the other commands
 * never pay for it.
 */
export async function workerPool(threads: number, worker: URL = DEFAULT_WORKER): Promise<Executor> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina<BatchTask, BatchResult>({
    filename: worker.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    threads,
    // Move the bytes only when the batch owns its whole buffer (the batcher's are; a pooled Buffer's are not).
    run: (task) => pool.run(task, owned(task.bytes) ? { transferList: [task.bytes.buffer as ArrayBuffer] } : {}),
    close: () => pool.destroy(),
  };
}
