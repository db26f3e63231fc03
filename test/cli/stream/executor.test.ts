import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { runBatch, type BatchTask } from '../../../src/cli/stream/batch.js';
import { inProcess, workerAvailable, workerPool } from '../../../src/cli/stream/executor.js';
import { builtCli } from '../built-cli.js';

let worker: URL;
beforeAll(async () => {
  worker = pathToFileURL(join(dirname(await builtCli()), 'cli-worker.js'));
}, 120_000);

/** A batch owning its buffer, as the batcher makes them (Buffer.from would share Node's pool). */
const task = (lines: string[], firstLine = 1): BatchTask => ({ bytes: new TextEncoder().encode(lines.join('\n') + '\n'), firstLine, source: '', options: { tokens: false } });
const docs = (n: number, from = 0) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: String(from + i), text: `وصل الوفد ${from + i} إلى القاهرة` }));

describe('executors', () => {
  it('runs batches on worker threads that load the built library, with the same output as in-process', async () => {
    expect(workerAvailable(worker)).toBe(true);
    const pool = await workerPool(2, worker);
    try {
      const tasks = [task(docs(20)), task(['broken', ...docs(5, 20)], 21), task(docs(20, 30), 27)];
      const expected = tasks.map((t) => runBatch({ ...t, bytes: t.bytes.slice() }, analyze));
      const results = await Promise.all(tasks.map((t) => pool.run(t)));
      for (const [i, r] of results.entries()) {
        expect(Buffer.from(r.out).toString()).toBe(Buffer.from(expected[i]!.out).toString());
        expect({ ...r, out: undefined }).toEqual({ ...expected[i]!, out: undefined });
      }
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('moves the input bytes to the worker instead of copying them', async () => {
    const pool = await workerPool(1, worker);
    try {
      const t = task(docs(3));
      expect((await pool.run(t)).lines).toBe(3);
      expect(t.bytes.byteLength).toBe(0); // detached: the buffer went to the worker
      // A view into a shared buffer is copied, never moved (moving would take the rest of the buffer along).
      const shared = Buffer.from(docs(2).join('\n'));
      expect((await pool.run({ ...task([]), bytes: shared })).lines).toBe(2);
      expect(shared.byteLength).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('knows when the worker build is missing (running from source)', () => {
    expect(workerAvailable(new URL('file:///nowhere/cli-worker.js'))).toBe(false);
    expect(inProcess(analyze).threads).toBe(0);
  });
});
