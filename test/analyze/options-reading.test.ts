// The normalize options shape what the document reports (tokens, sentences, mention forms); the
// extractors read the default fold whatever the options, so a text finds the same entities under each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { integrityProblems } from '../../src/graph/integrity.js';

const article = readFileSync(new URL('../../fixtures/ahram-tip-2024.txt', import.meta.url), 'utf8');
const OPTION_SETS = [
  ['the hamza kept', { alef: false, alefMaksura: false }],
  ['the taa marbuta kept', { taaMarbuta: false }],
  ['diacritics and tatweel kept', { diacritics: false, tatweel: false }],
  ['Arabic-Indic digits kept', { digits: false }],
] as const;
const spans = (doc: ReturnType<typeof analyze>): string[] => doc.mentions.map((m) => `${m.type} ${m.start} ${m.end} ${m.rule}`);

describe('normalize options and what the extractors read', () => {
  const folded = analyze(article);
  it.each(OPTION_SETS)('finds the same mentions in the bundled article with %s', (_, normalize) => {
    expect(spans(analyze(article, { normalize }))).toEqual(spans(folded));
  });

  it('reports tokens and mention forms in the caller\'s reading', () => {
    const doc = analyze('وقال وزير الخارجية الأمريكي إن إسرائيل وافقت.', { normalize: { alef: false } });
    expect(doc.tokens.map((t) => t.norm)).toContain('إسرائيل');
    expect(doc.mentions.find((m) => m.type === 'LOCATION')?.norm).toBe('إسرائيل');
    expect(analyze('وقال وزير الخارجية الأمريكي إن إسرائيل وافقت.').mentions.find((m) => m.type === 'LOCATION')?.norm).toBe('اسرائيل');
  });

  it('finds a name spelled without its hamza when the options keep hamzas (اسرائيل, الامم المتحدة)', () => {
    const found = analyze('وقالت الامم المتحدة ان اسرائيل وافقت.', { normalize: { alef: false } }).mentions.map((m) => `${m.type} ${m.text}`);
    expect(found).toEqual(expect.arrayContaining(['ORGANIZATION الامم المتحدة', 'LOCATION اسرائيل']));
  });

  it.each(OPTION_SETS)('keeps relation evidence and sentences consistent with the reported tokens (%s)', (_, normalize) => {
    const doc = analyze('قـالـت وزارة الخارجـية الأمريكية إن مصر حققت تقدما ملموسا في عام ٢٠٢٤.', { normalize });
    expect(integrityProblems(doc)).toEqual([]);
    for (const r of doc.relations) {
      const first = doc.tokens[r.evidence.tokenStart]!;
      expect(first.start).toBeLessThanOrEqual(r.evidence.start);
      expect(doc.sentences[r.evidence.sentence]!.start).toBeLessThanOrEqual(r.evidence.start);
    }
  });
});
