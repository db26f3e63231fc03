import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batches, type RawBatch } from '../../../src/cli/stream/batcher.js';

async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  let k = 0;
  while (at < bytes.length) {
    const n = Math.max(1, sizes[k++ % sizes.length] ?? 1);
    yield Buffer.from(bytes.subarray(at, at + n));
    at += n;
  }
}

async function collect(source: AsyncIterable<Uint8Array>, target: number): Promise<RawBatch[]> {
  const out: RawBatch[] = [];
  for await (const b of batches(source, target)) out.push(b);
  return out;
}

const decode = (b: Uint8Array) => Buffer.from(b).toString('utf8');

describe('batches of whole lines', () => {
  it('cuts at newlines once a batch reaches its target size', async () => {
    const text = 'aaaa\nbbbb\ncccc\ndddd\nee';
    const out = await collect(chunked(Buffer.from(text), [3]), 8);
    expect(out.map((b) => decode(b.bytes))).toEqual(['aaaa\nbbbb\n', 'cccc\ndddd\n', 'ee']);
    expect(out.map((b) => b.firstLine)).toEqual([1, 3, 5]);
  });

  it('keeps a line longer than the target whole', async () => {
    const long = 'x'.repeat(1000);
    const out = await collect(chunked(Buffer.from(`a\n${long}\nb\n`), [7, 64]), 10);
    expect(out.map((b) => decode(b.bytes))).toEqual([`a\n${long}\n`, 'b\n']);
  });

  it('never splits a multi-byte character or a line, and loses nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\n/g, '')), { maxLength: 40 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 200 }),
        async (lines, finalNewline, sizes, target) => {
          const text = lines.join('\n') + (finalNewline && lines.length ? '\n' : '');
          const out = await collect(chunked(Buffer.from(text), sizes), target);
          expect(out.map((b) => decode(b.bytes)).join('')).toBe(text);
          for (const [i, b] of out.entries()) {
            if (i < out.length - 1) expect(b.bytes[b.bytes.length - 1]).toBe(0x0a);
            expect(b.bytes.byteLength).toBeGreaterThan(0);
            // Each batch starts at the line its number says.
            expect(text.split('\n').slice(b.firstLine - 1).join('\n').startsWith(decode(b.bytes).replace(/\n$/, ''))).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives each batch its own exact-size buffer (moved to a worker whole)', async () => {
    const out = await collect(chunked(Buffer.from('a\nb\nc\n'.repeat(100)), [64]), 16);
    for (const b of out) expect(b.bytes.buffer.byteLength).toBe(b.bytes.byteLength);
  });
});
