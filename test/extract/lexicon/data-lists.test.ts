import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// Every lexicon data file (src/extract/<kind>/data/*.json): a word listed twice in one list is a slip
// of editing, and the second entry hides where the first one's reason is written.
const root = new URL('../../../src/extract/', import.meta.url).pathname;
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const dir = join(root, d.name, 'data');
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(d.name, 'data', f));
    } catch {
      return [];
    }
  });

/** Each list of strings in a parsed data file, with where it is. */
function stringLists(value: unknown, path: string): Array<[string, string[]]> {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? [[path, value as string[]]] : [];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLists(v, `${path}.${k}`));
  return [];
}

describe('lexicon data files', () => {
  test('there are data files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  test.each(files)('%s lists no word twice in one list', (file) => {
    const lists = stringLists(JSON.parse(readFileSync(join(root, file), 'utf8')), file);
    for (const [where, words] of lists) {
      const seen = new Set<string>();
      const twice = words.filter((w) => seen.has(w) || !seen.add(w));
      expect(twice, where).toEqual([]);
    }
  });
});

describe('the known organizations', () => {
  test('list each organization once (its spellings go in one entry\'s aliases)', () => {
    const known = JSON.parse(readFileSync(join(root, 'organization/data/known.json'), 'utf8')) as Array<{ name: string }>;
    const seen = new Set<string>();
    const twice = known.map((o) => o.name).filter((n) => seen.has(n) || !seen.add(n));
    expect(twice).toEqual([]);
  });
});
