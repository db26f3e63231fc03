import { normalizeText } from './normalize.js';
import type { ResolvedNormalizeOptions } from './options.js';

const keyers = new Map<string, (entry: string) => string>();

/**
 * A function that normalizes lexicon entries and mention texts the way documents are normalized,
 * with a cache: the same entry is keyed once per option set, not once per document.
 */
export function lexiconKeyer(options: ResolvedNormalizeOptions): (entry: string) => string {
  const id = JSON.stringify(options);
  let keyer = keyers.get(id);
  if (!keyer) {
    const cache = new Map<string, string>();
    keyer = (entry: string): string => {
      let k = cache.get(entry);
      if (k === undefined) {
        k = normalizeText(entry, options).trim();
        if (cache.size > 100_000) cache.clear();
        cache.set(entry, k);
      }
      return k;
    };
    keyers.set(id, keyer);
  }
  return keyer;
}

/**
 * Memoizes a lexicon builder per keyer (one keyer per normalization option set): every lexicon of the
 * library is compiled once, on first use, and shared by all documents normalized the same way.
 */
export function perKeyer<T>(build: (key: (s: string) => string) => T): (key: (s: string) => string) => T {
  const built = new WeakMap<(s: string) => string, T>();
  // The last keyer asked and its value: a document is read with one keyer, and rules ask for their
  // lexicon at every token they visit, where a WeakMap lookup cost more than the rule's own test.
  let lastKey: ((s: string) => string) | undefined;
  let lastValue: T | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as T;
    let value = built.get(key);
    if (value === undefined) built.set(key, (value = build(key)));
    [lastKey, lastValue] = [key, value];
    return value;
  };
}
