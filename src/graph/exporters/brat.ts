import { isValueType } from '../../resolve/mention-kinds.js';
import type { ArabicDocument, Mention, Relation } from '../../schema.js';
import { describeValue } from './table.js';

/** UTF-16 offset → code point offset: brat counts characters as Python does. */
function codePointOffsets(text: string): (offset: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) astral.push(++i);
  }
  return (offset) => {
    let n = 0;
    while (n < astral.length && astral[n]! < offset) n++;
    return offset - n;
  };
}

/** `start end[;start end…]  text`: a span that crosses a line break is written as fragments, as brat wants. */
function spanField(text: string, start: number, end: number, cp: (o: number) => number): string {
  const fragments: string[] = [];
  const pieces: string[] = [];
  let at = start;
  for (const line of text.slice(start, end).split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) {
      fragments.push(`${cp(at + lead)} ${cp(at + lead + body.length)}`);
      pieces.push(body);
    }
    at += line.length + 1;
  }
  return `${fragments.join(';')}\t${pieces.join(' ')}`;
}

/**
 * The document as brat standoff (.ann) for the original text as the .txt: a T line per mention and per
 * relation's literal title, `*\tCoreference` lines joining the mentions of an entity, R lines for the
 * relations (between the mentions nearest the evidence), A lines for a value's categorical attributes
 * (Currency, Calendar, Granularity, Approximate) and # AnnotatorNotes lines for its resolution and for
 * relations to a literal that is not in the text (a country code). Offsets are code points.
 */
export function exportBrat(doc: ArabicDocument): string {
  const cp = codePointOffsets(doc.text);
  const lines: string[] = [];
  const tOf = new Map<string, string>();
  let t = 0;
  let a = 0;
  let note = 0;
  const text = (start: number, end: number, type: string): string => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${spanField(doc.text, start, end, cp)}`);
    return id;
  };
  for (const m of doc.mentions) tOf.set(m.id, text(m.start, m.end, m.type));
  // relation arguments first: a literal title becomes a T line, and T lines come before the rest
  const relationLines: string[] = [];
  const notes: string[] = [];
  for (const rel of doc.relations) {
    const arg1 = tOf.get(rel.type === 'VALUE_OF' ? rel.subject : nearestMention(doc, rel.subject, rel)?.id ?? '');
    let arg2 = rel.object !== undefined ? tOf.get(nearestMention(doc, rel.object, rel)?.id ?? '') : undefined;
    if (rel.object === undefined && rel.value !== undefined) {
      const at = rel.evidence.text.indexOf(rel.value);
      if (at >= 0) arg2 = text(rel.evidence.start + at, rel.evidence.start + at + rel.value.length, 'TITLE');
    }
    if (arg1 && arg2) relationLines.push(`R${relationLines.length + 1}\t${rel.type} Arg1:${arg1} Arg2:${arg2}`);
    else if (arg1) notes.push(`${arg1}\t${rel.type} ${rel.value ?? rel.object ?? ''}`);
  }
  for (const m of doc.mentions) {
    if (!isValueType(m.type) || !m.value) continue;
    const target = tOf.get(m.id)!;
    for (const [name, value] of valueAttributes(m)) lines.push(`A${++a}\t${name} ${target}${value === true ? '' : ' ' + value}`);
    lines.push(`#${++note}\tAnnotatorNotes ${target}\t${describeValue(m.value)}`);
  }
  for (const n of notes) lines.push(`#${++note}\tAnnotatorNotes ${n}`);
  for (const e of doc.entities) if (e.mentions.length > 1) lines.push(`*\tCoreference ${e.mentions.map((id) => tOf.get(id)).join(' ')}`);
  lines.push(...relationLines);
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The entity's mention inside the relation's evidence, else its mention nearest to it. */
function nearestMention(doc: ArabicDocument, entityId: string, rel: Relation): Mention | undefined {
  const ids = doc.entities.find((e) => e.id === entityId)?.mentions ?? [];
  const mentions = doc.mentions.filter((m) => ids.includes(m.id));
  const distance = (m: Mention): number => (m.start >= rel.evidence.start && m.end <= rel.evidence.end ? -1 : Math.abs(m.start - rel.evidence.start));
  return mentions.reduce<Mention | undefined>((best, m) => (best === undefined || distance(m) < distance(best) ? m : best), undefined);
}

function valueAttributes(m: Mention): Array<[string, string | true]> {
  const v = m.value!;
  const out: Array<[string, string | true]> = [];
  if (v.kind === 'money' && v.currency) out.push(['Currency', v.currency]);
  if (v.kind === 'date') out.push(['Calendar', v.calendar], ['Granularity', v.granularity]);
  if (v.kind !== 'date' && v.approximate) out.push(['Approximate', true]);
  return out;
}
