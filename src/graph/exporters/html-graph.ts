import type { ArabicDocument } from '../../schema.js';
import { entityGraph, type DrawnNode } from './entity-graph.js';
import { clip, escapeHtml } from './escape.js';
import { layeredLayout, type Placed } from './layout.js';
import { LITERAL_STYLE, TYPE_STYLES } from './palette.js';

/** Labels wrap at this many characters, on at most two lines; longer names are cut (the full name is the tooltip). */
const LINE_CHARS = 18;
/** Rough advance of one character at the drawing's 13px font; boxes are sized from it, not measured. */
const CHAR_WIDTH = 7.6;
const LINE_HEIGHT = 16;

/** The label in at most two lines of whole words. */
function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && [...line].length + 1 + [...word].length > LINE_CHARS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  return [lines[0]!, clip(lines.slice(1).join(' '), LINE_CHARS)];
}

function boxSize(n: DrawnNode): { width: number; height: number } {
  const lines = labelLines(n.label).map((l) => clip(l, LINE_CHARS + 6));
  const longest = Math.max(...lines.map((l) => [...l].length), [...(n.detail ?? '')].length * 0.8);
  return { width: Math.round(Math.max(64, longest * CHAR_WIDTH + 20)), height: 12 + LINE_HEIGHT * lines.length + (n.detail ? 13 : 0) };
}

function colours(n: DrawnNode): { background: string; accent: string } {
  return n.type && n.kind !== 'literal' ? TYPE_STYLES[n.type] : LITERAL_STYLE;
}

function nodeSvg(n: DrawnNode, p: Placed): string {
  const { background, accent } = colours(n);
  const x = (p.x - p.width / 2).toFixed(1);
  const y = (p.y - p.height / 2).toFixed(1);
  const data = n.kind === 'entity' ? ` data-entity="${escapeHtml(n.id)}"` : n.kind === 'value' ? ` data-mention="${escapeHtml(n.id)}"` : '';
  const lines = labelLines(n.label).map((l, i) => `<text x="${p.width / 2}" y="${20 + i * LINE_HEIGHT}" class="label">${escapeHtml(clip(l, LINE_CHARS + 6))}</text>`);
  if (n.detail) lines.push(`<text x="${p.width / 2}" y="${p.height - 8}" class="detail">${escapeHtml(n.detail)}</text>`);
  return (
    `<g class="node node-${n.kind}"${data}${n.type ? ` data-type="${n.type}"` : ''} transform="translate(${x} ${y})" tabindex="0">` +
    `<title>${escapeHtml(n.label + (n.type ? ` (${n.type})` : ''))}</title>` +
    `<rect width="${p.width}" height="${p.height}" rx="8" fill="${background}" stroke="${accent}"${n.kind === 'literal' ? ' stroke-dasharray="4 3"' : ''}/>` +
    lines.join('') +
    `</g>`
  );
}

const f = (n: number): string => n.toFixed(1);

/** A cubic curve from the side of one box to the facing side of the other, and where its label goes. */
function edgePath(from: Placed, to: Placed): { d: string; mx: number; my: number } {
  const [y1, y2] = [from.y, to.y];
  if (Math.abs(to.x - from.x) < 1) {
    // same column (an edge that closed a cycle): loop out on the left
    const [x1, x2] = [from.x - from.width / 2, to.x - to.width / 2];
    const out = Math.min(x1, x2) - 48;
    return { d: `M${f(x1)} ${f(y1)} C${f(out)} ${f(y1)} ${f(out)} ${f(y2)} ${f(x2)} ${f(y2)}`, mx: out + 12, my: (y1 + y2) / 2 };
  }
  const leftward = to.x < from.x;
  const x1 = leftward ? from.x - from.width / 2 : from.x + from.width / 2;
  const x2 = leftward ? to.x + to.width / 2 : to.x - to.width / 2;
  const mid = (x1 + x2) / 2;
  return { d: `M${f(x1)} ${f(y1)} C${f(mid)} ${f(y1)} ${f(mid)} ${f(y2)} ${f(x2)} ${f(y2)}`, mx: mid, my: (y1 + y2) / 2 };
}

/**
 * The entity graph as inline SVG: entities, linked values and literal objects as coloured boxes,
 * relations as labelled arrows, laid out in columns that read right to left like the text.
 */
export function graphSvg(doc: ArabicDocument): string {
  const g = entityGraph(doc);
  const boxes = g.nodes.map((n) => ({ id: n.id, ...boxSize(n) }));
  const layout = layeredLayout(boxes, g.edges);
  const edges = g.edges.map((e) => {
    const { d, mx, my } = edgePath(layout.boxes.get(e.source)!, layout.boxes.get(e.target)!);
    return (
      `<g class="edge" data-relation="${escapeHtml(e.relation)}" data-type="${e.type}" data-source="${escapeHtml(e.source)}" data-target="${escapeHtml(e.target)}">` +
      `<path d="${d}" marker-end="url(#arrow)"/><text x="${mx.toFixed(1)}" y="${(my - 4).toFixed(1)}">${e.type}</text></g>`
    );
  });
  const nodes = g.nodes.map((n) => nodeSvg(n, layout.boxes.get(n.id)!));
  const { width, height } = layout;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-label="Entity graph: ${g.nodes.length} nodes, ${g.edges.length} relations">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#6b7280"/></marker></defs>` +
    `<g class="edges">${edges.join('')}</g><g class="nodes">${nodes.join('')}</g></svg>`
  );
}
