import { describe, expect, it } from 'vitest';
import { ConllEvaluator, evaluateConll, formatReport } from '../../src/eval/index.js';
import { OptionsError, type Extractor } from '../../src/index.js';
import { FLAWED, PERFECT, SNIPPET } from './fixtures.js';
import { gazetteer } from './gazetteer.js';

const run = (entries: typeof PERFECT, source = SNIPPET) => evaluateConll(source, { analyze: { extractors: [gazetteer(entries)] } });

describe('evaluateConll', () => {
  it('scores a gazetteer of every gold chunk 1.0 on every type', () => {
    const r = run(PERFECT);
    expect(r.sentences).toBe(3);
    expect(r.tokens).toBe(37);
    for (const t of ['PERS', 'ORG', 'LOC', 'MISC']) expect(r.types[t]).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(r.micro).toMatchObject({ gold: 9, predicted: 9, correct: 9, f1: 1 });
    expect(r.overlap.micro.f1).toBe(1);
    expect(r.issueCount).toBe(0);
  });

  it('gives the hand-computed scores for a flawed gazetteer', () => {
    const r = run(FLAWED);
    expect(r.types.PERS).toMatchObject({ gold: 2, predicted: 3, correct: 1, precision: 0.3333, recall: 0.5, f1: 0.4 });
    expect(r.types.ORG).toMatchObject({ gold: 3, predicted: 4, correct: 1, precision: 0.25, recall: 0.3333, f1: 0.2857 });
    expect(r.types.LOC).toMatchObject({ gold: 4, predicted: 3, correct: 2, precision: 0.6667, recall: 0.5, f1: 0.5714 });
    expect(r.types.MISC).toMatchObject({ gold: 1, predicted: 0, correct: 0, f1: 0 });
    expect(r.micro).toMatchObject({ gold: 9, predicted: 10, correct: 4, precision: 0.4, recall: 0.4444, f1: 0.4211 });
    expect(r.overall).toMatchObject({ gold: 10, predicted: 10, correct: 4, f1: 0.4 });
    expect(r.overlap.micro).toMatchObject({ predictedMatched: 8, goldMatched: 8, precision: 0.8, recall: 0.8889, f1: 0.8421 });
    expect(r.errors).toEqual({
      misses: { total: 5, type: 1, boundary: 4, missed: 0 },
      falsePositives: { total: 6, type: 1, boundary: 4, spurious: 1 },
    });
    expect(r.topFalsePositives).toContainEqual({ type: 'ORG', text: 'بوزارة', count: 1 });
    expect(r.topFalsePositives).toContainEqual({ type: 'PERS', text: 'الأسبوع الماضي', count: 1 });
    expect(r.topMisses).toContainEqual({ type: 'LOC', text: 'عمان', count: 1 });
    expect(r.topMisses).toContainEqual({ type: 'ORG', text: 'بوزارة الصحة', count: 1 });
  });

  it('honours limit and top', () => {
    const r = evaluateConll(SNIPPET, { analyze: { extractors: [gazetteer(FLAWED)] }, limit: 1, top: 1 });
    expect(r.sentences).toBe(1);
    expect(r.tokens).toBe(14);
    expect(r.lines).toBeLessThan(20);
    expect(r.topMisses).toHaveLength(1);
    expect(evaluateConll(SNIPPET, { limit: 0 }).sentences).toBe(0);
  });

  it('reports malformed lines with line numbers and scores the rest', () => {
    const r = run(PERFECT, 'قال O\nكريم B-PER\nمنصور I-PER\n!!!\nفي O BAD\n');
    expect(r.sentences).toBe(1);
    expect(r.types.PERS).toMatchObject({ gold: 1, correct: 1 });
    expect(r.issueCount).toBe(2);
    expect(r.issues.map((i) => i.line)).toEqual([4, 5]);
    expect(formatReport(r)).toMatch(/line 4: expected 'token TAG'/);
  });

  it('analyzes a sentence as Arabic even when document language id would not', () => {
    // A long Persian sentence is confidently Persian: with language 'auto' it would not be extracted.
    const persian = 'این گزارش درباره همکاری دو کشور در مبارزه با قاچاق انسان است و پیش از این منتشر شد';
    const source = persian.split(' ').map((w) => `${w} O`).join('\n') + '\nكريم B-PERS\nمنصور I-PERS\n';
    expect(run(PERFECT, source).types.PERS!.correct).toBe(1);
    const auto = evaluateConll(source, { analyze: { extractors: [gazetteer(PERFECT)], language: 'auto' } });
    expect(auto.types.PERS!.correct).toBe(0);
    expect(auto.analyzerDiagnostics).toEqual({ 'language.not-arabic': 1 });
  });

  it('reads a short undetermined sentence as Arabic even with language auto', () => {
    const source = 'گزارش O\nپیش O\nكريم B-PERS\nمنصور I-PERS\n';
    const auto = evaluateConll(source, { analyze: { extractors: [gazetteer(PERFECT)], language: 'auto' } });
    expect(auto.types.PERS!.correct).toBe(1);
  });

  it('counts analyzer errors instead of hiding them', () => {
    const broken: Extractor = { name: 'broken', types: ['PERSON'], extract: () => { throw new Error('boom'); } };
    const r = evaluateConll(SNIPPET, { analyze: { extractors: [broken] } });
    expect(r.analyzerDiagnostics).toEqual({ 'extractor.failed': 3 });
    expect(r.micro.predicted).toBe(0);
    expect(formatReport(r)).toMatch(/extractor\.failed ×3/);
  });

  it('rejects bad options and a non-string source', () => {
    expect(() => evaluateConll(SNIPPET, { limit: -1 })).toThrow(OptionsError);
    expect(() => evaluateConll(SNIPPET, { nope: 1 } as never)).toThrow(/nope/);
    expect(() => evaluateConll(null as never)).toThrow(TypeError);
    expect(() => evaluateConll(SNIPPET, { analyze: { bogus: true } as never })).toThrow(OptionsError);
  });

  it('analyzes a window of sentences together, so a name in full helps its later short mention', () => {
    // The surname alone in the second sentence has no cue of its own: only the full name before it tells.
    const source = ['زار O', 'ماثيو B-PERS', 'هيكى I-PERS', 'القاهرة B-LOC', '', 'وتحدث O', 'هيكى B-PERS', 'طويلا O', ''].join('\n');
    const alone = evaluateConll(source);
    const together = evaluateConll(source, { window: 2 });
    expect(alone.types.PERS!.correct).toBe(1);
    expect(together.types.PERS!.correct).toBe(2);
    expect(together.sentences).toBe(2);
    expect(together.tokens).toBe(alone.tokens);
  });

  it('never lets a window span two -DOCSTART- documents', () => {
    const doc = (name: string[]) => ['زار O', 'ماثيو B-PERS', `${name[0]} I-PERS`, '', 'وتحدث O', `${name[1]} B-PERS`, 'طويلا O', ''];
    // The second document's short mention matches a name of the first document only.
    const source = ['-DOCSTART- O', '', ...doc(['هيكى', 'هيكى']), '-DOCSTART- O', '', 'وتحدث O', 'هيكى O', 'طويلا O', ''].join('\n');
    const byDocument = evaluateConll(source, { window: 'document' });
    expect(byDocument.sentences).toBe(3);
    expect(byDocument.types.PERS!.correct).toBe(2);
    expect(byDocument.types.PERS!.predicted).toBe(2);
    expect(() => evaluateConll(source, { window: 0 } as never)).toThrow(OptionsError);
  });

  it('streams line by line with ConllEvaluator', () => {
    const ev = new ConllEvaluator({ analyze: { extractors: [gazetteer(PERFECT)] } });
    for (const line of SNIPPET.split('\n')) ev.addLine(line);
    const r = ev.finish();
    expect(r.sentences).toBe(3);
    expect(r.micro.f1).toBe(1);
    expect(ev.finish()).toEqual(r);
  });
});

