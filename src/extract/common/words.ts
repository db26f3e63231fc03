import functionWords from './data/function-words.json';

const built = new WeakMap<(s: string) => string, ReadonlySet<string>>();

/**
 * Prepositions, particles, pronouns, demonstratives, auxiliaries and a few very common verbs and
 * nouns: words that never belong to a name, so name chains stop at them. Keyed per normalization.
 */
export function functionWordSet(key: (s: string) => string): ReadonlySet<string> {
  let set = built.get(key);
  if (!set) built.set(key, (set = new Set((functionWords as string[]).map(key))));
  return set;
}

/** Builds a set of normalized keys once per normalization option set. */
export function keyedSet(cache: WeakMap<(s: string) => string, ReadonlySet<string>>, key: (s: string) => string, entries: readonly string[]): ReadonlySet<string> {
  let set = cache.get(key);
  if (!set) cache.set(key, (set = new Set(entries.map(key))));
  return set;
}
