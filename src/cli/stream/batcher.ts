/** A run of whole lines of one input, as bytes, with the number of its first line. */
export interface RawBatch {
  bytes: Uint8Array;
  firstLine: number;
}

const NEWLINE = 0x0a;

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  let i = bytes.indexOf(NEWLINE);
  while (i >= 0) {
    n++;
    i = bytes.indexOf(NEWLINE, i + 1);
  }
  return n;
}

/** Copies chunks into one exact-size buffer (its ArrayBuffer can then be moved to a worker whole). */
function join(chunks: Uint8Array[], length: number): Uint8Array {
  const out = Buffer.allocUnsafeSlow(length); // not from the shared pool: its ArrayBuffer is exactly this batch
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Cuts a byte stream into batches of whole lines of at least `target` bytes (the last may be
 * shorter), without decoding: a line is never split, so a line longer than `target` makes a batch of
 * its own size. Pulls from the source only as batches are taken, so memory stays flat.
 */
export async function* batches(source: AsyncIterable<Uint8Array>, target: number): AsyncGenerator<RawBatch> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let line = 1;
  const emit = (upTo: Uint8Array | undefined): RawBatch => {
    const parts = upTo ? [...pending, upTo] : pending;
    const bytes = join(parts, pendingBytes + (upTo?.byteLength ?? 0));
    const batch = { bytes, firstLine: line };
    line += countNewlines(bytes);
    pending = [];
    pendingBytes = 0;
    return batch;
  };
  for await (const whole of source) {
    let chunk = whole;
    while (chunk.byteLength > 0) {
      // The first newline at or after the point where the batch reaches its target size.
      const from = Math.max(0, target - pendingBytes - 1);
      const cut = from < chunk.byteLength ? chunk.indexOf(NEWLINE, from) : -1;
      if (cut < 0) {
        pending.push(chunk);
        pendingBytes += chunk.byteLength;
        break;
      }
      yield emit(chunk.subarray(0, cut + 1));
      chunk = chunk.subarray(cut + 1);
    }
  }
  if (pendingBytes > 0) yield emit(undefined);
}
