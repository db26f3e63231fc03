import { firstTokenEndingAfter } from '../token-index.js';
import { knownOf } from './identity-keys.js';
import { groupsByRoot, type CorefState } from './state.js';

const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,11}$/;
const OPEN = new Set(['(', '[', '（']);
const CLOSE = new Set([')', ']', '）']);

/**
 * An acronym in brackets right after an organization, «منظمة العمل الدولية (ILO)»: the acronym becomes
 * the entity's key and alias. Reads the original text of the tokens, since acronyms are Latin capitals.
 */
export function findBracketAcronyms(state: CorefState): void {
  const { tokens, text } = state;
  state.items.forEach((item, i) => {
    if (item.mention.type !== 'ORGANIZATION') return;
    const k = firstTokenEndingAfter(tokens, item.mention.end);
    const [open, word, close] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if (!open || !word || !close || open.sentence !== close.sentence) return;
    if (!OPEN.has(text.slice(open.start, open.end)) || !CLOSE.has(text.slice(close.start, close.end))) return;
    const acronym = text.slice(word.start, word.end);
    if (ACRONYM.test(acronym)) state.acronyms.set(i, acronym);
  });
}

/** The acronym of each set: one written in brackets after a member, else the lexicon's. */
export function acronymsByRoot(state: CorefState): Map<number, string> {
  const out = new Map<number, string>();
  for (const [root, members] of groupsByRoot(state)) {
    const acronym = bracketedAcronym(state, members) ?? listedAcronym(state, members);
    if (acronym) out.set(root, acronym);
  }
  return out;
}

// Loops, not map(…).find(…): these run for every set of every document, and the arrays were garbage.

/** The first acronym written in brackets after a member. */
function bracketedAcronym(state: CorefState, members: readonly number[]): string | undefined {
  for (const i of members) {
    const a = state.acronyms.get(i);
    if (a !== undefined) return a;
  }
  return undefined;
}

/** The lexicon's acronym of the first member that is a listed organization with one. */
function listedAcronym(state: CorefState, members: readonly number[]): string | undefined {
  for (const i of members) {
    const a = knownOf(state.items[i]!, state.key)?.acronym;
    if (a !== undefined) return a;
  }
  return undefined;
}

/** An organization written as a bare acronym (ILO) joins the one entity that has that acronym. */
export function mergeAcronyms(state: CorefState): void {
  const owners = new Map<string, number[]>();
  for (const [root, acronym] of acronymsByRoot(state)) owners.set(acronym, [...(owners.get(acronym) ?? []), root]);
  state.items.forEach((item, i) => {
    if (item.mention.type !== 'ORGANIZATION') return;
    const roots = owners.get(item.mention.text.trim())?.filter((r) => r !== state.sets.find(i));
    if (roots && roots.length === 1) state.sets.union(i, roots[0]!);
  });
}
