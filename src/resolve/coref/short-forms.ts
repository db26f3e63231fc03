import { placeLexicon } from '../../extract/location/lexicon.js';
import { containsRun } from '../mention-words.js';
import { countryCode } from './identity-keys.js';
import { note, type CorefState } from './state.js';

/**
 * Short forms that need the rest of the document to be read: a partial person name (هيكى after
 * ماثيو هيكى) and an organization without its country adjective (وزارة الخارجية after وزارة الخارجية
 * الأمريكية). A short form joins the one entity it can stand for; when it could stand for several, it
 * stays apart and an info diagnostic says so. Candidates are all computed before any merge, so the
 * outcome does not depend on mention order. Lookups go through indexes, so the cost stays linear in
 * the mentions for ordinary text.
 */
export function mergeShortForms(state: CorefState): void {
  // Indexes hold one representative per distinct phrase: fifty thousand repeats of a name cost one entry.
  const fullNamesByWord = new Map<string, Map<string, number>>();
  const qualifiedByStem = new Map<string, Map<string, number>>();
  const nisba = placeLexicon(state.key).nisba;
  // ابن فرحان after فيصل بن فرحان: a name's «son of» is written ابن as well as بن.
  const [ibn, bin] = [state.key('ابن'), state.key('بن')];
  const nameWords = state.items.map((item) => (item.mention.type === 'PERSON' ? item.words.map((w) => (w === ibn ? bin : w)) : item.words));
  const add = (map: Map<string, Map<string, number>>, k: string, phrase: string, i: number): void => {
    let byPhrase = map.get(k);
    if (!byPhrase) map.set(k, (byPhrase = new Map()));
    if (!byPhrase.has(phrase)) byPhrase.set(phrase, i);
  };
  state.items.forEach((item, i) => {
    if (item.mention.type === 'PERSON' && item.words.length > 1) for (const w of new Set(nameWords[i])) add(fullNamesByWord, w, item.phrase, i);
    if (item.mention.type === 'ORGANIZATION' && item.words.length > 1 && nisba.has(item.words[item.words.length - 1]!))
      add(qualifiedByStem, item.words.slice(0, -1).join(' '), item.phrase, i);
  });

  const countries = sentenceCountries(state);
  const fullerOf = new Map<string, number[]>(); // by type and phrase: the same short form has the same candidates
  const merges: Array<[number, number]> = [];
  state.items.forEach((item, i) => {
    const own = state.sets.find(i);
    const memo = `${item.mention.type} ${item.phrase}`;
    let fuller = fullerOf.get(memo);
    if (!fuller) {
      fuller = [];
      if (item.mention.type === 'PERSON') fuller = [...(fullNamesByWord.get(nameWords[i]![0]!)?.values() ?? [])].filter((j) => partOfName(nameWords[i]!, nameWords[j]!));
      else if (item.mention.type === 'ORGANIZATION') fuller = [...(qualifiedByStem.get(item.phrase)?.values() ?? [])];
      fullerOf.set(memo, fuller);
    }
    const roots = new Set(fuller.map((j) => state.sets.find(j)).filter((r) => r !== own));
    const chosen = roots.size > 1 && item.mention.type === 'ORGANIZATION' ? bySentenceCountry(state, countries, i, roots) : roots;
    if (chosen.size === 1) merges.push([i, [...chosen][0]!]);
    else if (chosen.size > 1)
      note(state, 'coreference.ambiguous', `«${item.mention.text}» could refer to ${chosen.size} different entities; it was left as its own entity.`, item.mention);
  });
  for (const [a, b] of merges) state.sets.union(a, b);
}

/** A person's partial name: fewer words, all of them a consecutive run of the fuller name. */
function partOfName(part: readonly string[], full: readonly string[]): boolean {
  return part.length < full.length && containsRun(full, part);
}

/** The country codes named by LOCATION mentions, per sentence (computed once). */
function sentenceCountries(state: CorefState): Map<number, Set<string>> {
  const named = new Map<number, Set<string>>();
  for (const other of state.items) {
    if (other.mention.type !== 'LOCATION') continue;
    const code = countryCode(other.words, state.key);
    if (!code) continue;
    let set = named.get(other.sentence);
    if (!set) named.set(other.sentence, (set = new Set()));
    set.add(code);
  }
  return named;
}

/** Among several qualified forms, the one whose country the short form's sentence names, if exactly one. */
function bySentenceCountry(state: CorefState, countries: Map<number, Set<string>>, i: number, roots: Set<number>): Set<number> {
  const named = countries.get(state.items[i]!.sentence);
  if (!named) return roots;
  const nisba = placeLexicon(state.key).nisba;
  const fitting = [...roots].filter((root) =>
    state.items.some((item, j) => state.sets.find(j) === root && named.has(nisba.get(item.words[item.words.length - 1]!) ?? '')),
  );
  return fitting.length === 1 ? new Set(fitting) : roots;
}
