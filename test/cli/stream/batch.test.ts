import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Extractor } from '../../../src/extract/types.js';
import { runBatch, type BatchTask } from '../../../src/cli/stream/batch.js';
import type { AnalyzeOptions } from '../../../src/analyze-options.js';

const task = (text: string, options: AnalyzeOptions = { extractors: [] }, extra: Partial<BatchTask> = {}): BatchTask => ({
  bytes: new TextEncoder().encode(text),
  firstLine: 1,
  source: '',
  options,
  ...extra,
});
const lines = (out: Uint8Array) => new TextDecoder().decode(out).split('\n').slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a batch of JSON Lines', () => {
  it('gives one output line per non-blank input line, in order', () => {
    const r = runBatch(task('{"id":"a","text":"مصر"}\n\n   \n{"id":7,"text":"ليبيا"}\r\n{"text":"تونس"}'), analyze);
    const out = lines(r.out);
    expect(out.map((d) => d.id)).toEqual(['a', '7', undefined]);
    expect(out.map((d) => d.text)).toEqual(['مصر', 'ليبيا', 'تونس']);
    expect(r).toMatchObject({ lines: 3, errors: 0 });
    expect(new TextDecoder().decode(r.out).endsWith('}\n')).toBe(true);
  });

  it('turns bad lines into {"id", "error"} records in their place, numbered from the batch start', () => {
    const r = runBatch(task('not json\n{"id":"x"}\n{"id":"y","text":5}\n[1]\n{"id":"z","text":null}\n{"id":"ok","text":"نص"}\n', undefined, { firstLine: 41 }), analyze);
    const out = lines(r.out);
    expect(out[0]).toEqual({ id: null, error: expect.stringMatching(/^line 41: not JSON/) });
    expect(out[1]).toEqual({ id: 'x', error: 'line 42: "text" must be a string (got nothing)' });
    expect(out[2]).toEqual({ id: 'y', error: 'line 43: "text" must be a string (got number)' });
    expect(out[3]).toEqual({ id: null, error: 'line 44: expected an object {"id", "text"}' });
    expect(out[4]).toEqual({ id: 'z', error: 'line 45: "text" must be a string (got null)' });
    expect(out[5]).toMatchObject({ id: 'ok', text: 'نص' });
    expect(r).toMatchObject({ lines: 6, errors: 5, firstError: expect.stringMatching(/^line 41: not JSON/) });
  });

  it('names the input when there are several', () => {
    const r = runBatch(task('oops\n', undefined, { source: 'part-3.jsonl', firstLine: 9 }), analyze);
    expect(lines(r.out)[0]!.error).toMatch(/^part-3\.jsonl line 9: not JSON/);
  });

  it('reports a document that makes an extractor throw as an error record, and goes on', () => {
    const boom: Extractor = { name: 'boom', types: ['MISC'], extract: (ctx) => { if (ctx.text.includes('!')) throw new Error('kaput'); return []; } };
    const r = runBatch(task('{"id":1,"text":"مرحبا!"}\n{"id":2,"text":"مرحبا"}\n', { extractors: [boom] }), analyze);
    const out = lines(r.out);
    expect(out[0]).toEqual({ id: 1, error: "line 1: Extractor 'boom' threw: kaput" });
    expect(out[1]).toMatchObject({ id: '2', text: 'مرحبا' });
    expect(r.errors).toBe(1);
  });

  it('reports invalid options as error records (the library throws, the batch does not)', () => {
    const r = runBatch(task('{"text":"مصر"}\n', { tokens: 'yes' } as unknown as AnalyzeOptions), analyze);
    expect(lines(r.out)[0]!.error).toMatch(/^line 1: analyze: invalid options: option "tokens"/);
  });

  it('drops a byte-order mark at the start, and decodes invalid UTF-8 without failing', () => {
    const bom = runBatch(task('\ufeff{"id":"b","text":"مصر"}\n'), analyze);
    expect(lines(bom.out)[0]).toMatchObject({ id: 'b' });
    const bytes = new Uint8Array([...new TextEncoder().encode('{"text":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}\n')]);
    const bad = runBatch({ ...task(''), bytes }, analyze);
    expect(lines(bad.out)[0]).toMatchObject({ text: '\ufffd\ufffd' });
  });

  it('counts mentions per type', () => {
    const finder: Extractor = { name: 'f', types: ['LOCATION'], extract: (ctx) => ctx.tokens.map((t) => ({ type: 'LOCATION' as const, start: t.start, end: t.end, rule: 'r' })) };
    const r = runBatch(task('{"text":"مصر وليبيا"}\n{"text":"تونس"}\n', { extractors: [finder] }), analyze);
    expect(r.mentions).toEqual({ LOCATION: 3 });
  });
});
