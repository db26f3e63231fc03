import type { MentionType } from '../../schema.js';
import { TYPE_STYLES } from './palette.js';

const typeRules = (Object.keys(TYPE_STYLES) as MentionType[])
  .map((t) => `[data-type="${t}"]{--bg:${TYPE_STYLES[t].background};--accent:${TYPE_STYLES[t].accent}}`)
  .join('\n');

/** The page's stylesheet: two columns on wide screens, one on phones; colours from the palette. */
export const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",Tahoma,Arial,sans-serif;color:#1f2937;background:#f8fafc}
header{padding:16px 20px;background:#fff;border-bottom:1px solid #e5e7eb}
h1{margin:0 0 4px;font-size:1.25rem}
h2{font-size:1rem;margin:0 0 8px}
.stats{margin:0;color:#6b7280;font-size:.9rem}
.legend{list-style:none;margin:10px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;background:var(--bg);border:2px solid var(--accent)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:20px;padding:20px}
.text,.panel{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:16px 18px}
.text{white-space:pre-wrap;font-size:1.15rem;line-height:2.3;margin:0}
mark{background:var(--bg);box-shadow:inset 0 -2px 0 var(--accent);border-radius:3px;padding:1px 2px;color:inherit}
mark::after{content:attr(data-label);direction:ltr;unicode-bidi:isolate;font:600 .6rem/1 system-ui,"DejaVu Sans",sans-serif;color:var(--accent);margin-inline-start:3px;vertical-align:super}
mark.value::after{content:attr(data-label) " = " attr(data-value)}
mark.focus,.node.focus rect{outline:3px solid var(--accent);outline-offset:1px}
aside{display:flex;flex-direction:column;gap:20px;min-width:0}
.graph{width:100%;height:auto;display:block}
.graph .label{font-size:13px;text-anchor:middle;direction:rtl;unicode-bidi:embed;fill:#111827}
.graph .detail{font-size:10.5px;text-anchor:middle;fill:#4b5563;direction:ltr}
.graph .edge path{fill:none;stroke:#9ca3af;stroke-width:1.5}
.graph .edge text{font:10px system-ui,"DejaVu Sans",sans-serif;fill:#374151;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:3px}
.graph .node{cursor:pointer}
.graph .node rect{stroke-width:1.5}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:start;padding:4px 6px;border-bottom:1px solid #f1f5f9;vertical-align:top}
th{color:#6b7280;font-weight:600}
.relations{margin:0;padding-inline-start:20px;font-size:.9rem;line-height:1.7}
.rel-type{font:600 .75rem system-ui,"DejaVu Sans",sans-serif;color:#374151;background:#f1f5f9;border-radius:4px;padding:1px 5px}
.evidence{display:block;color:#6b7280;font-size:.85rem}
[lang="ar"]{font-size:1.02em}
@media (max-width:900px){.layout{grid-template-columns:minmax(0,1fr);padding:12px;gap:12px}.text{font-size:1.05rem;line-height:2.2}}
${typeRules}
`;

/**
 * Hovering or focusing a mention or a graph node outlines every mention and node of the same entity.
 * The page reads fully without it.
 */
export const PAGE_SCRIPT = `
(function(){
  function mark(e,on){var t=e.target.closest&&e.target.closest('[data-entity]');if(!t)return;
    document.querySelectorAll('[data-entity="'+t.getAttribute('data-entity')+'"]').forEach(function(x){x.classList.toggle('focus',on)});}
  ['mouseover','focusin'].forEach(function(n){document.addEventListener(n,function(e){mark(e,true)})});
  ['mouseout','focusout'].forEach(function(n){document.addEventListener(n,function(e){mark(e,false)})});
})();
`;
