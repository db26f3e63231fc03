import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { AnalyzeOptions } from '../../src/analyze-options.js';
import type { Candidate, ExtractContext, Extractor } from '../../src/extract/types.js';
import { OptionsError } from '../../src/options-error.js';
import { DocumentSchema, type MentionType, type Token } from '../../src/schema.js';
import { normalize } from '../../src/text/normalize.js';
import { arabicText } from '../text/arbitraries.js';

const fixture = readFileSync(new URL('../../fixtures/ahram-tip-2024.txt', import.meta.url), 'utf8');

/** The surface forms of a token a lexicon entry may match: the word, and the word without its proclitics. */
function forms(t: Token): Array<{ norm: string; start: number }> {
  const out = [{ norm: t.norm, start: t.start }];
  for (const c of [t.clitics, ...(t.alternatives ?? [])]) {
    if (c) out.push({ norm: (c.article ? 'ال' : '') + c.stem, start: c.baseStart });
  }
  return out;
}

/**
 * A tiny user gazetteer: entries of one or more words, normalized with the document's own key, matched
 * against token sequences (the first word may carry proclitics, which stay outside the mention).
 */
function gazetteer(name: string, entries: Record<string, MentionType>): Extractor {
  return {
    name,
    types: [...new Set(Object.values(entries))],
    extract(ctx: ExtractContext): Candidate[] {
      const keyed = Object.entries(entries).map(([entry, type]) => ({ words: ctx.key(entry).split(' '), type }));
      const out: Candidate[] = [];
      ctx.tokens.forEach((t, k) => {
        for (const { words, type } of keyed) {
          const first = forms(t).find((f) => f.norm === words[0]);
          if (!first) continue;
          const rest = words.slice(1);
          if (!rest.every((w, i) => ctx.tokens[k + 1 + i]?.norm === w)) continue;
          const last = ctx.tokens[k + rest.length]!;
          out.push({ type, start: first.start, end: last.end, rule: words.length > 1 ? 'phrase' : 'word' });
        }
      });
      return out;
    },
  };
}

const companies = gazetteer('companies', {
  'وزارة الخارجية': 'ORGANIZATION',
  'منظمة العمل الدولية': 'ORGANIZATION',
  'الأمم المتحدة': 'ORGANIZATION',
  'الولايات المتحدة': 'LOCATION',
  'مصر': 'LOCATION',
});

