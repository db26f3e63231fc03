import type { CorefState } from './state.js';

/** The rule of a Latin gloss mention (extract/gloss). */
const GLOSS_RULE = 'gloss/latin-gloss';

/**
 * What may stand between a name and its gloss: the opening bracket, and a language named with ب and a
 * colon (ماري كوري (بالفرنسية: Marie Curie)).
 */
const BETWEEN = /^\s*\(\s*(?:ب\S+\s*:?\s*)?$/u;

/** A name glossed in Latin letters and the gloss are one entity: the gloss joins the mention before it. */
export function mergeGlosses(state: CorefState): void {
  state.items.forEach((item, i) => {
    if (i === 0 || item.mention.rule !== GLOSS_RULE) return;
    const before = state.items[i - 1]!.mention;
    if (before.type !== item.mention.type || before.end > item.mention.start) return;
    if (BETWEEN.test(state.text.slice(before.end, item.mention.start))) state.sets.union(i - 1, i);
  });
}
