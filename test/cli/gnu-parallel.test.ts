/**
 * The CLI is a pure line filter, so GNU parallel can spread a corpus over processes or machines:
 *
 *   parallel --pipe --keep-order --block 1M -j 4 arabic-entities analyze --jsonl --workers 1 < corpus.jsonl > out.jsonl
 *
 * This test runs exactly that (on the Debian package `parallel`) and checks the output is the one a single
 * process gives. It is skipped, with a message, where `parallel` is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, hasCommand } from './built-cli.js';

const available = hasCommand('parallel');
if (!available) {
  console.warn('test/cli/gnu-parallel.test.ts: skipped: GNU parallel is not installed (Debian/Ubuntu: apt-get install -y parallel)');
}

const dir = mkdtempSync(join(tmpdir(), 'ae-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = ['وصل الوفد المصري إلى القاهرة صباح اليوم.', 'ارتفعت الأسعار بنسبة 12% خلال عام 2024.', 'قدمت الوزارة 1.5 مليون دولار.'];

describe.skipIf(!available)('under GNU parallel --pipe', () => {
  let cli = '';
  beforeAll(async () => {
    cli = await builtCli();
  }, 120_000);

  it('gives the same lines, in the same order, as one process', () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i === 123 ? 'not json' : JSON.stringify({ id: `n${i}`, text: TEXTS[i % 3] })));
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, lines.join('\n') + '\n');
    const node = JSON.stringify(process.execPath);
    const single = spawnSync('sh', ['-c', `${node} "${cli}" analyze --jsonl --no-tokens --workers 1 < "${corpus}"`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const parallel = spawnSync(
      'sh',
      ['-c', `parallel --will-cite --pipe --keep-order --block 4k -j 2 ${node} "${cli}" analyze --jsonl --no-tokens --workers 1 < "${corpus}"`],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    expect(single.status).toBe(0);
    expect(parallel.status).toBe(0);
    expect(parallel.stderr).toBe('');
    const out = parallel.stdout.trim().split('\n');
    expect(out).toHaveLength(400);
    expect(out.map((l) => (JSON.parse(l) as { id: string | null }).id)).toEqual(lines.map((_, i) => (i === 123 ? null : `n${i}`)));
    // Line numbers in error messages count from each chunk parallel hands over; everything else is identical.
    const sameBut123 = (s: string) => s.trim().split('\n').filter((_, i) => i !== 123);
    expect(sameBut123(parallel.stdout)).toEqual(sameBut123(single.stdout));
  }, 180_000);
});
