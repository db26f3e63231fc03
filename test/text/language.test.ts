import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Extractor } from '../../src/extract/types.js';
import { detectLanguage } from '../../src/text/language.js';

const fixture = readFileSync(new URL('../../fixtures/ahram-tip-2024.txt', import.meta.url), 'utf8');

const PERSIAN =
  'ایران یک کشور در غرب آسیا است. پایتخت آن تهران است و جمعیت آن بیش از هشتاد میلیون نفر است. ' +
  'زبان رسمی این کشور فارسی است و مردم آن تاریخ و فرهنگ بسیار کهنی دارند.';
const URDU =
  'پاکستان جنوبی ایشیا کا ایک ملک ہے۔ اس کا دارالحکومت اسلام آباد ہے اور سب سے بڑا شہر کراچی ہے۔ ' +
  'یہاں کی قومی زبان اردو ہے اور لوگ بہت مہمان نواز ہیں۔';
const ENGLISH = 'The State Department published its annual report on human trafficking today, ranking many countries.';

/** A test extractor that proposes every word as a MISC mention: it would always emit something. */
const everyWord: Extractor = {
  name: 'every-word',
  types: ['MISC'],
  extract: (ctx) => ctx.tokens.filter((t) => t.kind === 'word').map((t) => ({ type: 'MISC', start: t.start, end: t.end, rule: 'word' })),
};

describe('detectLanguage', () => {
  it('reads the Arabic fixture as Arabic by script', () => {
    const lang = detectLanguage(fixture);
    expect(lang.code).toBe('arb');
    expect(lang.method).toBe('script');
    expect(lang.arabicScriptRatio).toBeGreaterThan(0.95);
    expect(lang.arabicScriptRatio).toBeLessThan(1); // "Average Rating" is Latin
  });

  it('reads a Persian paragraph as Persian', () => {
    const lang = detectLanguage(PERSIAN);
    expect(['pes', 'prs']).toContain(lang.code);
    expect(lang.method).toBe('franc');
    expect(lang.arabicScriptRatio).toBe(1);
  });

  it('reads an Urdu paragraph as Urdu', () => {
    expect(detectLanguage(URDU)).toMatchObject({ code: 'urd', method: 'franc' });
  });

  it('reads an English paragraph as not Arabic', () => {
    const lang = detectLanguage(ENGLISH);
    expect(lang.code).not.toBe('arb');
    expect(lang.arabicScriptRatio).toBe(0);
  });

  it('keeps Arabic with a stray Persian letter Arabic', () => {
    expect(detectLanguage(`${fixture} یک`).code).toBe('arb');
  });

  it('calls a text without letters undetermined', () => {
    expect(detectLanguage('')).toMatchObject({ code: 'und', method: 'empty', arabicScriptRatio: 0 });
    expect(detectLanguage('123 456 !?')).toMatchObject({ code: 'und', method: 'empty' });
  });

  it('looks only at a bounded sample of a long document', () => {
    const long = fixture.repeat(3) + ENGLISH.repeat(2000);
    expect(long.length).toBeGreaterThan(100_000);
    expect(detectLanguage(long).code).toBe('arb');
  });
});

describe('analyze and language', () => {
  it('runs extractors on the Arabic fixture, with no language diagnostic', () => {
    const doc = analyze(fixture, { extractors: [everyWord] });
    expect(doc.language.code).toBe('arb');
    expect(doc.diagnostics.filter((d) => d.code === 'language.not-arabic')).toEqual([]);
    expect(doc.mentions.length).toBeGreaterThan(100);
  });

  it.each([
    ['Persian', PERSIAN, ['pes', 'prs']],
    ['Urdu', URDU, ['urd']],
  ])('reports a %s document instead of extracting from it', (_, text, codes) => {
    const doc = analyze(text, { extractors: [everyWord] });
    expect(codes).toContain(doc.language.code);
    expect(doc.mentions).toEqual([]);
    const diagnostics = doc.diagnostics.filter((d) => d.code === 'language.not-arabic');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', source: 'language' });
    expect(diagnostics[0]!.message).toContain(doc.language.code);
    expect(doc.sentences.length).toBeGreaterThan(0);
    expect(doc.sentences.every((s) => s.skip)).toBe(true);
    // Tokens are still there: the document is segmented, only extraction is withheld.
    expect(doc.tokens.length).toBeGreaterThan(10);
  });

  it("extracts anyway when forced with language: 'ar'", () => {
    const doc = analyze(PERSIAN, { extractors: [everyWord], language: 'ar' });
    expect(doc.language).toMatchObject({ code: 'arb', method: 'forced' });
    expect(doc.mentions.length).toBeGreaterThan(10);
    expect(doc.diagnostics.filter((d) => d.code === 'language.not-arabic')).toEqual([]);
  });

  it('does not flag an empty document', () => {
    const doc = analyze('', { extractors: [everyWord] });
    expect(doc.language.method).toBe('empty');
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('segments in another script', () => {
  it('flags the fixture’s last line, "Average Rating", as a skipped sentence', () => {
    const doc = analyze(fixture, { extractors: [] });
    const last = doc.sentences.at(-1)!;
    expect(fixture.slice(last.start, last.end)).toBe('Average Rating');
    expect(last).toMatchObject({ script: 'latin', skip: true });
    expect(doc.sentences.filter((s) => s.skip)).toEqual([last]);
  });

  it('keeps extractors out of the skipped sentence', () => {
    const doc = analyze(fixture, { extractors: [everyWord] });
    const last = doc.sentences.at(-1)!;
    expect(doc.mentions.length).toBeGreaterThan(100);
    expect(doc.mentions.filter((m) => m.end > last.start)).toEqual([]);
    expect(doc.mentions.map((m) => m.text)).not.toContain('Average');
  });
});
