import { placeLexicon } from '../../extract/location/lexicon.js';
import { attachedBy } from './attachments.js';
import { evidence, mentionTokens, toCountry, type FoundRelation, type RelationContext } from './context.js';

/**
 * LOCATED_IN for organizations:
 * - located-in/nisba: a nisba adjective in the name after its first word, «وزارة الخارجية الأمريكية»
 *   → the United States (its entity when the document names it, else the ISO code as a literal);
 * - located-in/place-after: a place right after the name, «مكتب المنظمة في القاهرة», «… بالقاهرة».
 */
export function locatedInRelations(ctx: RelationContext): FoundRelation[] {
  const out: FoundRelation[] = [];
  const nisba = placeLexicon(ctx.key).nisba;
  for (const m of ctx.mentions) {
    if (m.type !== 'ORGANIZATION' || !m.entity) continue;
    const [first, end] = mentionTokens(ctx, m);
    for (let k = first + 1; k < end; k++) {
      const code = nisba.get(ctx.tokens[k]!.norm);
      if (!code) continue;
      out.push({ type: 'LOCATED_IN', subject: m.entity, ...toCountry(ctx, code), rule: 'located-in/nisba', evidence: evidence(ctx, m.start, m.end) });
      break;
    }
    const place = attachedBy(ctx, end, 'في') ?? attachedBy(ctx, end, 'ب');
    if (place?.type === 'LOCATION' && place.entity) {
      out.push({ type: 'LOCATED_IN', subject: m.entity, object: place.entity, rule: 'located-in/place-after', evidence: evidence(ctx, m.start, place.end) });
    }
  }
  return out;
}
