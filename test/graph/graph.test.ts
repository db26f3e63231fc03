import { describe, expect, it } from 'vitest';
import { buildGraph, documentGraph, GraphSchema, type GraphEdge } from '../../src/index.js';
import { analyzeGold } from '../resolve/fixture.js';

const doc = analyzeGold();
const graph = documentGraph(doc);
const edges = (type: GraphEdge['type']): GraphEdge[] => graph.edges.filter((e) => e.type === type);

describe('the document graph', () => {
  it('is typed by the zod schema', () => {
    expect(GraphSchema.parse(buildGraph(doc))).toEqual({ nodes: graph.nodes, edges: graph.edges });
  });

  it('has a node for the document, each sentence, named mention, entity and value', () => {
    const count = (kind: string): number => graph.nodes.filter((n) => n.kind === kind).length;
    expect([count('document'), count('sentence'), count('mention'), count('entity'), count('value')]).toEqual([1, doc.sentences.length, 44, 14, 2]);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    expect(graph.node('m24')).toMatchObject({ kind: 'value', type: 'MONEY', label: '1.5 مليون دولار', value: { amount: '1500000', currency: 'USD' } });
  });

  it('contains sentences in the document and each mention or value in its sentence', () => {
    expect(edges('CONTAINS').filter((e) => e.source === 'doc').map((e) => e.target)).toEqual(doc.sentences.map((_, i) => `s${i}`));
    for (const m of doc.mentions) {
      const parents = edges('CONTAINS').filter((e) => e.target === m.id);
      expect(parents).toHaveLength(1);
      const s = graph.node(parents[0]!.source)!;
      expect(s.kind === 'sentence' && s.start <= m.start && m.end <= s.end).toBe(true);
    }
  });

  it('links every named mention to its entity and draws every relation as an edge', () => {
    expect(edges('MENTION_OF')).toHaveLength(44);
    for (const e of edges('MENTION_OF')) expect(graph.entity(e.target!)!.mentions).toContain(e.source);
    const relationEdges = graph.edges.filter((e) => e.relation !== undefined);
    expect(relationEdges.map((e) => [e.type, e.source, e.target ?? e.value])).toEqual(doc.relations.map((r) => [r.type, r.subject, r.object ?? r.value]));
    for (const e of relationEdges) {
      expect(graph.node(e.source)).toBeDefined();
      if (e.target !== undefined) expect(graph.node(e.target)?.kind).toBe('entity');
    }
  });
});

describe('lookups', () => {
  const hickey = doc.entities.find((e) => e.canonical === 'ماثيو هيكى')!;
  const mofa = doc.entities.find((e) => e.canonical === 'وزارة الخارجية الأمريكية')!;

  it('finds an entity by id and its mentions in text order', () => {
    expect(graph.entity(hickey.id)).toBe(hickey);
    expect(graph.mentionsOf(hickey.id).map((m) => m.text)).toEqual(['ماثيو هيكى', 'هيكى', 'هيكى']);
    expect(graph.entity('nope')).toBeUndefined();
    expect(graph.mentionsOf('nope')).toEqual([]);
  });

  it('finds the relations of an entity, as subject, object or either', () => {
    expect(graph.relationsOf(hickey.id).map((r) => r.type)).toEqual(['HAS_TITLE', 'MEMBER_OF']);
    expect(graph.relationsOf(mofa.id, 'subject').map((r) => r.type)).toEqual(['LOCATED_IN']);
    expect(graph.relationsOf(mofa.id, 'object').map((r) => r.type)).toEqual(['PART_OF']);
    expect(graph.relationsOf('m24').map((r) => r.type)).toEqual(['VALUE_OF', 'VALUE_OF']);
  });

  it('lists entities and values by type', () => {
    expect(graph.entitiesByType('PERSON').map((e) => e.canonical)).toEqual(['ماثيو هيكى', 'نائلة جبر']);
    expect(graph.entitiesByType('LOCATION').map((e) => e.key ?? e.canonical)).toEqual(['EG', 'US', 'القاهرة']);
    expect(graph.valuesByType('DATE').map((m) => m.value)).toEqual([{ kind: 'date', value: '2024', calendar: 'gregorian', granularity: 'year' }]);
    expect(graph.valuesByType().map((m) => m.type)).toEqual(['MONEY', 'DATE']);
    expect(graph.valuesByType('PERCENT')).toEqual([]);
  });
});
