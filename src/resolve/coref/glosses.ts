import type { CorefState } from './state.js';

/**
 * The rules of a gloss mention: a name in Latin letters, an organization's short name (extract/gloss),
 * and an organization's Latin name, which the organization extractor reads on its own too.
 */
const GLOSS_RULES = new Set(['gloss/latin-gloss', 'gloss/short-name', 'organization/latin-name']);

/**
 * What may stand between a name and its gloss: the opening bracket, and a language named with ب and a
 * colon (ماري كوري (بالفرنسية: Marie Curie)).
 */
const BETWEEN = /^\s*\(\s*(?:ب\S+\s*:?\s*)?$/u;

/** A name and its gloss or bracketed short name are one entity: the gloss joins the mention before it. */
export function mergeGlosses(state: CorefState): void {
  state.items.forEach((item, i) => {
    if (i === 0 || !GLOSS_RULES.has(item.mention.rule)) return;
    const before = state.items[i - 1]!.mention;
    if (before.type !== item.mention.type || before.end > item.mention.start) return;
    if (BETWEEN.test(state.text.slice(before.end, item.mention.start))) state.sets.union(i - 1, i);
  });
}
