import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { runEval } from '../../src/cli/commands/eval.js';
import { SNIPPET } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
const file = join(dir, 'gold.conll');
writeFileSync(file, SNIPPET);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  try {
    const code = await runEval(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

// The real extractors are not under test here: only the command's plumbing.
describe('arabic-entities eval', () => {
  it('prints the text report and exits 0', async () => {
    const { code, out, err } = await capture([file]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Sentences: 3 {3}Tokens: 37/);
    expect(out).toMatch(/micro \(PERS\/ORG\/LOC\)/);
    expect(err).toMatch(/eval: 3 sentences, 37 tokens in \d+\.\d\d s/);
  });

  it('prints the JSON report with --format json and --limit', async () => {
    const { code, out } = await capture([file, '--format', 'json', '--limit=2', '--top', '3']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.sentences).toBe(2);
    expect(Object.keys(report.types)).toEqual(['PERS', 'ORG', 'LOC', 'MISC']);
    expect(report.micro.gold).toBe(7);
    expect(report.topMisses.length).toBeLessThanOrEqual(3);
  });

  it('takes --window N and --window document, scoring every sentence once', async () => {
    for (const window of ['2', 'document']) {
      const { code, out } = await capture([file, '--format', 'json', '--window', window]);
      expect(code).toBe(0);
      const report = JSON.parse(out);
      expect(report.sentences).toBe(3);
      expect(report.tokens).toBe(37);
    }
  });

  it('has --help', async () => {
    const { code, out } = await capture(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/Usage: arabic-entities eval FILE/);
  });

  it('refuses bad usage', async () => {
    await expect(runEval([])).rejects.toThrow(UsageError);
    await expect(runEval([file, '--limit', 'ten'])).rejects.toThrow(/--limit must be a whole number/);
    await expect(runEval([file, '--format', 'xml'])).rejects.toThrow(/--format must be one of text, json/);
    await expect(runEval([file, '--nope'])).rejects.toThrow(/unknown option/);
    await expect(runEval([file, '--window', '0'])).rejects.toThrow(/--window must be a whole number of 1 or more, or 'document'/);
    await expect(runEval([file, '--window', 'all'])).rejects.toThrow(/--window must be a whole number of 1 or more, or 'document' \(got 'all'\)/);
    await expect(runEval([join(dir, 'missing.conll')])).rejects.toThrow(/ENOENT/);
  });
});
