import { isValueType } from '../../resolve/mention-kinds.js';
import type { ArabicDocument, Entity, MentionType, Relation } from '../../schema.js';
import { escapeHtml } from './escape.js';
import { graphSvg } from './html-graph.js';
import { PAGE_CSS, PAGE_SCRIPT } from './html-style.js';
import { highlightedText } from './html-text.js';
import { TYPE_STYLES } from './palette.js';
import { describeValue } from './table.js';

export interface HtmlOptions {
  /** The page title; defaults to the document id, or "arabic-entities". */
  title?: string;
}

const ar = (s: string): string => `<span lang="ar" dir="rtl">${escapeHtml(s)}</span>`;

function legend(doc: ArabicDocument): string {
  const counts = new Map<MentionType, number>();
  for (const m of doc.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const items = (Object.keys(TYPE_STYLES) as MentionType[])
    .filter((t) => counts.has(t))
    .map((t) => `<li data-type="${t}"><span class="swatch"></span>${t} ${ar(TYPE_STYLES[t].arabic)} <small>${counts.get(t)}</small></li>`);
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

function entityTable(doc: ArabicDocument): string {
  const rows = doc.entities.map(
    (e) =>
      `<tr data-entity="${escapeHtml(e.id)}" data-type="${e.type}"><td><span class="swatch"></span></td><td>${ar(e.canonical)}${e.aliases.length ? `<br><small>${ar(e.aliases.join(' · '))}</small>` : ''}</td><td>${e.type}</td><td>${e.mentions.length}</td><td>${escapeHtml(e.key ?? '')}</td></tr>`,
  );
  return `<table><thead><tr><th></th><th>Name</th><th>Type</th><th>Mentions</th><th>Key</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function relationList(doc: ArabicDocument): string {
  const entities = new Map<string, Entity>(doc.entities.map((e) => [e.id, e]));
  const name = (id: string): string => entities.get(id)?.canonical ?? doc.mentions.find((m) => m.id === id)?.text ?? id;
  const item = (r: Relation): string =>
    `<li data-relation="${escapeHtml(r.id)}">${ar(name(r.subject))} <span class="rel-type">${r.type}</span> ${ar(r.object !== undefined ? name(r.object) : r.value ?? '')}` +
    `<span class="evidence">${ar('«' + r.evidence.text + '»')} <small>${escapeHtml(r.rule)}</small></span></li>`;
  return doc.relations.length ? `<ol class="relations">${doc.relations.map(item).join('')}</ol>` : '<p>No relations.</p>';
}

function valueTable(doc: ArabicDocument): string {
  const rows = doc.mentions
    .filter((m) => isValueType(m.type))
    .map((m) => `<tr data-type="${m.type}"><td><span class="swatch"></span></td><td>${ar(m.text)}</td><td>${m.type}</td><td>${escapeHtml(describeValue(m.value))}</td></tr>`);
  return rows.length ? `<table><thead><tr><th></th><th>Text</th><th>Type</th><th>Value</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>No values.</p>';
}

/**
 * A self-contained HTML page (no network: styles, script and the SVG graph are inline): the text right
 * to left with every mention highlighted by type and a legend, values shown with their resolution,
 * and beside it the entity graph, the entities, the relations with their evidence and the values. Two
 * columns on a desktop, one on a phone.
 */
export function exportHtml(doc: ArabicDocument, options: HtmlOptions = {}): string {
  const title = options.title ?? doc.id ?? 'arabic-entities';
  const stats = `${doc.mentions.length} mentions · ${doc.entities.length} entities · ${doc.relations.length} relations`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="arabic-entities">
<title>${escapeHtml(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="stats">${stats}</p>
${legend(doc)}
</header>
<div class="layout" dir="rtl">
<main><p class="text" dir="rtl" lang="ar">${highlightedText(doc)}</p></main>
<aside dir="ltr">
<section class="panel"><h2>Entity graph</h2>${graphSvg(doc)}</section>
<section class="panel"><h2>Relations</h2>${relationList(doc)}</section>
<section class="panel"><h2>Entities</h2>${entityTable(doc)}</section>
<section class="panel"><h2>Values</h2>${valueTable(doc)}</section>
</aside>
</div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
