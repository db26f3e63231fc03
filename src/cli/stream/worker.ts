// A worker of the JSONL pipeline's pool (built to dist/cli-worker.js). It uses the library only
// through its public API: the built dist/index.js next to it, loaded once per thread.
import type * as Library from '../../index.js';
import { runBatch, type BatchResult, type BatchTask } from './batch.js';

const library = (await import(new URL('./index.js', import.meta.url).href)) as typeof Library;

export default function analyzeBatch(task: BatchTask): BatchResult {
  return runBatch(task, library.analyze);
}
