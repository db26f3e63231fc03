import { perKeyer } from '../../text/lexicon-key.js';
import cities from './data/cities.json';
import countries from './data/countries.json';
import nisba from './data/nisba.json';
import regions from './data/regions.json';
import { PhraseTrie, phraseWords } from '../lexicon/phrase-trie.js';
import { platformRegionNames } from './region-names.js';

export interface Place {
  kind: 'country' | 'city' | 'region';
  /** ISO 3166-1 alpha-2 code of the country (of the city's country for cities), when known. */
  code?: string;
}

export interface PlaceLexicon {
  trie: PhraseTrie<Place>;
  /** Normalized nisba adjective in every inflection (المصري, مصريه, المصريين …) → country code. */
  nisba: ReadonlyMap<string, string>;
}

/**
 * The inflections of a masculine singular nisba (مصري): feminine, plurals and dual, with and without
 * the article. Written as data-driven endings so a new adjective is one line in nisba.json.
 */
const NISBA_ENDINGS = ['', 'ة', 'ون', 'ين', 'ات', 'ان', 'تين', 'تان'];

function nisbaForms(base: string): string[] {
  const forms: string[] = [];
  for (const ending of NISBA_ENDINGS) {
    forms.push(base + ending, 'ال' + base + ending);
  }
  return forms;
}

/** Countries (platform names and news forms), cities and regions in one trie; nisba adjectives in a map. */
export const placeLexicon = perKeyer(compilePlaces);

function compilePlaces(key: (s: string) => string): PlaceLexicon {
  const trie = new PhraseTrie<Place>();
  // Order matters only for duplicates: the first value added wins, and countries come first.
  for (const [name, code] of Object.entries(countries as Record<string, string>)) trie.add(phraseWords(name, key), { kind: 'country', code });
  for (const [name, code] of platformRegionNames()) trie.add(phraseWords(name, key), { kind: 'country', code });
  for (const [name, code] of Object.entries(cities as Record<string, string>)) trie.add(phraseWords(name, key), { kind: 'city', code });
  for (const name of regions as string[]) trie.add(phraseWords(name, key), { kind: 'region' });
  const nisbaMap = new Map<string, string>();
  for (const [base, code] of Object.entries(nisba as Record<string, string>)) {
    for (const form of nisbaForms(base)) {
      const k = key(form);
      if (!nisbaMap.has(k)) nisbaMap.set(k, code);
    }
  }
  return { trie, nisba: nisbaMap };
}