describe('a user extractor (plugin)', () => {
  const text = 'قالت وِزَارَةُ الخَارِجِيَّةِ إن مصر والولايات المتحدة تعملان مع منظمة العمل الدولية بمصر.';

  it('produces mentions with rule <name>/<rule>, the exact original text and its normalized form', () => {
    const doc = analyze(text, { extractors: [], plugins: [companies] });
    expect(doc.mentions.map((m) => [m.type, m.text, m.norm, m.rule])).toEqual([
      ['ORGANIZATION', 'وِزَارَةُ الخَارِجِيَّةِ', 'وزاره الخارجيه', 'companies/phrase'],
      ['LOCATION', 'مصر', 'مصر', 'companies/word'],
      ['LOCATION', 'الولايات المتحدة', 'الولايات المتحده', 'companies/phrase'],
      ['ORGANIZATION', 'منظمة العمل الدولية', 'منظمه العمل الدوليه', 'companies/phrase'],
      ['LOCATION', 'مصر', 'مصر', 'companies/word'],
    ]);
    for (const m of doc.mentions) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.norm).toBe(normalize(m.text).text.trim());
    }
    expect(doc.mentions.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    // The proclitics و and ب stay outside the mentions.
    expect(text[doc.mentions[2]!.start - 1]).toBe('و');
    expect(text[doc.mentions[4]!.start - 1]).toBe('ب');
  });

  it('works the same given as the extractor list', () => {
    const asPlugin = analyze(text, { extractors: [], plugins: [companies] });
    const asExtractor = analyze(text, { extractors: [companies] });
    expect(asExtractor.mentions).toEqual(asPlugin.mentions);
  });

  it('finds the entries in the fixture, and the document validates', () => {
    const doc = analyze(fixture, { extractors: [], plugins: [companies], id: 'ahram' });
    expect(doc.id).toBe('ahram');
    const texts = doc.mentions.map((m) => m.text);
    expect(texts).toContain('وزارة الخارجية');
    expect(texts).toContain('منظمة العمل الدولية');
    expect(texts).toContain('الولايات المتحدة');
    expect(texts.filter((t) => t === 'مصر').length).toBeGreaterThan(3);
    for (const m of doc.mentions) expect(m.text).toBe(fixture.slice(m.start, m.end));
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(DocumentSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
  });

  it('sees the shared context', () => {
    let seen: ExtractContext | undefined;
    const spy: Extractor = { name: 'spy', types: [], extract: (ctx) => ((seen = ctx), []) };
    const input = 'قال أحمدُ: ﻻ.';
    const doc = analyze(input, { extractors: [spy] });
    expect(seen).toBeDefined();
    expect(seen!.text).toBe(input);
    expect(seen!.normalized.text).toBe('قال احمد: لا.');
    expect(seen!.tokens).toEqual(doc.tokens);
    expect(seen!.sentences).toEqual(doc.sentences);
    expect(seen!.language.code).toBe('arb');
    expect(seen!.key('أحمدُ')).toBe('احمد');
    expect(seen!.normalizeOptions.hamzaCarriers).toBe(false);
  });

  it('lets a later extractor see the candidates of earlier ones', () => {
    let previous: readonly Candidate[] = [];
    const second: Extractor = { name: 'second', types: [], extract: (ctx) => ((previous = [...ctx.previous]), []) };
    analyze('زار مصر', { extractors: [companies, second] });
    expect(previous).toEqual([{ type: 'LOCATION', start: 4, end: 7, rule: 'word' }]);
  });

  it('adds the extractor name to the diagnostics it reports', () => {
    const noisy: Extractor = {
      name: 'noisy',
      types: [],
      extract: (ctx) => {
        ctx.diagnose({ code: 'noisy.note', severity: 'info', message: 'hello', start: 0, end: 3 });
        return [];
      },
    };
    const doc = analyze('زار مصر', { extractors: [noisy] });
    expect(doc.diagnostics).toEqual([{ code: 'noisy.note', severity: 'info', message: 'hello', start: 0, end: 3, source: 'noisy' }]);
  });

  it('settles overlaps between extractors: the longer span wins', () => {
    const short: Extractor = {
      name: 'short',
      types: ['LOCATION'],
      extract: () => [{ type: 'LOCATION', start: 4, end: 7, rule: 'x', score: 10 }],
    };
    const long: Extractor = {
      name: 'long',
      types: ['ORGANIZATION'],
      extract: () => [{ type: 'ORGANIZATION', start: 4, end: 15, rule: 'y' }],
    };
    const doc = analyze('زار مصر للطيران', { extractors: [short, long] });
    expect(doc.mentions.map((m) => [m.text, m.rule])).toEqual([['مصر للطيران', 'long/y']]);
  });

  it('copies the value of a candidate', () => {
    const money: Extractor = {
      name: 'money',
      types: ['MONEY'],
      extract: () => [{ type: 'MONEY', start: 4, end: 12, rule: 'amount', value: { kind: 'money', amount: '100', currency: 'EGP' } }],
    };
    const doc = analyze('دفع 100 جنيه', { extractors: [money] });
    expect(doc.mentions[0]).toMatchObject({ text: '100 جنيه', value: { kind: 'money', amount: '100', currency: 'EGP' } });
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });
});

