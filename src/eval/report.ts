// The plain-text rendering of an evaluation report (`arabic-entities eval` without --format json).
import type { EvalReport } from './index.js';
import { MICRO_TYPES, type Metrics, type OverlapMetrics } from './score.js';

function fixed(x: number): string {
  return x.toFixed(4);
}

function table(header: string[], rows: string[][], rightAligned: (column: number) => boolean): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => [...r[c]!].length)));
  const cell = (s: string, c: number): string => {
    const padding = ' '.repeat(Math.max(0, widths[c]! - [...s].length));
    return rightAligned(c) ? padding + s : s + padding;
  };
  const line = (r: string[]): string => r.map((s, c) => (c === r.length - 1 && !rightAligned(c) ? s : cell(s, c))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function metricRow(name: string, m: Metrics | OverlapMetrics, correct: number): string[] {
  const empty = m.gold === 0 && m.predicted === 0;
  const show = (x: number): string => (empty ? '-' : fixed(x));
  return [name, show(m.precision), show(m.recall), show(m.f1), String(m.gold), String(m.predicted), String(correct)];
}

/** A plain-text rendering: the per-type table, micro and overlap lines, error breakdown, top lists. */
export function formatReport(report: EvalReport): string {
  const out: string[] = [];
  out.push(`Sentences: ${report.sentences}   Tokens: ${report.tokens}   Lines: ${report.lines}${report.issueCount ? `   Malformed lines: ${report.issueCount}` : ''}`);
  out.push('');
  const micro = MICRO_TYPES.join('/');
  const rows = Object.entries(report.types).map(([t, m]) => metricRow(t, m, m.correct));
  rows.push(metricRow(`micro (${micro})`, report.micro, report.micro.correct));
  rows.push(metricRow('overall (all types)', report.overall, report.overall.correct));
  const o = report.overlap.micro;
  const overlapRow = metricRow(`overlap (${micro})`, o, 0);
  overlapRow[6] = `${o.predictedMatched}/${o.goldMatched}`;
  rows.push(overlapRow);
  out.push(...table(['Type', 'Precision', 'Recall', 'F1', 'Support', 'Predicted', 'Correct'], rows, (c) => c > 0));
  out.push('');
  out.push('Exact span and type; the overlap line counts a prediction that overlaps a gold chunk of its type');
  out.push('(its last column: predictions that overlap / gold chunks overlapped).');
  const e = report.errors;
  out.push('');
  out.push(`Misses (${micro}): ${e.misses.total} — not found ${e.misses.missed}, wrong bounds ${e.misses.boundary}, wrong type ${e.misses.type}`);
  out.push(
    `False positives (${micro}): ${e.falsePositives.total} — spurious ${e.falsePositives.spurious}, wrong bounds ${e.falsePositives.boundary}, wrong type ${e.falsePositives.type}`,
  );
  const list = (title: string, items: EvalReport['topMisses']): void => {
    out.push('');
    out.push(`${title} (${items.length}):`);
    if (items.length === 0) {
      out.push('  (none)');
      return;
    }
    // the Arabic surface form goes last, so right-to-left text cannot disturb the columns
    out.push(...table(['Count', 'Type', 'Text'], items.map((i) => [String(i.count), i.type, i.text]), (c) => c === 0).map((l) => '  ' + l));
  };
  list('Most frequent misses', report.topMisses);
  list('Most frequent false positives', report.topFalsePositives);
  const diagnostics = Object.entries(report.analyzerDiagnostics);
  if (diagnostics.length) {
    out.push('');
    out.push(`Analyzer diagnostics: ${diagnostics.map(([code, n]) => `${code} ×${n}`).join(', ')}`);
  }
  if (report.issueCount) {
    out.push('');
    out.push(`Malformed lines (${report.issueCount}, left out of their sentences)${report.issueCount > report.issues.length ? `; the first ${report.issues.length}` : ''}:`);
    for (const i of report.issues) out.push(`  line ${i.line}: ${i.message}`);
  }
  return out.join('\n') + '\n';
}
