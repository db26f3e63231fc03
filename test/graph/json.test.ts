import { describe, expect, it } from 'vitest';
import { analyze, DocumentGraph, DocumentJsonError, fromJSON, toJSON, type ArabicDocument } from '../../src/index.js';
import { analyzeFixture, analyzeGold } from '../resolve/fixture.js';

const doc = analyzeGold();

/** A copy of the document's JSON with one change. */
function tampered(change: (d: ArabicDocument & Record<string, unknown>) => void): string {
  const copy = JSON.parse(toJSON(doc));
  change(copy);
  return JSON.stringify(copy);
}

function problemsOf(json: string): string[] {
  try {
    fromJSON(json);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentJsonError);
    expect((error as Error).message).toMatch(/^fromJSON: not a valid arabic-entities document/);
    return (error as DocumentJsonError).problems;
  }
  throw new Error('fromJSON accepted a tampered document');
}

describe('toJSON / fromJSON', () => {
  it('round-trips losslessly: JSON → fromJSON → JSON is the same text, and the same document', () => {
    for (const d of [doc, analyzeGold({ tokens: false }), analyzeFixture(), analyze(''), analyze('Hello there, this is English.')]) {
      const json = toJSON(d);
      expect(toJSON(fromJSON(json))).toBe(json);
      expect(fromJSON(json)).toEqual(d);
      expect(fromJSON(JSON.parse(json))).toEqual(d);
    }
  });

  it('writes the same JSON through DocumentGraph and JSON.stringify', () => {
    const graph = DocumentGraph.fromJSON(toJSON(doc));
    expect(JSON.stringify(graph)).toBe(toJSON(doc));
    expect(graph.entitiesByType('PERSON')).toHaveLength(2);
  });

  it('names the place of a schema violation', () => {
    expect(problemsOf(tampered((d) => ((d.mentions[3] as { end: unknown }).end = 'x')))).toEqual([expect.stringMatching(/^mentions\[3\]\.end: /)]);
    expect(problemsOf(tampered((d) => ((d.relations[0] as { type: string }).type = 'LIKES'))).join()).toMatch(/^relations\[0\]\.type: /);
    expect(problemsOf(tampered((d) => delete (d as Partial<ArabicDocument>).entities))).toEqual([expect.stringMatching(/^entities: /)]);
  });

  it('catches spans and texts that do not match, dangling ids and unknown fields', () => {
    const m = doc.mentions[0]!;
    expect(problemsOf(tampered((d) => (d.mentions[0]!.text = 'وزارة')))).toEqual([`mentions[0].text: "وزارة" is not the text at [${m.start}, ${m.end}), ${JSON.stringify(m.text)}`]);
    expect(problemsOf(tampered((d) => (d.text = d.text.slice(0, 100)))).length).toBeGreaterThan(10);
    expect(problemsOf(tampered((d) => (d.relations[1]!.object = 'e99')))).toEqual(['relations[1].object: no entity "e99"']);
    expect(problemsOf(tampered((d) => (d.mentions[2]!.entity = d.mentions[0]!.entity)))).toEqual([
      expect.stringMatching(/^mentions\[2\]\.entity: entity e\d+ does not list mention m3$/),
      expect.stringMatching(/^entities\[\d+\]\.mentions\[\d+\]: mention m3 belongs to e\d+, not e\d+$/),
    ]);
    expect(problemsOf(tampered((d) => (d.entities[1]!.id = d.entities[0]!.id))).join('\n')).toMatch(/^entities: id "e1" is used twice/);
    expect(problemsOf(tampered((d) => (d.graph = {})))).toEqual(['graph: unknown field']);
    expect(problemsOf(tampered((d) => ((d.mentions[0] as Record<string, unknown>).score = 1)))).toEqual(['mentions[0].score: unknown field']);
  });

  it('reports text that is not JSON', () => {
    expect(problemsOf('{"text": ')).toEqual([expect.stringMatching(/^not JSON: /)]);
  });
});
