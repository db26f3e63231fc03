import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchResult, type BatchTask } from '../../../src/cli/stream/batch.js';
import { inProcess, type Executor } from '../../../src/cli/stream/executor.js';
import type { Input } from '../../../src/cli/stream/inputs.js';
import { runStream } from '../../../src/cli/stream/pipeline.js';
import type { ArabicDocument } from '../../../src/schema.js';

/** A stand-in for analyze: the document is just the text (the pipeline is under test, not the library). */
const echo = (text: string, options?: { id?: string }) => ({ id: options?.id, text, mentions: [], diagnostics: [] }) as unknown as ArabicDocument;
const withMentions = (text: string) => ({ text, mentions: [], diagnostics: [] }) as unknown as ArabicDocument;

function memoryInput(name: string, text: string, chunk = 7): Input {
  const bytes = Buffer.from(text);
  return {
    name,
    size: bytes.length,
    open: async function* () {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
  };
}

function sink(): { out: Writable; text: () => string } {
  const parts: Buffer[] = [];
  const out = new Writable({ write: (chunk: Buffer, _e, done) => (parts.push(chunk), done()) });
  return { out, text: () => Buffer.concat(parts).toString('utf8') };
}

/** An executor whose batches finish in a scrambled order, recording how many run at once. */
function scrambled(): Executor & { maxInFlight: number } {
  let inFlight = 0;
  let k = 0;
  const ex = {
    threads: 4,
    maxInFlight: 0,
    run(task: BatchTask): Promise<BatchResult> {
      inFlight++;
      ex.maxInFlight = Math.max(ex.maxInFlight, inFlight);
      const delay = [5, 0, 9, 1, 3][k++ % 5]!;
      return new Promise((resolve) => setTimeout(() => (inFlight--, resolve(runBatch(task, withMentions))), delay));
    },
    close: () => Promise.resolve(),
  };
  return ex;
}

const jsonl = (n: number, from = 0) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `d${from + i}`, text: `نص ${from + i}` })).join('\n') + '\n';

describe('the streaming pipeline', () => {
  it('writes the output in input order when batches finish out of order, with a bounded window', async () => {
    const { out, text } = sink();
    const executor = scrambled();
    const r = await runStream({ inputs: [memoryInput('a', jsonl(300))], options: {}, executor, out, batchBytes: 64, window: 6 });
    const texts = text().trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
    expect(texts).toEqual(Array.from({ length: 300 }, (_, i) => `نص ${i}`));
    expect(executor.maxInFlight).toBeLessThanOrEqual(6);
    expect(executor.maxInFlight).toBeGreaterThan(1);
    expect(r).toMatchObject({ lines: 300, errors: 0, closed: false });
  });

  it('reads several inputs in order, numbering lines per input and naming it in errors', async () => {
    const { out, text } = sink();
    const r = await runStream({
      inputs: [memoryInput('one.jsonl', jsonl(3)), memoryInput('two.jsonl', `${jsonl(1, 3)}broken\n`)],
      options: {},
      executor: inProcess(echo),
      out,
      batchBytes: 10,
    });
    const records = text().trim().split('\n').map((l) => JSON.parse(l) as { id?: string; error?: string });
    expect(records.map((d) => d.id)).toEqual(['d0', 'd1', 'd2', 'd3', null]);
    expect(records[4]!.error).toMatch(/^two\.jsonl line 2: not JSON/);
    expect(r).toMatchObject({ lines: 5, errors: 1 });
  });

  it('stops reading while the output does not drain (flat memory)', async () => {
    let pulled = 0;
    const big: Input = {
      name: '-',
      size: undefined,
      open: async function* () {
        for (let i = 0; i < 2000; i++) {
          pulled++;
          yield Buffer.from(jsonl(1, i));
        }
      },
    };
    const slow = new PassThrough({ highWaterMark: 1024 });
    const run = runStream({ inputs: [big], options: {}, executor: inProcess(echo), out: slow, batchBytes: 256 });
    await new Promise((r) => setTimeout(r, 50));
    // Nobody reads the output: the pipeline must have stopped pulling long before the end of the input.
    expect(pulled).toBeLessThan(200);
    slow.resume();
    const r = await run;
    expect(pulled).toBe(2000);
    expect(r.lines).toBe(2000);
  });

  it('stops quietly when the output is closed (a broken pipe)', async () => {
    const out = new Writable({ write: (_c, _e, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const r = await runStream({ inputs: [memoryInput('a', jsonl(500))], options: {}, executor: inProcess(echo), out, batchBytes: 64 });
    expect(r.closed).toBe(true);
    expect(r.lines).toBeLessThan(500);
  });

  it('reports progress after each batch with running totals', async () => {
    const { out } = sink();
    const seen: number[] = [];
    await runStream({ inputs: [memoryInput('a', jsonl(50))], options: {}, executor: inProcess(echo), out, batchBytes: 100, onProgress: (t) => seen.push(t.lines) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(50);
  });

  it('passes a worker failure on as an error (a crashed pool is not a bad line)', async () => {
    const { out } = sink();
    const failing: Executor = { threads: 2, run: () => Promise.reject(new Error('worker died')), close: () => Promise.resolve() };
    await expect(runStream({ inputs: [memoryInput('a', jsonl(50))], options: {}, executor: failing, out, batchBytes: 64 })).rejects.toThrow('worker died');
  });
});
