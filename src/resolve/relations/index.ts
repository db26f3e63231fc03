import type { Relation, RelationType } from '../../schema.js';
import type { FoundRelation, RelationContext } from './context.js';
import { locatedInRelations } from './located-in.js';
import { partOfRelations } from './part-of.js';
import { titleRelations } from './titles.js';
import { valueRelations } from './value-of.js';

export type { RelationContext } from './context.js';

const TYPE_ORDER: Record<RelationType, number> = { HAS_TITLE: 0, MEMBER_OF: 1, HEAD_OF: 2, PART_OF: 3, LOCATED_IN: 4, NATIONALITY: 5, VALUE_OF: 6 };

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Runs every relation rule and returns each relation once: rules may find the same fact more than once
 * (every mention of وزارة الخارجية الأمريكية carries its nisba), and the first occurrence in the text
 * is kept as the evidence. Ids r1, r2 … follow the order of that evidence.
 */
export function findRelations(ctx: RelationContext): Relation[] {
  if (ctx.tokens.length === 0) return [];
  const found: FoundRelation[] = [...titleRelations(ctx), ...partOfRelations(ctx), ...locatedInRelations(ctx), ...valueRelations(ctx)];
  found.sort(
    (a, b) =>
      a.evidence.start - b.evidence.start ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      compare(a.subject, b.subject) ||
      compare(a.object ?? '', b.object ?? '') ||
      compare(a.value ?? '', b.value ?? '') ||
      a.evidence.end - b.evidence.end,
  );
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const f of found) {
    const identity = [f.type, f.subject, f.object ?? '', f.value ?? ''].join('\u0000');
    if (seen.has(identity)) continue;
    seen.add(identity);
    // keys in the schema's order, so that the JSON reads the same after a fromJSON round trip
    relations.push({
      id: `r${relations.length + 1}`,
      type: f.type,
      subject: f.subject,
      ...(f.object !== undefined && { object: f.object }),
      ...(f.value !== undefined && { value: f.value }),
      rule: f.rule,
      evidence: f.evidence,
    });
  }
  return relations;
}
