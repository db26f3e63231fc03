import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/index.js';
import { NAME_CASES } from './cases.js';

const NAME_TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);

describe.each(NAME_CASES)('$name', ({ text, expect: wanted = [], absent = [], counts = {} }) => {
  const doc = analyze(text);
  const names = doc.mentions.filter((m) => NAME_TYPES.has(m.type));

  test.each(wanted)('finds %s «%s»', (type, surface) => {
    expect(names.map((m) => `${m.type} ${m.text}`)).toContain(`${type} ${surface}`);
  });

  if (absent.length) {
    test('leaves what is not a name unmarked', () => {
      for (const surface of absent) expect(names.filter((m) => m.type !== 'MISC').map((m) => m.text)).not.toContain(surface);
    });
  }

  if (Object.keys(counts).length) {
    test('finds each sense as often as stated', () => {
      for (const [what, n] of Object.entries(counts)) expect(names.filter((m) => `${m.type} ${m.text}` === what)).toHaveLength(n);
    });
  }

  test('every span is the original slice', () => {
    for (const m of names) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
