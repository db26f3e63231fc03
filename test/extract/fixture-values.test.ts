/** The fixture article: exactly one MONEY and one DATE, with the gold spans and values. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, DocumentSchema } from '../../src/index.js';
import { valueExtractors } from '../../src/extract/values.js';

const text = readFileSync(new URL('../../fixtures/ahram-tip-2024.txt', import.meta.url), 'utf8');
const gold = JSON.parse(readFileSync(new URL('../../fixtures/ahram-tip-2024.gold.json', import.meta.url), 'utf8')) as {
  values: Array<{ type: string; start: number; end: number; text: string; amount?: string; currency?: string; value?: string; granularity?: string }>;
};

describe('fixture ahram-tip-2024 values', () => {
  const doc = analyze(text, { extractors: valueExtractors });

  it('finds «1.5 مليون دولار» as MONEY 1500000 USD at [1890, 1905)', () => {
    const money = doc.mentions.filter((m) => m.type === 'MONEY');
    expect(money).toHaveLength(1);
    expect(money[0]).toMatchObject({ start: 1890, end: 1905, text: '1.5 مليون دولار', value: { kind: 'money', amount: '1500000', currency: 'USD' } });
  });

  it('finds «2024» as DATE year 2024 at [3462, 3466)', () => {
    const dates = doc.mentions.filter((m) => m.type === 'DATE');
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ start: 3462, end: 3466, text: '2024', value: { kind: 'date', value: '2024', granularity: 'year', calendar: 'gregorian' } });
  });

  it('matches every gold value and nothing else', () => {
    const got = doc.mentions.map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text }));
    expect(got).toEqual(gold.values.map((g) => ({ type: g.type, start: g.start, end: g.end, text: g.text })));
    for (const g of gold.values) expect(text.slice(g.start, g.end)).toBe(g.text);
  });

  it('produces a schema-valid document without warnings', () => {
    expect(() => DocumentSchema.parse(doc)).not.toThrow();
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
