/** What cannot be resolved is emitted with a null field and reported, never guessed or thrown. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { valueExtractors } from '../../src/extract/values.js';

const run = (text: string) => analyze(text, { extractors: valueExtractors });
const codes = (text: string) => run(text).diagnostics.map((d) => d.code);

describe('diagnostics', () => {
  it('reports an ambiguous currency left null', () => {
    const doc = run('وبلغت الغرامة 500 دينار.');
    expect(doc.mentions[0]!.value).toMatchObject({ currency: null });
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'money.currency-unresolved', source: 'money', start: doc.mentions[0]!.start })]);
  });

  it('reports several stated readings of one currency word', () => {
    const diagnostics = run('وقارن الدينار الكويتي بالدينار الأردني، وبلغ الرسم 100 دينار.').diagnostics;
    expect(diagnostics[0]!.message).toContain('KWD');
  });

  it('reports an amount too large to print', () => {
    expect(codes(`وكتب ${'9'.repeat(1100)} دولار.`)).toContain('number.too-large');
  });

  it('reports an amount without a finite decimal value', () => {
    expect(codes('وقدرت الكلفة بثلث مليون دولار.')).toContain('number.inexact');
  });

  it('reports a vague amount', () => {
    expect(codes('وأنفقت الحملة ملايين الدولارات.')).toEqual(['money.vague-amount']);
  });

  it('reports a day that does not exist and produces no date', () => {
    const doc = run('وحدد الموعد في 31 فبراير 2024.');
    expect(doc.mentions).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['date.invalid']);
  });

  it('reports a decade whose century is unsettled and produces no date', () => {
    const doc = run('وازدهرت السينما في العشرينيات.');
    expect(doc.mentions).toEqual([]);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'date.decade-century-unknown', source: 'dates', start: 'وازدهرت السينما في '.length })]);
  });

  it('reports a century before the era and produces no date', () => {
    const text = 'وبنيت المدينة في القرن الرابع قبل الميلاد.';
    const doc = run(text);
    expect(doc.mentions).toEqual([]);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'date.century-before-era', source: 'dates', severity: 'info', start: text.indexOf('القرن'), end: text.indexOf('.') })]);
  });

  it('reports a Hijri date without a Gregorian equivalent', () => {
    const doc = run('وصدر في 30 شعبان 1445 هـ.');
    expect(doc.mentions[0]!.value).toEqual({ kind: 'date', value: '1445-08-30', calendar: 'hijri', granularity: 'day' });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['date.hijri-unconverted']);
  });

  it('reports a dot that could group thousands', () => {
    const doc = run('وبلغ سعر الصرف 89.500 ليرة لبنانية.');
    expect(doc.mentions[0]!.value).toMatchObject({ amount: '89.5', currency: 'LBP' });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['number.ambiguous-separator']);
    expect(codes('وبلغ سعر الصرف ٨٩٫٥٠٠ ليرة لبنانية.')).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '٫٫٫', 'ر ر ر 3', '$', '% % 5 %', 'بين و', 'مليار مليار مليار مليار', '1/2/', '2024-', 'ونصف ونصف']) {
      expect(run(text).diagnostics.filter((d) => d.code === 'extractor.failed')).toEqual([]);
    }
  });
});
