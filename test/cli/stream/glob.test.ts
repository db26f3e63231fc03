import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandGlob, hasGlob, segmentMatcher } from '../../../src/cli/stream/glob.js';

const root = mkdtempSync(join(tmpdir(), 'ae-glob-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const f of ['a.jsonl', 'b.jsonl', 'c.txt', '.hidden.jsonl', 'x/d.jsonl', 'x/y/e.jsonl', 'x/y/z/f.jsonl', 'x/.git/g.jsonl', 'part-00001', 'part-00002', 'part-0003', 'a[1].jsonl']) {
  mkdirSync(join(root, f, '..'), { recursive: true });
  writeFileSync(join(root, f), '{}\n');
}
symlinkSync(join(root, 'x'), join(root, 'loop'));

describe('glob', () => {
  it('tells patterns from plain paths', () => {
    expect(hasGlob('data/*.jsonl')).toBe(true);
    expect(hasGlob('part-?????')).toBe(true);
    expect(hasGlob('data/file.jsonl')).toBe(false);
  });

  it('matches * and ? within one segment, not a leading dot', () => {
    const star = segmentMatcher('*.jsonl');
    expect(star.test('a.jsonl')).toBe(true);
    expect(star.test('.hidden.jsonl')).toBe(false);
    expect(star.test('a/b.jsonl')).toBe(false);
    expect(segmentMatcher('part-?????').test('part-00001')).toBe(true);
    expect(segmentMatcher('part-?????').test('part-0003')).toBe(false);
    expect(segmentMatcher('a[1].jsonl').test('a[1].jsonl')).toBe(true); // brackets are literal
    expect(segmentMatcher('a[1].jsonl').test('a1.jsonl')).toBe(false);
  });

  it('expands * in the order of the names, files only', () => {
    expect(expandGlob('*.jsonl', root)).toEqual(['a.jsonl', 'a[1].jsonl', 'b.jsonl']);
    expect(expandGlob('part-?????', root)).toEqual(['part-00001', 'part-00002']);
  });

  it('expands ** to any depth, skipping hidden directories and symbolic links', () => {
    expect(expandGlob('**/*.jsonl', root)).toEqual(['a.jsonl', 'a[1].jsonl', 'b.jsonl', 'x/d.jsonl', 'x/y/e.jsonl', 'x/y/z/f.jsonl']);
    expect(expandGlob('x/**/*.jsonl', root)).toEqual(['x/d.jsonl', 'x/y/e.jsonl', 'x/y/z/f.jsonl']);
    expect(expandGlob('x/*/*.jsonl', root)).toEqual(['x/y/e.jsonl']);
  });

  it('keeps absolute patterns absolute and matches nothing quietly', () => {
    expect(expandGlob(`${root}/x/*.jsonl`)).toEqual([join(root, 'x/d.jsonl')]);
    expect(expandGlob('nothing/*.jsonl', root)).toEqual([]);
    expect(expandGlob('*.csv', root)).toEqual([]);
  });
});
