import { tokenForms } from '../../extract/lexicon/token-forms.js';
import type { Mention } from '../../schema.js';
import { mentionWords } from '../mention-words.js';
import { parentOrganization } from './attachments.js';
import { evidence, mentionTokens, type FoundRelation, type RelationContext } from './context.js';
import { unitHeads } from './roles.js';

/**
 * PART_OF between organizations:
 * - part-of/attached: a unit (its name opens with إدارة, مكتب, لجنة …) followed by the body it belongs
 *   to, «إدارة مكافحة الاتجار بالبشر بوزارة الخارجية الأمريكية», «… التابع للأمم المتحدة»;
 * - part-of/embedded-name: a name that contains the name of another organization of the document,
 *   «مكتب الأمم المتحدة لمكافحة المخدرات والجريمة» → الأمم المتحدة (not at the name's first word, which
 *   would be the same organization written longer).
 */
export function partOfRelations(ctx: RelationContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const units = unitHeads(ctx.key);
  const phrases = organizationPhrases(ctx);
  for (const m of ctx.mentions) {
    if (m.type !== 'ORGANIZATION' || !m.entity) continue;
    const words = mentionWords(m, ctx.tokens);
    const parent = units.has(words[0] ?? '') ? parentOrganization(ctx, m) : undefined;
    if (parent?.entity && parent.entity !== m.entity) {
      out.push({ type: 'PART_OF', subject: m.entity, object: parent.entity, rule: 'part-of/attached', evidence: evidence(ctx, m.start, parent.end) });
    }
    for (const inner of embeddedOrganizations(ctx, m, phrases)) {
      out.push({ type: 'PART_OF', subject: m.entity, object: inner, rule: 'part-of/embedded-name', evidence: evidence(ctx, m.start, m.end) });
    }
  }
  return out;
}

/** Every normalized phrase by which the document names an organization, by its first word. */
function organizationPhrases(ctx: RelationContext): Map<string, Array<{ words: string[]; entity: string }>> {
  const byFirst = new Map<string, Array<{ words: string[]; entity: string }>>();
  for (const m of ctx.mentions) {
    if (m.type !== 'ORGANIZATION' || !m.entity) continue;
    const words = mentionWords(m, ctx.tokens);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((p) => p.entity === m.entity && p.words.join(' ') === words.join(' '))) list.push({ words, entity: m.entity });
    byFirst.set(words[0]!, list);
  }
  return byFirst;
}

/** Entities of other organizations whose names occur inside `m`, after its first word. */
function embeddedOrganizations(ctx: RelationContext, m: Mention, phrases: ReturnType<typeof organizationPhrases>): string[] {
  const [first, end] = mentionTokens(ctx, m);
  const found: string[] = [];
  for (let k = first + 1; k < end; k++) {
    for (const form of tokenForms(ctx.tokens[k]!)) {
      for (const p of phrases.get(form.key) ?? []) {
        if (p.entity === m.entity || found.includes(p.entity) || k + p.words.length > end) continue;
        if (p.words.every((w, j) => j === 0 || ctx.tokens[k + j]!.norm === w)) found.push(p.entity);
      }
    }
  }
  return found;
}
