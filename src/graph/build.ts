import { isValueType } from '../resolve/mention-kinds.js';
import { firstEndingAfter } from '../segment/spans.js';
import type { ArabicDocument, Graph, GraphEdge, GraphNode, Sentence } from '../schema.js';

const SENTENCE_LABEL = 48;

/** Node id of a sentence: `s` + its index. */
export const sentenceNodeId = (index: number): string => `s${index}`;

/** Index of the sentence that holds an offset (sentences are sorted and disjoint); -1 if none. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  const lo = firstEndingAfter(sentences, offset);
  const s = sentences[lo];
  return s && s.start <= offset ? lo : -1;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SENTENCE_LABEL ? flat.slice(0, SENTENCE_LABEL - 1) + '…' : flat;
}

/**
 * The document as a typed graph. Nodes: the document, its sentences, named mentions, entities and
 * values (MONEY, PERCENT, NUMBER and DATE mentions). Edges: CONTAINS (document → sentence → mention or
 * value), MENTION_OF (mention → entity), and one edge per relation, from its subject to its object
 * (or carrying its literal `value` when the object is not a node, as for a title).
 */
export function buildGraph(doc: ArabicDocument): Graph {
  const nodes: GraphNode[] = [{ kind: 'document', id: 'doc', label: doc.id ?? 'document' }];
  const edges: GraphEdge[] = [];
  doc.sentences.forEach((s, index) => {
    nodes.push({ kind: 'sentence', id: sentenceNodeId(index), index, start: s.start, end: s.end, label: shorten(doc.text.slice(s.start, s.end)) });
    edges.push({ type: 'CONTAINS', source: 'doc', target: sentenceNodeId(index) });
  });
  for (const m of doc.mentions) {
    const span = { start: m.start, end: m.end, label: m.text };
    if (isValueType(m.type)) nodes.push({ kind: 'value', id: m.id, type: m.type, ...span, ...(m.value && { value: m.value }) });
    else nodes.push({ kind: 'mention', id: m.id, type: m.type, ...span });
    const sentence = sentenceAt(doc.sentences, m.start);
    edges.push({ type: 'CONTAINS', source: sentence >= 0 ? sentenceNodeId(sentence) : 'doc', target: m.id });
    if (m.entity) edges.push({ type: 'MENTION_OF', source: m.id, target: m.entity });
  }
  for (const e of doc.entities) nodes.push({ kind: 'entity', id: e.id, type: e.type, label: e.canonical, ...(e.key && { key: e.key }) });
  for (const r of doc.relations) {
    edges.push({ type: r.type, source: r.subject, ...(r.object !== undefined && { target: r.object }), ...(r.value !== undefined && { value: r.value }), relation: r.id });
  }
  return { nodes, edges };
}
