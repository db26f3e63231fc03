import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/args.js';
import { defaultWorkers, POOL_MIN_BYTES } from '../../../src/cli/stream/command.js';

describe('defaultWorkers', () => {
  it.each([
    ['no --workers, standard input (size unknown)', undefined, undefined, 4],
    ['no --workers, a file of 16 MB or more', undefined, POOL_MIN_BYTES, 4],
    ['no --workers, a smaller file: this thread', undefined, POOL_MIN_BYTES - 1, 1],
    ['--workers given: as given, whatever the size', '3', 1000, 3],
    ['--workers 1 on a large input', '1', POOL_MIN_BYTES * 10, 1],
  ] as const)('%s', (_, value, bytes, expected) => {
    expect(defaultWorkers(value, bytes, 4)).toBe(expected);
  });

  it('still rejects a bad --workers value', () => {
    expect(() => defaultWorkers('0', 10, 4)).toThrow(UsageError);
    expect(() => defaultWorkers('two', undefined, 4)).toThrow(/whole number from 1 to 256/);
  });
});
