import type { Entity, Evidence, Mention, RelationType, Sentence, Token } from '../../schema.js';
import { firstTokenEndingAfter, tokenRange } from '../token-index.js';

/** What the relation rules read: the finished mentions and entities over the full token list. */
export interface RelationContext {
  readonly text: string;
  /** Every token of the document, also when the output leaves them out. */
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** All mentions, in text order, with `entity` set on the named ones. */
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
  readonly key: (s: string) => string;
}

/** A relation before ids are given: a rule's finding. */
export interface FoundRelation {
  type: RelationType;
  subject: string;
  object?: string;
  value?: string;
  rule: string;
  evidence: Evidence;
}

/** The tokens a mention overlaps, `[first, end)`. */
export function mentionTokens(ctx: RelationContext, m: Pick<Mention, 'start' | 'end'>): [number, number] {
  return tokenRange(ctx.tokens, m.start, m.end);
}

/** The mention that begins inside token `k` (at its start or after a proclitic), if any. */
export function mentionStartingIn(ctx: RelationContext, k: number): Mention | undefined {
  const token = ctx.tokens[k];
  if (!token) return undefined;
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid]!.start < token.start) lo = mid + 1;
    else hi = mid;
  }
  const m = ctx.mentions[lo];
  return m && m.start < token.end ? m : undefined;
}

/** The original text of token `k`. */
export function tokenText(ctx: RelationContext, k: number): string {
  const t = ctx.tokens[k];
  return t ? ctx.text.slice(t.start, t.end) : '';
}

/** Evidence for the original span `[start, end)`: its sentence, the tokens it covers and its text. */
export function evidence(ctx: RelationContext, start: number, end: number): Evidence {
  return evidenceIn(ctx.tokens, ctx.text, start, end);
}

/** Evidence for `[start, end)` read in the given tokens (the document reports another reading's tokens: finish.ts). */
export function evidenceIn(tokens: readonly Token[], text: string, start: number, end: number): Evidence {
  const [tokenStart, tokenEnd] = tokenRange(tokens, start, end);
  const token = tokens[Math.min(tokenStart, tokens.length - 1)];
  return { sentence: token?.sentence ?? 0, tokenStart, tokenEnd, start, end, text: text.slice(start, end) };
}

/** The entity (by ISO code) of a country the document names, if it names it. */
export function countryEntity(ctx: RelationContext, code: string): Entity | undefined {
  return ctx.entities.find((e) => e.type === 'LOCATION' && e.key === code);
}

/** A relation to a country: to its entity when the document names it, else to the ISO code as a literal. */
export function toCountry(ctx: RelationContext, code: string): Pick<FoundRelation, 'object' | 'value'> {
  const entity = countryEntity(ctx, code);
  return entity ? { object: entity.id } : { value: code };
}

/** Index of the token that holds an offset. */
export function tokenAtOffset(ctx: RelationContext, offset: number): number {
  return firstTokenEndingAfter(ctx.tokens, offset);
}
