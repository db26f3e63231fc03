import { describe, expect, it } from 'vitest';
import { analyze, evaluateConll, exportBrat, exportConll, exportDot, exportHtml, type ArabicDocument } from '../../src/index.js';
import { gazetteer } from '../eval/gazetteer.js';
import { analyzeFixture, builtInExtractors } from '../resolve/fixture.js';

describe('brat', () => {
  it('counts offsets in code points, as brat does', () => {
    const doc = analyze('😀 زار محمد علي مصر.', { extractors: [gazetteer([['محمد علي', 'PERSON'], ['مصر', 'LOCATION']])] });
    expect(doc.mentions[0]!.start).toBe(7); // UTF-16: the emoji is two code units
    expect(exportBrat(doc)).toBe('T1\tPERSON 6 14\tمحمد علي\nT2\tLOCATION 15 18\tمصر\n');
  });

  it('writes a span across a line break as fragments, a literal relation object as a note', () => {
    const doc: ArabicDocument = {
      ...analyze('وزارة الخارجية\nالأمريكية', { extractors: [] }),
      mentions: [{ id: 'm1', type: 'ORGANIZATION', start: 0, end: 24, text: 'وزارة الخارجية\nالأمريكية', norm: 'x', entity: 'e1', rule: 'x' }],
      entities: [{ id: 'e1', type: 'ORGANIZATION', canonical: 'وزارة الخارجية الأمريكية', aliases: [], mentions: ['m1'] }],
      relations: [{ id: 'r1', type: 'LOCATED_IN', subject: 'e1', value: 'US', rule: 'located-in/nisba', evidence: { sentence: 0, tokenStart: 0, tokenEnd: 3, start: 0, end: 24, text: 'وزارة الخارجية\nالأمريكية' } }],
    };
    expect(exportBrat(doc)).toBe('T1\tORGANIZATION 0 14;15 24\tوزارة الخارجية الأمريكية\n#1\tAnnotatorNotes T1\tLOCATED_IN US\n');
  });
});

describe('dot', () => {
  it('escapes quotes and backslashes in labels', () => {
    const doc = analyze('قالت "شركة \\ النور" إن', { extractors: [{ name: 'x', types: ['ORGANIZATION'], extract: () => [{ type: 'ORGANIZATION', start: 5, end: 19, rule: 'x' }] }] });
    expect(exportDot(doc)).toContain('"e1" [label="\\"شركة \\\\ النور\\"\\nORGANIZATION · 1×"');
  });
});

describe('html', () => {
  const html = exportHtml(analyzeFixture());

  it('needs no network: no external resource of any kind', () => {
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    expect(html.match(/https?:\/\/[^"\s]*/g)).toEqual(['http://www.w3.org/2000/svg']); // the SVG namespace is a name, not a fetch
  });

  it('keeps the text exact and escaped', () => {
    const doc = analyze('قال <b>محمد</b> & "علي" إن', { extractors: [gazetteer([['علي', 'PERSON']])] });
    const page = exportHtml(doc);
    expect(page).toContain('قال &lt;b&gt;محمد&lt;/b&gt; &amp; &quot;<mark class="entity" data-type="PERSON"');
    expect(page).not.toContain('<b>');
  });

  it('marks every mention with its type, entity and span, and values with their resolution', () => {
    const marks = [...html.matchAll(/<mark [^>]*>/g)].map((m) => m[0]);
    expect(marks).toHaveLength(analyzeFixture().mentions.length);
    expect(html).toMatch(/<mark class="value" data-type="MONEY" data-mention="m\d+" data-start="1890" data-end="1905" data-label="MONEY" data-value="1500000 USD"/);
    expect(html).toMatch(/<mark class="entity" data-type="PERSON" data-mention="m\d+" data-start="1182" data-end="1192" data-label="PER" data-entity="e\d+"/);
  });
});

describe('conll', () => {
  it('scores 1.0 when the export of the article is evaluated against itself', () => {
    const exported = exportConll(analyzeFixture());
    const report = evaluateConll(exported, { analyze: { extractors: builtInExtractors() } });
    expect(report.micro.gold).toBeGreaterThan(30);
    expect(report.micro).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(report.overall.f1).toBe(1);
  });
});
