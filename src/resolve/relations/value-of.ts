import { isEntityType } from '../mention-kinds.js';
import { evidence, mentionTokens, tokenText, type FoundRelation, type RelationContext } from './context.js';
import { CLAUSE_MARKS } from './roles.js';

const LINKED_VALUES = new Set(['MONEY', 'PERCENT', 'DATE']);

/**
 * VALUE_OF (rule value-of/clause): a MONEY, PERCENT or DATE mention is linked to every named entity
 * whose mention lies in the same clause — the stretch of the sentence between clause punctuation
 * (، ؛ : . and the like). «يتعاون المكتب … مع القاهرة ومنظمة العمل الدولية في مشروع بقيمة 1.5 مليون
 * دولار» links the amount to القاهرة and منظمة العمل الدولية. The subject is the value's mention id;
 * the evidence is the clause. NUMBER mentions are left out: a bare count is rarely about an entity.
 */
export function valueRelations(ctx: RelationContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!ctx.mentions.some((m) => LINKED_VALUES.has(m.type))) return out;
  const clauses = clauseBounds(ctx);
  // Entities of a clause, computed once per clause: a clause full of values must not rescan its mentions.
  const entitiesOfClause = new Map<number, Array<{ entity: string; at: number }>>();
  for (const v of ctx.mentions) {
    if (!LINKED_VALUES.has(v.type)) continue;
    const [tokenStart] = mentionTokens(ctx, v);
    if (tokenStart >= ctx.tokens.length) continue;
    const clauseStart = clauses.start[tokenStart]!;
    const clauseEnd = clauses.end[tokenStart]!;
    const first = ctx.tokens[clauseStart];
    const last = ctx.tokens[clauseEnd - 1];
    if (!first || !last) continue;
    let entities = entitiesOfClause.get(clauseStart);
    if (!entities) {
      entities = [];
      const seen = new Set<string>();
      for (let i = firstMentionFrom(ctx, first.start); i < ctx.mentions.length && ctx.mentions[i]!.start < last.end; i++) {
        const m = ctx.mentions[i]!;
        if (m.end > last.end || !isEntityType(m.type) || !m.entity || seen.has(m.entity)) continue;
        seen.add(m.entity);
        entities.push({ entity: m.entity, at: m.start });
      }
      entitiesOfClause.set(clauseStart, entities);
    }
    // The nearest entities only: a value is about what stands near it, and the output stays linear.
    const nearest = entities.length <= MAX_LINKS ? entities : [...entities].sort((a, b) => Math.abs(a.at - v.start) - Math.abs(b.at - v.start)).slice(0, MAX_LINKS);
    for (const { entity } of nearest) {
      out.push({ type: 'VALUE_OF', subject: v.id, object: entity, rule: 'value-of/clause', evidence: evidence(ctx, first.start, last.end) });
    }
  }
  return out;
}

/** At most this many entities are linked to one value. */
const MAX_LINKS = 8;

const CLAUSE_MARK_SET = new Set(CLAUSE_MARKS);

/** Whether token `i` is clause punctuation (only punctuation tokens are read as text). */
function isClauseMark(ctx: RelationContext, i: number): boolean {
  return ctx.tokens[i]!.kind === 'punct' && CLAUSE_MARK_SET.has(tokenText(ctx, i));
}

/** For every token, the token range `[start, end)` of its clause inside its sentence, in one pass. */
function clauseBounds(ctx: RelationContext): { start: Int32Array; end: Int32Array } {
  const n = ctx.tokens.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let clauseStart = 0;
  for (let i = 0; i < n; i++) {
    const t = ctx.tokens[i]!;
    if (i > 0 && t.sentence !== ctx.tokens[i - 1]!.sentence) clauseStart = i;
    start[i] = clauseStart;
    if (isClauseMark(ctx, i)) clauseStart = i + 1;
  }
  let clauseEnd = n;
  for (let i = n - 1; i >= 0; i--) {
    const t = ctx.tokens[i]!;
    if (i < n - 1 && t.sentence !== ctx.tokens[i + 1]!.sentence) clauseEnd = i + 1;
    if (isClauseMark(ctx, i)) clauseEnd = i;
    end[i] = Math.max(clauseEnd, i + 1);
  }
  return { start, end };
}

/** Index of the first mention (text order) that starts at or after `offset`. */
function firstMentionFrom(ctx: RelationContext, offset: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
