import type { ArabicDocument } from '../../schema.js';
import { entityGraph, type DrawnNode } from './entity-graph.js';
import { clip, dotString } from './escape.js';
import { LITERAL_STYLE, TYPE_STYLES } from './palette.js';

function nodeLine(n: DrawnNode, mentions: number | undefined): string {
  const colours = n.type && n.kind !== 'literal' ? TYPE_STYLES[n.type] : LITERAL_STYLE;
  const second = n.kind === 'entity' ? `${n.type}${n.detail ? ' · ' + n.detail : ''} · ${mentions ?? 0}×` : n.kind === 'value' ? `${n.type}${n.detail ? ' = ' + n.detail : ''}` : '';
  const label = clip(n.label, 40) + (second ? '\n' + second : '');
  const shape = n.kind === 'value' ? 'ellipse' : n.kind === 'literal' ? 'note' : 'box';
  const style = n.kind === 'literal' ? 'filled,dashed' : n.kind === 'value' ? 'filled' : 'rounded,filled';
  return `  ${dotString(n.id)} [label=${dotString(label)}, shape=${shape}, style=${dotString(style)}, fillcolor=${dotString(colours.background)}, color=${dotString(colours.accent)}];`;
}

/**
 * The entity graph in Graphviz DOT: entities as boxes coloured by type (with key and mention count),
 * linked values as ellipses with their resolution, literal objects (titles, country codes) as notes,
 * relations as labelled edges. `dot -Tsvg` draws it; Graphviz needs a font with Arabic glyphs.
 */
export function exportDot(doc: ArabicDocument): string {
  const g = entityGraph(doc);
  const mentionCount = new Map(doc.entities.map((e) => [e.id, e.mentions.length]));
  const lines = [
    `digraph ${dotString(doc.id ?? 'arabic-entities')} {`,
    '  graph [rankdir=RL, charset="UTF-8", fontname="DejaVu Sans"];',
    '  node [fontname="DejaVu Sans", fontsize=11];',
    '  edge [fontname="DejaVu Sans", fontsize=9, color="#6b7280"];',
    ...g.nodes.map((n) => nodeLine(n, mentionCount.get(n.id))),
    ...g.edges.map((e) => `  ${dotString(e.source)} -> ${dotString(e.target)} [label=${dotString(e.type)}, id=${dotString(e.relation)}];`),
    '}',
  ];
  return lines.join('\n') + '\n';
}
