/** Runs every value case: the value mentions of the text, in order, with exact span text and value. */
import { describe, expect, it } from 'vitest';
import { analyze, MentionSchema } from '../../src/index.js';
import { valueExtractors } from '../../src/extract/values.js';
import { valueCases } from './values.cases.js';

describe('value extraction cases', () => {
  it('has at least 300 cases', () => {
    expect(valueCases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(valueCases.map((c, i) => [`${i + 1} ${c.phenomenon}`, c] as const))('%s', (_, c) => {
    const doc = analyze(c.text, { extractors: valueExtractors, language: 'auto' });
    const got = doc.mentions.map((m) => {
      expect(m.text).toBe(c.text.slice(m.start, m.end));
      expect(() => MentionSchema.parse(m)).not.toThrow();
      return { type: m.type, text: m.text, value: m.value };
    });
    expect(got).toEqual(c.expect);
    if (c.diagnostics) expect(doc.diagnostics.map((d) => d.code)).toEqual(c.diagnostics);
  });
});
