import type { Token } from '../../schema.js';
import { perKeyer } from '../../text/lexicon-key.js';
import { triggerSet } from '../location/find.js';
import { placeLexicon } from '../location/lexicon.js';
import { organizationLexicon } from '../organization/lexicon.js';
import { personLexicon } from '../person/lexicon.js';
import type { ExtractContext } from '../types.js';
import { readingKey } from '../../segment/finish-tokens.js';

/** Which name extractors may start a phrase at a token: one bit each. */
export const ORGANIZATION_START = 1;
export const PERSON_START = 2;
export const PLACE_START = 4;

/**
 * Every word a name phrase of each kind can start with, in one map from word to bits: the first words of
 * known organizations, descriptor and head nouns and ministry portfolios; of titles, reporting verbs and
 * name starters; of places and place triggers. Built once per normalization option set.
 */
const startBits = perKeyer((key) => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  const org = organizationLexicon(key);
  add(org.known.firstWords(), ORGANIZATION_START);
  add(org.descriptors.firstWords(), ORGANIZATION_START);
  add(org.heads, ORGANIZATION_START);
  add(org.ministries, ORGANIZATION_START);
  add(org.clubPrefixes, ORGANIZATION_START);
  const people = personLexicon(key);
  add(people.titles.firstWords(), PERSON_START);
  add(people.verbs, PERSON_START);
  add(people.starters, PERSON_START);
  add(placeLexicon(key).trie.firstWords(), PLACE_START);
  add(triggerSet(key), PLACE_START);
  return bits as ReadonlyMap<string, number>;
});

function computeStarts(tokens: readonly Token[], bits: ReadonlyMap<string, number>): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.script !== 'arabic') continue;
    // The token's readings (see tokenForms), read straight off the token: no reading objects are made
    // for the many tokens no name starts at.
    let b = bits.get(t.norm) ?? 0;
    if (t.clitics !== undefined && t.clitics.prefixes.length > 0) b |= bits.get(readingKey(t.clitics)) ?? 0;
    if (t.alternatives !== undefined) for (const a of t.alternatives) if (a.prefixes.length > 0) b |= bits.get(readingKey(a)) ?? 0;
    out[i] = b;
  }
  return out;
}

/** The start bits of the document being analyzed (one reference, not a WeakMap: see numbers/token-view). */
let current: { tokens: readonly Token[]; key: (s: string) => string; starts: Uint8Array } | undefined;

/**
 * For each token of the document, the bits of the name extractors that may start a phrase there. The
 * organization, person and place scans share it: each token's readings are looked up once, not once
 * per extractor and lexicon, and most tokens are passed over with one array read.
 */
export function nameStarts(context: ExtractContext): Uint8Array {
  if (current && current.tokens === context.tokens && current.key === context.key) return current.starts;
  current = { tokens: context.tokens, key: context.key, starts: computeStarts(context.tokens, startBits(context.key)) };
  return current.starts;
}
