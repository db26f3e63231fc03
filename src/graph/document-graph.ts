import { isValueType } from '../resolve/mention-kinds.js';
import { DocumentSchema, type ArabicDocument, type Entity, type GraphEdge, type GraphNode, type Mention, type MentionType, type Relation } from '../schema.js';
import { buildGraph } from './build.js';
import { fromJSON } from './json.js';

/** Which end of a relation an entity (or value) must be at for `relationsOf`. */
export type RelationRole = 'subject' | 'object' | 'any';

/**
 * A document with its graph and the lookups people ask of it. Built once from a finished document;
 * the document itself is not changed. `JSON.stringify(graph)` writes the document (see `toJSON`).
 */
export class DocumentGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  private readonly entities = new Map<string, Entity>();
  private readonly mentions = new Map<string, Mention>();
  private readonly nodesById = new Map<string, GraphNode>();

  constructor(readonly document: ArabicDocument) {
    const graph = buildGraph(document);
    this.nodes = graph.nodes;
    this.edges = graph.edges;
    for (const n of graph.nodes) this.nodesById.set(n.id, n);
    for (const e of document.entities) this.entities.set(e.id, e);
    for (const m of document.mentions) this.mentions.set(m.id, m);
  }

  /** Reads a document from JSON (validated; see `fromJSON`) and builds its graph. */
  static fromJSON(json: string | unknown): DocumentGraph {
    return new DocumentGraph(fromJSON(json));
  }

  node(id: string): GraphNode | undefined {
    return this.nodesById.get(id);
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  mention(id: string): Mention | undefined {
    return this.mentions.get(id);
  }

  /** The mentions of an entity, in text order. */
  mentionsOf(entityId: string): Mention[] {
    return (this.entities.get(entityId)?.mentions ?? []).map((id) => this.mentions.get(id)).filter((m): m is Mention => m !== undefined);
  }

  /** The relations an entity (or a value mention, for VALUE_OF) takes part in. */
  relationsOf(id: string, role: RelationRole = 'any'): Relation[] {
    return this.document.relations.filter((r) => (role !== 'object' && r.subject === id) || (role !== 'subject' && r.object === id));
  }

  entitiesByType(type: MentionType): Entity[] {
    return this.document.entities.filter((e) => e.type === type);
  }

  /** Value mentions (MONEY, PERCENT, NUMBER, DATE), all of them or of one type. */
  valuesByType(type?: MentionType): Mention[] {
    return this.document.mentions.filter((m) => isValueType(m.type) && (type === undefined || m.type === type));
  }

  /** The document in canonical form (keys in schema order), so `JSON.stringify(graph)` equals `toJSON(document)`. */
  toJSON(): ArabicDocument {
    return DocumentSchema.parse(this.document);
  }
}

/** The graph and lookups of a finished document. */
export function documentGraph(doc: ArabicDocument): DocumentGraph {
  return new DocumentGraph(doc);
}
