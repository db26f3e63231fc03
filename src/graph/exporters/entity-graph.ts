import type { ArabicDocument, MentionType, RelationType } from '../../schema.js';
import { describeValue } from './table.js';

/** A node of the entity graph as drawn: an entity, a value mention, or a literal relation object. */
export interface DrawnNode {
  id: string;
  kind: 'entity' | 'value' | 'literal';
  /** Mention type of an entity or value. */
  type?: MentionType;
  label: string;
  /** Second line: the value's resolution, the entity's key. */
  detail?: string;
}

export interface DrawnEdge {
  source: string;
  target: string;
  type: RelationType;
  relation: string;
}

export interface DrawnGraph {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/**
 * The entity graph of a document for drawing (HTML, Graphviz): every entity, the values some relation
 * links, and one literal node per relation whose object is a literal (a title, a country code). The
 * document graph's structural nodes (document, sentences, mentions) are left out: they are the text.
 */
export function entityGraph(doc: ArabicDocument): DrawnGraph {
  const nodes: DrawnNode[] = doc.entities.map((e) => ({ id: e.id, kind: 'entity', type: e.type, label: e.canonical, ...(e.key && { detail: e.key }) }));
  const edges: DrawnEdge[] = [];
  const drawnValues = new Set<string>();
  for (const r of doc.relations) {
    if (r.type === 'VALUE_OF' && !drawnValues.has(r.subject)) {
      const m = doc.mentions.find((x) => x.id === r.subject);
      if (!m) continue;
      drawnValues.add(m.id);
      nodes.push({ id: m.id, kind: 'value', type: m.type, label: m.text, detail: describeValue(m.value) });
    }
    let target = r.object;
    if (target === undefined) {
      target = `${r.id}-value`;
      nodes.push({ id: target, kind: 'literal', label: r.value ?? '' });
    }
    edges.push({ source: r.subject, target, type: r.type, relation: r.id });
  }
  return { nodes, edges };
}
