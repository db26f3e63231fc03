import { describe, expect, it } from 'vitest';
import { evaluateConll, parseConll, toConll } from '../../src/eval/index.js';
import { analyze, type Extractor } from '../../src/index.js';
import { FLAWED, PERFECT, SNIPPET } from './fixtures.js';
import { gazetteer } from './gazetteer.js';

/** The snippet's sentences as one text, a sentence a line. */
const text = parseConll(SNIPPET).sentences.map((s) => s.tokens.join(' ')).join('\n');

describe('toConll', () => {
  it('writes `token TAG` lines from the document tokens, a blank line between sentences', () => {
    const doc = analyze('قالت ليلى بوزارة الصحة في عمان.\nوصل وفد الأمم المتحدة.', {
      extractors: [gazetteer([['ليلى', 'PERSON'], ['وزارة الصحة', 'ORGANIZATION'], ['عمان', 'LOCATION'], ['الأمم المتحدة', 'ORGANIZATION']])],
    });
    expect(toConll(doc)).toBe(
      [
        'قالت O', 'ليلى B-PERS', 'بوزارة B-ORG', 'الصحة I-ORG', 'في O', 'عمان B-LOC', '. O',
        '',
        'وصل O', 'وفد O', 'الأمم B-ORG', 'المتحدة I-ORG', '. O',
      ].join('\n') + '\n',
    );
    expect(toConll(doc, { personTag: 'PER' })).toContain('ليلى B-PER\n');
  });

  it('splits punctuation as the segmenter does and leaves value mentions out', () => {
    const money: Extractor = {
      name: 'money',
      types: ['MONEY'],
      extract: (ctx) => [{ type: 'MONEY', start: ctx.text.indexOf('5'), end: ctx.text.indexOf('دولار') + 5, rule: 'x' }],
    };
    const doc = analyze('دفع 5 دولار، في «دبي»', { extractors: [money, gazetteer([['دبي', 'LOCATION']])] });
    expect(toConll(doc)).toBe(['دفع O', '5 O', 'دولار O', '، O', 'في O', '« O', 'دبي B-LOC', '» O'].join('\n') + '\n');
  });

  it('gives an empty export for an empty document and refuses one without tokens', () => {
    expect(toConll(analyze('', { extractors: [] }))).toBe('');
    expect(() => toConll(analyze('في دبي', { extractors: [], tokens: false }))).toThrow(/tokens/);
  });

  it('parses back without issues, in the layout of the gold', () => {
    const exported = toConll(analyze(text, { extractors: [gazetteer(PERFECT)] }));
    const parsed = parseConll(exported);
    expect(parsed.issues).toEqual([]);
    const gold = parseConll(SNIPPET).sentences;
    expect(parsed.sentences.map((s) => [s.tokens, s.tags])).toEqual(gold.map((s) => [s.tokens, s.tags]));
  });
});

describe('round trip: eval of an export against itself', () => {
  for (const [name, entries] of [['perfect', PERFECT], ['flawed', FLAWED]] as const) {
    it(`scores 1.0 on every type present (${name} gazetteer)`, () => {
      const options = { analyze: { extractors: [gazetteer(entries)] } };
      const exported = toConll(analyze(text, options.analyze));
      const report = evaluateConll(exported, options);
      expect(report.sentences).toBe(3);
      const present = Object.entries(report.types).filter(([, m]) => m.gold > 0);
      expect(present.length).toBeGreaterThan(0);
      for (const [, m] of present) expect(m).toMatchObject({ precision: 1, recall: 1, f1: 1 });
      expect(report.micro.f1).toBe(1);
      expect(report.topMisses).toEqual([]);
      expect(report.topFalsePositives).toEqual([]);
    });
  }

  it('covers all four types with the perfect gazetteer', () => {
    const options = { analyze: { extractors: [gazetteer(PERFECT)] } };
    const report = evaluateConll(toConll(analyze(text, options.analyze)), options);
    expect(Object.entries(report.types).filter(([, m]) => m.gold > 0).map(([t]) => t)).toEqual(['PERS', 'ORG', 'LOC', 'MISC']);
  });
});
