import { describe, expect, it } from 'vitest';
import { ConllReader, linesOf, parseConll, readConll } from '../../src/eval/conll.js';
import { canonicalTag, parseTag } from '../../src/eval/tags.js';

describe('parseTag / canonicalTag', () => {
  it('folds type spellings to the ANERcorp names', () => {
    expect(canonicalTag('B-PER')).toBe('B-PERS');
    expect(canonicalTag('I-PERS')).toBe('I-PERS');
    expect(canonicalTag('B-PERSON')).toBe('B-PERS');
    expect(canonicalTag('B-org')).toBe('B-ORG');
    expect(canonicalTag('I-LOCATION')).toBe('I-LOC');
    expect(canonicalTag('B_MISC')).toBe('B-MISC');
    expect(canonicalTag('O')).toBe('O');
  });
  it('keeps other types under their own name', () => {
    expect(parseTag('B-GPE')).toEqual({ prefix: 'B', type: 'GPE' });
    expect(canonicalTag('S-LOC')).toBe('S-LOC');
  });
  it('rejects what is not a tag', () => {
    for (const bad of ['', 'B-', 'X-LOC', 'PERS', 'o', 'B-1X', 'B--LOC']) expect(canonicalTag(bad)).toBeUndefined();
  });
});

describe('linesOf', () => {
  it('splits LF, CRLF and CR, without a phantom last line', () => {
    expect([...linesOf('a\nb\r\nc\rd\n')]).toEqual(['a', 'b', 'c', 'd']);
    expect([...linesOf('a\n\nb')]).toEqual(['a', '', 'b']);
    expect([...linesOf('')]).toEqual([]);
    expect([...linesOf('\n')]).toEqual(['']);
  });
});

describe('parseConll', () => {
  it('reads sentences separated by blank lines, with the first line of each', () => {
    const { sentences, issues } = parseConll('قال O\nأحمد B-PER\n\n\n\nفي O\nتونس B-LOC\n');
    expect(issues).toEqual([]);
    expect(sentences).toEqual([
      { index: 0, line: 1, tokens: ['قال', 'أحمد'], tags: ['O', 'B-PERS'] },
      { index: 1, line: 6, tokens: ['في', 'تونس'], tags: ['O', 'B-LOC'] },
    ]);
  });

  it('tolerates a BOM, CRLF, tabs, runs of spaces, trailing spaces and no final newline', () => {
    const { sentences, issues } = parseConll('\uFEFFسافر\tO\r\nإلى   O  \r\nبيروت \t B-LOC');
    expect(issues).toEqual([]);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.tokens).toEqual(['سافر', 'إلى', 'بيروت']);
    expect(sentences[0]!.tags).toEqual(['O', 'O', 'B-LOC']);
  });

  it('takes the token from the first column and the tag from the last', () => {
    const { sentences } = parseConll('جامعة NN B-ORG\nدمشق NNP I-ORG\n');
    expect(sentences[0]!.tokens).toEqual(['جامعة', 'دمشق']);
    expect(sentences[0]!.tags).toEqual(['B-ORG', 'I-ORG']);
  });

  it('treats -DOCSTART- as a document break', () => {
    const { sentences, issues } = parseConll('-DOCSTART- -X- O O\nعمر B-PERS\n-DOCSTART- O\nليلى B-PERS\n');
    expect(issues).toEqual([]);
    expect(sentences.map((s) => s.tokens)).toEqual([['عمر'], ['ليلى']]);
  });

  it('reports malformed lines with their line numbers and leaves them out, without throwing', () => {
    const { sentences, issues } = parseConll('قال O\nكلمة\nسعيد B-PERS\nخالد X-PERS\nفي B-\n\nغزة B-LOC\n');
    expect(sentences.map((s) => s.tokens)).toEqual([['قال', 'سعيد'], ['غزة']]);
    expect(issues.map((i) => i.line)).toEqual([2, 4, 5]);
    expect(issues[0]!.message).toMatch(/one field/);
    expect(issues[1]!.message).toMatch(/unrecognized tag 'X-PERS'/);
    expect(issues[1]!.text).toBe('خالد X-PERS');
  });

  it('returns nothing for empty or blank input', () => {
    expect(parseConll('')).toEqual({ sentences: [], issues: [] });
    expect(parseConll('\n \n\t\n')).toEqual({ sentences: [], issues: [] });
  });

  it('is linear on a large input', () => {
    const line = 'كلمة O\n';
    const big = (line.repeat(20) + '\n').repeat(10_000); // 200k tokens
    const t0 = performance.now();
    const { sentences } = parseConll(big);
    expect(sentences).toHaveLength(10_000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('streaming', () => {
  it('ConllReader returns a sentence when a blank line completes it', () => {
    const r = new ConllReader();
    expect(r.line('مصر B-LOC')).toBeUndefined();
    expect(r.line('')?.tokens).toEqual(['مصر']);
    expect(r.line('')).toBeUndefined();
    expect(r.line('ليبيا B-LOC')).toBeUndefined();
    expect(r.end()?.tags).toEqual(['B-LOC']);
    expect(r.end()).toBeUndefined();
    expect(r.lines).toBe(4);
  });

  it('readConll yields lazily and reports issues as it goes', () => {
    const issues: { line: number }[] = [];
    const it = readConll(['أ O', '', 'bad', 'ب B-LOC'], issues as never);
    expect(it.next().value?.tokens).toEqual(['أ']);
    expect(issues).toEqual([]);
    expect(it.next().value?.tokens).toEqual(['ب']);
    expect(issues.map((i) => i.line)).toEqual([3]);
    expect(it.next().done).toBe(true);
  });
});
