/** A box to place and the edges between boxes. */
export interface Box {
  id: string;
  width: number;
  height: number;
}

export interface Placed extends Box {
  /** Centre of the box. */
  x: number;
  y: number;
  /** Column (0 = first in reading order) or -1 for nodes without edges. */
  layer: number;
}

export interface Layout {
  boxes: Map<string, Placed>;
  width: number;
  height: number;
}

const GAP_X = 56;
const GAP_Y = 14;
const MARGIN = 16;

/**
 * A layered drawing, deterministic and dependency-free: each node goes to the column of the longest
 * path that reaches it (subjects before objects, so edges run one way), columns are ordered to reduce
 * crossings (two barycentre sweeps), and nodes without edges wrap in rows under the columns. Columns
 * run right to left (`rtl`), the reading direction of the text beside the drawing.
 */
export function layeredLayout(boxes: readonly Box[], edges: ReadonlyArray<{ source: string; target: string }>, rtl = true): Layout {
  const ids = new Set(boxes.map((b) => b.id));
  const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);
  const preds = new Map<string, string[]>(boxes.map((b) => [b.id, []]));
  const succs = new Map<string, string[]>(boxes.map((b) => [b.id, []]));
  for (const e of links) {
    preds.get(e.target)!.push(e.source);
    succs.get(e.source)!.push(e.target);
  }
  const layerOf = longestPathLayers(boxes, preds);
  const connected = boxes.filter((b) => preds.get(b.id)!.length + succs.get(b.id)!.length > 0);
  const columns: Box[][] = [];
  for (const b of connected) (columns[layerOf.get(b.id)!] ??= []).push(b);
  for (let c = 0; c < columns.length; c++) columns[c] ??= [];
  orderColumns(columns, preds, succs);

  const placed = new Map<string, Placed>();
  const widths = columns.map((col) => Math.max(0, ...col.map((b) => b.width)));
  const heights = columns.map((col) => col.reduce((h, b) => h + b.height + GAP_Y, -GAP_Y));
  const bandHeight = Math.max(0, ...heights);
  const totalWidth = Math.max(320, widths.reduce((w, x) => w + x + GAP_X, -GAP_X) + 2 * MARGIN);
  let cursor = MARGIN;
  columns.forEach((col, c) => {
    const centre = cursor + widths[c]! / 2;
    let y = MARGIN + (bandHeight - heights[c]!) / 2;
    for (const b of col) {
      placed.set(b.id, { ...b, x: rtl ? totalWidth - centre : centre, y: y + b.height / 2, layer: c });
      y += b.height + GAP_Y;
    }
    cursor += widths[c]! + GAP_X;
  });

  // nodes without relations: rows under the columns, in reading order
  let y = MARGIN + bandHeight + (bandHeight > 0 ? 2 * GAP_Y : 0);
  let x = MARGIN;
  let rowHeight = 0;
  for (const b of boxes.filter((b) => !placed.has(b.id))) {
    if (x > MARGIN && x + b.width > totalWidth - MARGIN) {
      x = MARGIN;
      y += rowHeight + GAP_Y;
      rowHeight = 0;
    }
    placed.set(b.id, { ...b, x: rtl ? totalWidth - x - b.width / 2 : x + b.width / 2, y: y + b.height / 2, layer: -1 });
    x += b.width + GAP_Y;
    rowHeight = Math.max(rowHeight, b.height);
  }
  return { boxes: placed, width: totalWidth, height: y + rowHeight + MARGIN };
}

/** Column of each node: 0 for nodes nothing points to, else one more than its furthest predecessor. */
function longestPathLayers(boxes: readonly Box[], preds: Map<string, string[]>): Map<string, number> {
  const layer = new Map<string, number>();
  const onStack = new Set<string>();
  const visit = (id: string): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    onStack.add(id);
    let l = 0;
    for (const p of preds.get(id)!) if (!onStack.has(p)) l = Math.max(l, visit(p) + 1); // an edge closing a cycle is ignored
    onStack.delete(id);
    layer.set(id, l);
    return l;
  };
  for (const b of boxes) visit(b.id);
  return layer;
}

/** Barycentre ordering: each column sorted by the mean position of its neighbours in the column before, then after. */
function orderColumns(columns: Box[][], preds: Map<string, string[]>, succs: Map<string, string[]>): void {
  const position = new Map<string, number>();
  const record = (): void => columns.forEach((col) => col.forEach((b, i) => position.set(b.id, i)));
  const sweep = (c: number, neighbours: Map<string, string[]>): void => {
    const col = columns[c]!;
    const centre = (b: Box): number => {
      const ps = neighbours.get(b.id)!.map((n) => position.get(n)).filter((p): p is number => p !== undefined);
      return ps.length ? ps.reduce((s, p) => s + p, 0) / ps.length : position.get(b.id)!;
    };
    const keyed = col.map((b, i) => ({ b, k: centre(b), i }));
    keyed.sort((a, z) => a.k - z.k || a.i - z.i);
    columns[c] = keyed.map((x) => x.b);
    record();
  };
  record();
  for (let c = 1; c < columns.length; c++) sweep(c, preds);
  for (let c = columns.length - 2; c >= 0; c--) sweep(c, succs);
}
