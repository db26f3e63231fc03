import { organizationLexicon } from '../../extract/organization/lexicon.js';
import { placeLexicon } from '../../extract/location/lexicon.js';
import type { PhraseTrie } from '../../extract/lexicon/phrase-trie.js';
import type { CorefMention, CorefState } from './state.js';

/** The whole phrase as a lexicon entry, when `words` is exactly one (not a longer entry's prefix). */
function wholeEntry<V>(trie: PhraseTrie<V>, words: readonly string[]): V | undefined {
  const match = trie.longest(words[0]!, 1, (i) => words[i]);
  return match && match.end === words.length ? match.value : undefined;
}

/** ISO code of a country name (الولايات المتحدة, أمريكا, مصر …); undefined for cities and regions. */
export function countryCode(words: readonly string[], key: (s: string) => string): string | undefined {
  if (words.length === 0) return undefined;
  const place = wholeEntry(placeLexicon(key).trie, words);
  return place?.kind === 'country' ? place.code : undefined;
}

/** The well-known organization a phrase names (by name or alias), with its acronym. */
export function knownOrganization(words: readonly string[], key: (s: string) => string): { name: string; acronym?: string } | undefined {
  if (words.length === 0) return undefined;
  return wholeEntry(organizationLexicon(key).known, words);
}

/** knownOrganization for a coreference item, looked up once: several rules ask for it. */
export function knownOf(item: CorefMention, key: (s: string) => string): { name: string; acronym?: string } | undefined {
  if (item.known === undefined) item.known = knownOrganization(item.words, key) ?? null;
  return item.known ?? undefined;
}

/**
 * Keys under which a mention is the same thing as any other mention with one of the same keys: its
 * phrase; for a country, its ISO code (الولايات المتحدة = الولايات المتحدة الأمريكية = أمريكا); for a
 * well-known organization, its listed name (so an alias meets the full name); for a ministry, the
 * name without the head noun (وزارة الخارجية الأمريكية = الخارجية الأمريكية).
 */
export function identityKeys(item: CorefMention, state: CorefState): string[] {
  const { type } = item.mention;
  const keys = [`${type}|${item.phrase}`];
  if (type === 'LOCATION') {
    const code = countryCode(item.words, state.key);
    if (code) keys.push(`${type}|iso:${code}`);
  }
  if (type === 'ORGANIZATION') {
    const known = knownOf(item, state.key);
    if (known) keys.push(`${type}|known:${known.name}`);
    const withoutHead = ministryWithoutHead(item.words, state.key);
    if (withoutHead) keys.push(`${type}|${withoutHead}`);
  }
  return keys;
}

/** «وزارة الخارجية …» → «الخارجية …»: news writes a ministry by its portfolio alone. */
function ministryWithoutHead(words: readonly string[], key: (s: string) => string): string | undefined {
  if (words.length < 3 || words[0] !== key('وزارة')) return undefined;
  return organizationLexicon(key).ministries.has(words[1]!) ? words.slice(1).join(' ') : undefined;
}

/** Merges every two mentions that share an identity key. */
export function mergeByIdentity(state: CorefState): void {
  const firstWithKey = new Map<string, number>();
  state.items.forEach((item, i) => {
    for (const k of identityKeys(item, state)) {
      const seen = firstWithKey.get(k);
      if (seen === undefined) firstWithKey.set(k, i);
      else state.sets.union(seen, i);
    }
  });
}
