import { belongsWords } from './roles.js';
import { mentionStartingIn, mentionTokens, type RelationContext } from './context.js';
import type { Mention } from '../../schema.js';

/**
 * The mention a preposition attaches right after token `k`: one that starts inside token `k` after
 * the proclitic `prefix` (بوزارة → وزارة …, بالقاهرة → القاهرة), or, for a preposition written as a
 * word (في), one that starts at the next token.
 */
export function attachedBy(ctx: RelationContext, k: number, prefix: string): Mention | undefined {
  const token = ctx.tokens[k];
  if (!token) return undefined;
  if (prefix.length > 1) {
    return token.norm === ctx.key(prefix) && ctx.tokens[k + 1]?.sentence === token.sentence ? startsAt(ctx, k + 1) : undefined;
  }
  const m = mentionStartingIn(ctx, k);
  if (!m || m.start === token.start) return undefined;
  const readings = [token.clitics, ...(token.alternatives ?? [])];
  return readings.some((a) => a && a.prefixes.includes(prefix) && a.baseStart === m.start) ? m : undefined;
}

/** The mention that starts exactly at the start of token `k`. */
export function startsAt(ctx: RelationContext, k: number): Mention | undefined {
  const m = mentionStartingIn(ctx, k);
  return m && m.start === ctx.tokens[k]!.start ? m : undefined;
}

/**
 * The organization a unit belongs to, written right after it: «إدارة … بوزارة …» or «مكتب … التابع
 * للأمم المتحدة». Returns the organization mention and the end of the phrase.
 */
export function parentOrganization(ctx: RelationContext, unit: Mention): Mention | undefined {
  const [, end] = mentionTokens(ctx, unit);
  const direct = attachedBy(ctx, end, 'ب');
  if (direct?.type === 'ORGANIZATION') return direct;
  const belongs = belongsWords(ctx.key);
  if (ctx.tokens[end] && belongs.has(ctx.tokens[end]!.norm) && ctx.tokens[end + 1]?.sentence === ctx.tokens[end]!.sentence) {
    const parent = attachedBy(ctx, end + 1, 'ل');
    if (parent?.type === 'ORGANIZATION') return parent;
  }
  return undefined;
}

/** The end offset of an organization with the chain of bodies it belongs to (إدارة … بوزارة …). */
export function chainEnd(ctx: RelationContext, org: Mention): number {
  let end = org.end;
  const seen = new Set<Mention>([org]);
  for (let parent = parentOrganization(ctx, org); parent && !seen.has(parent); parent = parentOrganization(ctx, parent)) {
    seen.add(parent);
    end = parent.end;
  }
  return end;
}