describe('failures inside extractors', () => {
  const thrower: Extractor = {
    name: 'thrower',
    types: ['PERSON'],
    extract: () => {
      throw new Error('lexicon missing');
    },
  };

  it.each([
    ['before', [thrower, companies]],
    ['after', [companies, thrower]],
  ])('a throwing extractor (%s the others) yields extractor.failed and the others still run', (_, extractors) => {
    const doc = analyze('زار مصر', { extractors });
    expect(doc.mentions.map((m) => [m.text, m.rule])).toEqual([['مصر', 'companies/word']]);
    const failed = doc.diagnostics.filter((d) => d.code === 'extractor.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ severity: 'error', source: 'thrower' });
    expect(failed[0]!.message).toContain('thrower');
    expect(failed[0]!.message).toContain('lexicon missing');
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('reports a thrown non-Error value too', () => {
    const odd: Extractor = {
      name: 'odd',
      types: [],
      extract: () => {
        throw 'just a string';
      },
    };
    const doc = analyze('زار مصر', { extractors: [odd] });
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]!.message).toContain('just a string');
  });

  it.each<[string, number, number]>([
    ['a negative start', -1, 3],
    ['an end past the text', 4, 99],
    ['an empty span', 4, 4],
    ['a reversed span', 7, 4],
    ['a fractional offset', 4.5, 7],
    ['NaN', Number.NaN, 7],
  ])('a candidate with %s is reported, not kept', (_, start, end) => {
    const bad: Extractor = {
      name: 'bad',
      types: ['LOCATION'],
      extract: () => [
        { type: 'LOCATION', start, end, rule: 'broken' },
        { type: 'LOCATION', start: 0, end: 3, rule: 'fine' },
      ],
    };
    const doc = analyze('زار مصر', { extractors: [bad] });
    expect(doc.mentions.map((m) => [m.start, m.end, m.rule])).toEqual([[0, 3, 'bad/fine']]);
    const reported = doc.diagnostics.filter((d) => d.code === 'candidate.bad-span');
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ severity: 'error', source: 'bad' });
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('drops a candidate inside a skipped (non-Arabic) sentence', () => {
    const text = 'زار وزير الخارجية الأمريكي مصر أمس والتقى بالمسئولين فيها.\nAverage Rating';
    const at = text.indexOf('Average');
    const latin: Extractor = {
      name: 'latin',
      types: ['MISC'],
      extract: () => [
        { type: 'MISC', start: at, end: at + 7, rule: 'x' },
        { type: 'MISC', start: at - 2, end: at + 7, rule: 'x' }, // straddles the sentence boundary
        { type: 'LOCATION', start: 27, end: 30, rule: 'y' },
      ],
    };
    const doc = analyze(text, { extractors: [latin] });
    expect(doc.language.code).toBe('arb');
    expect(doc.mentions.map((m) => m.text)).toEqual(['مصر']);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('options', () => {
  it.each<[string, unknown, string]>([
    ['an unknown key', { tokenz: false }, 'tokenz'],
    ['a wrong type for tokens', { tokens: 'yes' }, 'tokens'],
    ['a wrong type for id', { id: 7 }, 'id'],
    ['an unknown language', { language: 'fa' }, 'language'],
    ['a bad normalize option', { normalize: { diacritics: 'no' } }, 'normalize.diacritics'],
    ['an unknown normalize option', { normalize: { tashkeel: true } }, 'tashkeel'],
    ['extractors that are not a list', { extractors: 'all' }, 'extractors'],
    ['an extractor without a function', { extractors: [{ name: 'x', types: [] }] }, 'extractors.0'],
    ['plugins that are not extractors', { plugins: [42] }, 'plugins.0'],
  ])('%s throws an error naming the option', (_, options, name) => {
    let error: unknown;
    try {
      analyze('نص', options as AnalyzeOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as Error).message).toContain(name);
  });

  it('rejects a non-string text', () => {
    expect(() => analyze(undefined as unknown as string)).toThrow(TypeError);
    expect(() => analyze(null as unknown as string)).toThrow(/null/);
  });

  it('can leave the tokens out of the document', () => {
    const doc = analyze('زار مصر', { extractors: [companies], tokens: false });
    expect(doc.tokens).toEqual([]);
    expect(doc.mentions).toHaveLength(1);
    expect(doc.sentences).toHaveLength(1);
  });

  it('passes normalize options through to tokens and mention norms', () => {
    const folded = analyze('مؤتمر', { extractors: [], normalize: { hamzaCarriers: true } });
    expect(folded.tokens[0]!.norm).toBe('موتمر');
    const kept = analyze('مؤتمر', { extractors: [] });
    expect(kept.tokens[0]!.norm).toBe('مؤتمر');
  });

  it('has no id unless given one', () => {
    expect('id' in analyze('زار مصر', { extractors: [] })).toBe(false);
    expect(analyze('زار مصر', { extractors: [], id: 'doc-1' }).id).toBe('doc-1');
  });
});

describe('the document', () => {
  it('validates with DocumentSchema, with empty entity and relation lists', () => {
    const doc = analyze(fixture, { extractors: [] });
    const parsed = DocumentSchema.safeParse(doc);
    expect(parsed.success).toBe(true);
    expect(doc.text).toBe(fixture);
    expect(doc.entities).toEqual([]);
    expect(doc.relations).toEqual([]);
    expect(doc.sentences.length).toBeGreaterThan(10);
    expect(doc.tokens.length).toBeGreaterThan(700);
  });

  it('would not validate with a broken mention (the schema is not vacuous)', () => {
    const doc = analyze('زار مصر', { extractors: [companies] });
    expect(DocumentSchema.safeParse({ ...doc, mentions: [{ ...doc.mentions[0]!, type: 'CITY' }] }).success).toBe(false);
    expect(DocumentSchema.safeParse({ ...doc, mentions: [{ ...doc.mentions[0]!, start: -1 }] }).success).toBe(false);
  });

  it('keeps every mention an exact, normalized slice of the original (Arabic-heavy text)', () => {
    // An extractor that proposes every word and every pair of adjacent tokens.
    const pairs: Extractor = {
      name: 'pairs',
      types: ['MISC'],
      extract: (ctx) =>
        ctx.tokens.flatMap((t, k) => {
          const out: Candidate[] = [{ type: 'MISC', start: t.start, end: t.end, rule: 'one' }];
          const next = ctx.tokens[k + 1];
          if (next) out.push({ type: 'MISC', start: t.start, end: next.end, rule: 'two' });
          return out;
        }),
    };
    fc.assert(
      fc.property(arabicText, (x) => {
        const doc = analyze(x, { extractors: [pairs], language: 'ar' });
        let prevEnd = 0;
        for (const m of doc.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(prevEnd);
          expect(m.end).toBeLessThanOrEqual(x.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.text).toBe(x.slice(m.start, m.end));
          expect(m.norm).toBe(normalize(m.text).text.trim());
          prevEnd = m.end;
        }
        expect(DocumentSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
