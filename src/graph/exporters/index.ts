import type { ArabicDocument } from '../../schema.js';
import { exportBrat } from './brat.js';
import { exportConll } from './conll.js';
import { exportDot } from './dot.js';
import { exportHtml } from './html.js';
import { exportJson, exportJsonl } from './json.js';
import { toTable } from './table.js';

export { exportBrat } from './brat.js';
export { exportConll } from './conll.js';
export { exportDot } from './dot.js';
export { entityGraph, type DrawnEdge, type DrawnGraph, type DrawnNode } from './entity-graph.js';
export { exportHtml, type HtmlOptions } from './html.js';
export { exportJson, exportJsonl } from './json.js';
export { describeValue, toTable } from './table.js';

/** The output formats of `exportDocument` and the CLI's `--format`. */
export const EXPORT_FORMATS = ['json', 'jsonl', 'table', 'conll', 'brat', 'html', 'dot'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXPORTERS: Record<ExportFormat, (doc: ArabicDocument) => string> = {
  json: exportJson,
  jsonl: exportJsonl,
  table: toTable,
  conll: (doc) => exportConll(doc),
  brat: exportBrat,
  html: (doc) => exportHtml(doc),
  dot: exportDot,
};

/** The document in one of the export formats. Pure: no I/O, runs in browsers. */
export function exportDocument(doc: ArabicDocument, format: ExportFormat): string {
  const exporter = EXPORTERS[format];
  if (!exporter) throw new TypeError(`exportDocument: format must be one of ${EXPORT_FORMATS.join(', ')} (got '${String(format)}')`);
  return exporter(doc);
}
