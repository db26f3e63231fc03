/**
 * Robustness: random sequences of the words the value grammar reacts to (numbers, scale words,
 * currencies, months, qualifiers, connectors, signs) never make an extractor throw, and every mention
 * is schema-valid with a span that is exactly its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, DocumentSchema } from '../../src/index.js';
import { valueExtractors } from '../../src/extract/values.js';

const VOCABULARY = [
  '2024', '1445', '15', '3', '1.5', '1,500', '٣٫٥', '۲۰۲۴', '0100', '84', 'ر', '%', '٪', '$', '€', '-', '/', '(', ')', '.', '،',
  'و', 'مليون', 'ملايين', 'مليار', 'ألف', 'آلاف', 'ألفين', 'ونصف', 'نصف', 'ربع', 'ثلث', 'مليار', 'خمسة', 'وعشرون', 'عشر', 'أحد',
  'مائة', 'ثلاث', 'مئة', 'دولار', 'جنيه', 'ريال', 'دينار', 'كويتي', 'مدريد', 'الدولارات', 'من', 'بين', 'إلى', 'نحو', 'أكثر',
  'في', 'المائة', 'بنسبة', 'عام', 'العام', 'الحالي', 'مارس', 'رمضان', 'كانون', 'الثاني', 'الخامس', 'هـ', 'م', 'الخميس',
  'المادة', 'شخصا', 'برميل', 'مقارنة', 'بـ', 'تقريبا', 'ق.م', 'ذو', 'الحجة',
];

const text = fc
  .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(' ', ' ', '', '\u200F', '\n')), { minLength: 1, maxLength: 40 })
  .map((parts) => 'وقال المسؤول ' + parts.map(([w, sep]) => w + sep).join(''));

describe('value extractors on random input', () => {
  it('never throw and always produce exact, valid spans', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = analyze(t, { extractors: valueExtractors, language: 'ar' });
        expect(doc.diagnostics.filter((d) => d.code === 'extractor.failed' || d.code === 'candidate.bad-span')).toEqual([]);
        for (const m of doc.mentions) expect(m.text).toBe(t.slice(m.start, m.end));
        DocumentSchema.parse(doc);
      }),
      { numRuns: 400 },
    );
  });
});
