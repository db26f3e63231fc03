import type { ArabicDocument, Mention, Value } from '../../schema.js';

/** A short human-readable rendering of a resolved value. */
export function describeValue(value: Value | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'money': {
      const amount = value.amount ?? (value.min && value.max ? `${value.min}–${value.max}` : '?');
      return `${value.qualifier ? value.qualifier + ' ' : ''}${amount} ${value.currency ?? '???'}${value.approximate ? ' (approx.)' : ''}`;
    }
    case 'percent':
      return `${value.value ?? (value.min && value.max ? `${value.min}–${value.max}` : '?')}%`;
    case 'number':
      return `${value.value ?? '?'}${value.unit ? ' ' + value.unit : ''}${value.approximate ? ' (approx.)' : ''}`;
    case 'date':
      return `${value.value}${value.end ? '/' + value.end : ''} ${value.calendar}${value.gregorian ? ' = ' + value.gregorian : ''}`;
  }
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - [...s].length));
}

/** One row per mention, columns aligned: type, span, text, value, rule. */
export function toTable(doc: ArabicDocument): string {
  const header = ['TYPE', 'START', 'END', 'TEXT', 'VALUE', 'RULE'];
  const rows = doc.mentions.map((m: Mention) => [m.type, String(m.start), String(m.end), m.text, describeValue(m.value), m.rule]);
  const widths = header.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...r[c]!].length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === cells.length - 1 ? cell : pad(cell, widths[c]!))).join('  ');
  const out = [line(header), ...rows.map(line)];
  if (doc.diagnostics.length) {
    out.push('', ...doc.diagnostics.map((d) => `${d.severity}: ${d.code}: ${d.message}`));
  }
  return out.join('\n') + '\n';
}
