import { isValueType } from '../../resolve/mention-kinds.js';
import type { ArabicDocument, Mention } from '../../schema.js';
import { escapeHtml } from './escape.js';
import { TYPE_STYLES } from './palette.js';
import { describeValue } from './table.js';

function mark(m: Mention, doc: ArabicDocument): string {
  const style = TYPE_STYLES[m.type];
  const attrs = [`data-type="${m.type}"`, `data-mention="${escapeHtml(m.id)}"`, `data-start="${m.start}"`, `data-end="${m.end}"`, `data-label="${escapeHtml(style.short)}"`];
  let title: string;
  if (isValueType(m.type)) {
    const resolved = describeValue(m.value);
    attrs.unshift('class="value"');
    if (resolved) attrs.push(`data-value="${escapeHtml(resolved)}"`);
    title = `${m.type}${resolved ? ': ' + resolved : ''}`;
  } else {
    attrs.unshift('class="entity"');
    const entity = m.entity ? doc.entities.find((e) => e.id === m.entity) : undefined;
    if (entity) attrs.push(`data-entity="${escapeHtml(entity.id)}"`);
    title = `${m.type}${entity ? ' · ' + entity.canonical : ''}`;
  }
  return `<mark ${attrs.join(' ')} title="${escapeHtml(title)}">${escapeHtml(m.text)}</mark>`;
}

/**
 * The original text with every mention wrapped in a <mark> that carries its type, entity or value
 * (as data attributes; the page's CSS draws the type label and the value's resolution after it, so
 * the text itself stays exactly the document's text). Line breaks are kept by `white-space: pre-wrap`.
 */
export function highlightedText(doc: ArabicDocument): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at) continue; // mentions are disjoint; a hand-made document might not be
    parts.push(escapeHtml(doc.text.slice(at, m.start)), mark(m, doc));
    at = m.end;
  }
  parts.push(escapeHtml(doc.text.slice(at)));
  return parts.join('');
}
