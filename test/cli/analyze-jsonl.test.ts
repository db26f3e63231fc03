import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, runCli } from './built-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ae-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => builtCli(), 120_000);

const SENTENCES = [
  'أعلنت وزارة الخارجية المصرية تقديم 1.5 مليون دولار للأمم المتحدة عام 2024.',
  'وصل الوفد إلى القاهرة صباح اليوم.',
  'ارتفعت الأسعار بنسبة 12% خلال الشهر الماضي.',
  'قال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.',
];
const line = (i: number) => JSON.stringify({ id: `doc-${i}`, text: SENTENCES[i % SENTENCES.length] });
const corpus = (n: number, from = 0) => Array.from({ length: n }, (_, i) => line(from + i)).join('\n') + '\n';
const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id?: string | null; text?: string; error?: string });

describe('analyze --jsonl', () => {
  it('refuses an output format other than jsonl, and --id, instead of ignoring them', async () => {
    const table = await runCli(['analyze', '--jsonl', '--format', 'table'], corpus(1));
    expect(table.code).toBe(2);
    expect(table.stdout).toBe('');
    expect(table.stderr).toMatch(/--format table is not available/);
    const id = await runCli(['analyze', '--jsonl', '--id', 'x'], corpus(1));
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/--id names a single document/);
    const jsonl = await runCli(['analyze', '--jsonl', '--format', 'jsonl', '--no-tokens'], corpus(1));
    expect(jsonl.code).toBe(0);
    expect(records(jsonl.stdout).map((d) => d.id)).toEqual(['doc-0']);
  });

  it('reads standard input and writes one document per line, in order, silently in a pipe', async () => {
    const r = await runCli(['analyze', '--jsonl', '--no-tokens'], corpus(5));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = records(r.stdout);
    expect(out.map((d) => d.id)).toEqual(['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4']);
    expect(out.every((d) => typeof d.text === 'string' && d.error === undefined)).toBe(true);
  });

  it('reads files and globs in order, naming the file in error messages', async () => {
    writeFileSync(join(dir, 'part-1.jsonl'), corpus(2, 0));
    writeFileSync(join(dir, 'part-2.jsonl'), `${corpus(1, 2)}{"id":"bad"}\n`);
    writeFileSync(join(dir, 'other.jsonl'), corpus(1, 9));
    const r = await runCli(['analyze', '--jsonl', '--no-tokens', 'part-*.jsonl', 'other.jsonl'], undefined, { cwd: dir });
    expect(r.code).toBe(0);
    const out = records(r.stdout);
    expect(out.map((d) => d.id)).toEqual(['doc-0', 'doc-1', 'doc-2', 'bad', 'doc-9']);
    expect(out[3]!.error).toBe('part-2.jsonl line 2: "text" must be a string (got nothing)');
  });

  it('gives the same bytes with 2 workers as with 1 (order kept across a pool)', async () => {
    // About 600 KB: several batches, so the pool really runs (it is skipped for an input of one batch).
    const input = join(dir, 'big.jsonl');
    writeFileSync(input, corpus(3000) + 'not json\n' + corpus(10, 3000));
    const one = await runCli(['analyze', '--jsonl', input, '--workers', '1']);
    const two = await runCli(['analyze', '--jsonl', input, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = records(two.stdout);
    expect(out).toHaveLength(3011);
    expect(out[3000]).toEqual({ id: null, error: expect.stringMatching(/^line 3001: not JSON/) });
  }, 180_000);

  it('keeps bad lines in place, exits 0, and exits 1 with --strict', async () => {
    const input = `${line(0)}\nnot json\n{"id":"n","text":42}\n${line(1)}\n`;
    const lax = await runCli(['analyze', '--jsonl', '--no-tokens'], input);
    expect(lax.code).toBe(0);
    expect(records(lax.stdout).map((d) => d.error === undefined)).toEqual([true, false, false, true]);
    const strict = await runCli(['analyze', '--jsonl', '--no-tokens', '--strict'], input);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(lax.stdout);
    expect(strict.stderr).toMatch(/^arabic-entities: --strict: 2 bad lines; the first: line 2: not JSON/);
  });

  it('prints a one-line summary with --progress', async () => {
    const r = await runCli(['analyze', '--jsonl', '--no-tokens', '--progress'], `${corpus(3)}oops\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^arabic-entities: 3 documents, 1 error; \d+ mentions \(.*\); \d+\.\d MB in \d+\.\d s \(\d+\.\d MB\/s\)\n$/);
  });

  it('accepts an empty input as an empty corpus', async () => {
    const r = await runCli(['analyze', '--jsonl'], '');
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const blank = await runCli(['analyze', '--jsonl'], '\n\n  \n');
    expect(blank).toMatchObject({ code: 0, stdout: '' });
  });

  it.each([
    [['--workers', '0'], /--workers must be a whole number from 1 to 256 \(got '0'\)/],
    [['--workers', 'many'], /--workers must be a whole number from 1 to 256 \(got 'many'\)/],
    [['--workers=1.5'], /--workers must be a whole number/],
    [['--progress', '--no-progress'], /--progress and --no-progress contradict each other/],
    [['no-such-file.jsonl'], /cannot read 'no-such-file\.jsonl': no such file/],
    [['no-such-dir/*.jsonl'], /no file matches 'no-such-dir\/\*\.jsonl'/],
    [['-', '-'], /standard input \(-\) can be read only once/],
    [['--frobnicate'], /unknown option --frobnicate/],
  ])('rejects %j with a readable usage error (exit 2)', async (args, message) => {
    const r = await runCli(['analyze', '--jsonl', ...args], '');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Run with --help for usage.');
  });

  it('rejects the streaming options without --jsonl', async () => {
    const r = await runCli(['analyze', '--workers', '2'], 'نص');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers applies to --jsonl input only/);
  });

  it('documents the options in --help', async () => {
    const r = await runCli(['analyze', '--help']);
    for (const option of ['--jsonl', '--workers N', '--progress', '--no-progress', '--strict', 'GLOB']) expect(r.stdout).toContain(option);
  });

  it('stops quietly when the reader goes away (| head)', async () => {
    const cli = await builtCli();
    const input = join(dir, 'pipe.jsonl');
    writeFileSync(input, corpus(2000));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" analyze --jsonl "${input}" --workers 1 | head -n 2`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('{'))).toHaveLength(2);
    expect(r.stderr).toBe('');
  }, 120_000);
});
