import { isValueType } from '../resolve/mention-kinds.js';
import type { ArabicDocument } from '../schema.js';

type Span = { start: number; end: number };

function spanProblem(text: string, where: string, span: Span, claimed?: string): string | undefined {
  if (span.start > span.end || span.end > text.length) return `${where}: span [${span.start}, ${span.end}) is not inside the text (length ${text.length})`;
  if (claimed !== undefined && text.slice(span.start, span.end) !== claimed)
    return `${where}.text: ${JSON.stringify(claimed)} is not the text at [${span.start}, ${span.end}), ${JSON.stringify(text.slice(span.start, span.end))}`;
  return undefined;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * What the schema alone cannot check: every span inside the text and equal to its claimed text, ids
 * unique, mentions and entities pointing at each other, relations pointing at what exists, sentences
 * pointing at tokens that exist.
 */
export function integrityProblems(doc: ArabicDocument): string[] {
  const out: string[] = [];
  const push = (p: string | undefined): void => void (p && out.push(p));
  const mentions = new Map(doc.mentions.map((m) => [m.id, m]));
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  for (const [list, ids] of [['mentions', doc.mentions], ['entities', doc.entities], ['relations', doc.relations]] as const)
    for (const id of duplicates(ids.map((x) => x.id))) out.push(`${list}: id ${JSON.stringify(id)} is used twice`);

  doc.mentions.forEach((m, i) => {
    push(spanProblem(doc.text, `mentions[${i}]`, m, m.text));
    if (m.entity === undefined) return;
    const e = entities.get(m.entity);
    if (!e) out.push(`mentions[${i}].entity: no entity ${JSON.stringify(m.entity)}`);
    else if (!e.mentions.includes(m.id)) out.push(`mentions[${i}].entity: entity ${e.id} does not list mention ${m.id}`);
  });
  doc.entities.forEach((e, i) => {
    e.mentions.forEach((id, j) => {
      const m = mentions.get(id);
      if (!m) out.push(`entities[${i}].mentions[${j}]: no mention ${JSON.stringify(id)}`);
      else if (m.entity !== e.id) out.push(`entities[${i}].mentions[${j}]: mention ${id} belongs to ${m.entity ?? 'no entity'}, not ${e.id}`);
    });
  });
  doc.relations.forEach((r, i) => {
    const subjectOk = r.type === 'VALUE_OF' ? isValueType(mentions.get(r.subject)?.type ?? 'MISC') : entities.has(r.subject);
    if (!subjectOk) out.push(`relations[${i}].subject: no ${r.type === 'VALUE_OF' ? 'value mention' : 'entity'} ${JSON.stringify(r.subject)}`);
    if (r.object !== undefined && !entities.has(r.object)) out.push(`relations[${i}].object: no entity ${JSON.stringify(r.object)}`);
    if (r.object === undefined && r.value === undefined) out.push(`relations[${i}]: neither object nor value`);
    push(spanProblem(doc.text, `relations[${i}].evidence`, r.evidence, r.evidence.text));
    if (r.evidence.sentence >= doc.sentences.length) out.push(`relations[${i}].evidence.sentence: no sentence ${r.evidence.sentence}`);
  });
  doc.sentences.forEach((s, i) => {
    push(spanProblem(doc.text, `sentences[${i}]`, s));
    if (s.id !== i) out.push(`sentences[${i}].id: expected ${i}, found ${s.id}`);
    if (doc.tokens.length && (s.tokenStart > s.tokenEnd || s.tokenEnd > doc.tokens.length)) out.push(`sentences[${i}]: token range [${s.tokenStart}, ${s.tokenEnd}) is outside the ${doc.tokens.length} tokens`);
  });
  doc.tokens.forEach((t, i) => push(spanProblem(doc.text, `tokens[${i}]`, t)));
  return out;
}