describe('formatReport', () => {
  it('renders the table, micro, overall and overlap lines, and the top lists', () => {
    const text = formatReport(run(FLAWED));
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('Type'))!;
    expect(header).toMatch(/Precision\s+Recall\s+F1\s+Support\s+Predicted\s+Correct/);
    const row = (name: string) => lines.find((l) => l.startsWith(name))!;
    expect(row('PERS ')).toMatch(/0\.3333\s+0\.5000\s+0\.4000\s+2\s+3\s+1$/);
    expect(row('micro (PERS/ORG/LOC)')).toMatch(/0\.4000\s+0\.4444\s+0\.4211\s+9\s+10\s+4$/);
    expect(row('overlap (PERS/ORG/LOC)')).toMatch(/0\.8000\s+0\.8889\s+0\.8421\s+9\s+10\s+8\/8$/);
    expect(row('overall')).toBeDefined();
    // numeric columns right-aligned: the table's rows all have one width
    const table = lines.slice(lines.indexOf(header), lines.indexOf(row('overlap')) + 1);
    expect(new Set(table.map((l) => [...l].length)).size).toBe(1);
    expect(text).toMatch(/Most frequent misses \(5\):/);
    expect(text).toMatch(/Most frequent false positives \(6\):/);
    expect(text).toMatch(/1\s+PERS\s+الأسبوع الماضي/);
    expect(text).toMatch(/Misses \(PERS\/ORG\/LOC\): 5 — not found 0, wrong bounds 4, wrong type 1/);
  });

  it('shows - for a type with neither gold nor predictions', () => {
    const text = formatReport(run(PERFECT, 'في O\nدبي B-LOC\n'));
    expect(text.split('\n').find((l) => l.startsWith('PERS'))).toMatch(/^PERS\s+-\s+-\s+-\s+0\s+0\s+0$/);
  });
});
