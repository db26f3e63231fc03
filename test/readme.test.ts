import { describe, expect, test } from 'vitest';
import { analyze, normalize, type Extractor } from '../src/index.js';

/** The README's "API in ten lines" does what it says. */
describe('README API example', () => {
  test('analyze finds the ministry, the amount, the UN and the year', () => {
    const doc = analyze('أعلنت وزارة الخارجية المصرية تقديم 1.5 مليون دولار للأمم المتحدة عام 2024.');
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual([
      'ORGANIZATION وزارة الخارجية المصرية',
      'MONEY 1.5 مليون دولار',
      'ORGANIZATION لأمم المتحدة',
      'DATE 2024',
    ]);
    expect(doc.mentions[1]!.value).toMatchObject({ amount: '1500000', currency: 'USD' });
  });

  test('normalize maps back to the original', () => {
    const { text, map } = normalize('إِنَّ مـصر');
    expect(text).toBe('ان مصر');
    expect(map.toOriginalRange(3, 6)).toEqual([6, 10]);
  });

  test('a plugin extractor runs beside the built-in ones', () => {
    const companies: Extractor = {
      name: 'companies',
      types: ['ORGANIZATION'],
      extract: (ctx) => ctx.tokens.filter((t) => t.norm === 'اكمي').map((t) => ({ type: 'ORGANIZATION' as const, start: t.start, end: t.end, rule: 'gazetteer' })),
    };
    const doc = analyze('وقعت أكمي عقدا', { plugins: [companies] });
    expect(doc.mentions.map((m) => `${m.text} ${m.rule}`)).toEqual(['أكمي companies/gazetteer']);
  });
});
