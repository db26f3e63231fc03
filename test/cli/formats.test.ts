import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/cli/args.js';
import { runAnalyze } from '../../src/cli/commands/analyze.js';
import { runRender } from '../../src/cli/commands/render.js';
import { analyze, EXPORT_FORMATS, exportDocument, fromJSON } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'formats-cli-'));
const file = join(dir, 'article.txt');
const TEXT = 'أعلنت منظمة العمل الدولية في القاهرة تقديم 1.5 مليون دولار لمصر عام 2024.';
writeFileSync(file, TEXT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function capture(run: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  try {
    return { code: await run(argv), out };
  } finally {
    spy.mockRestore();
  }
}

// The CLI is plumbing over the public API: each format prints exactly what exportDocument gives.
describe('arabic-entities analyze --format', () => {
  const doc = analyze(TEXT, { id: 'a1' });
  for (const format of EXPORT_FORMATS) {
    it(`--format ${format}`, async () => {
      const { code, out } = await capture(runAnalyze, [file, '--format', format, '--id', 'a1']);
      expect(code).toBe(0);
      expect(out).toBe(exportDocument(doc, format));
    });
  }

  it('prints JSON that fromJSON reads back', async () => {
    const { out } = await capture(runAnalyze, [file]);
    expect(fromJSON(out)).toEqual(analyze(TEXT));
  });

  it('names the formats when given an unknown one', async () => {
    await expect(runAnalyze([file, '--format', 'xml'])).rejects.toThrow(UsageError);
    await expect(runAnalyze([file, '--format', 'xml'])).rejects.toThrow(/json, jsonl, table, conll, brat, html, dot/);
  });
});

describe('arabic-entities render', () => {
  it('is the short form of --format html', async () => {
    const rendered = await capture(runRender, [file]);
    const analyzed = await capture(runAnalyze, [file, '--format', 'html']);
    expect(rendered.code).toBe(0);
    expect(rendered.out).toBe(analyzed.out);
    expect(rendered.out).toMatch(/^<!DOCTYPE html>/);
  });

  it('takes a title and an id', async () => {
    const { out } = await capture(runRender, [file, '--id', 'doc-7', '--title', 'تقرير']);
    expect(out).toContain('<title>تقرير</title>');
    expect((await capture(runRender, [file, '--id', 'doc-7'])).out).toContain('<title>doc-7</title>');
  });

  it('prints its help', async () => {
    const { code, out } = await capture(runRender, ['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: arabic-entities render/);
  });
});
