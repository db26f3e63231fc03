// Towns named by a word and a suffix written apart (دولت آباد, أسعد آباد): the suffix makes the pair a
// place whether or not the lexicon lists it, and the word before it no person's name (person/context.ts).
import { keyedSetOf } from '../common/words.js';
import { passGates, PLACE_SUFFIX } from '../lexicon/pass-gates.js';
import type { Candidate, ExtractContext } from '../types.js';
import suffixes from './data/place-suffixes.json';

/** The place suffixes (آباد), normalized. */
export const placeSuffixSet = keyedSetOf(suffixes.words);

/** أ, the alef with hamza above that the verb أباد is written with (the suffix is آباد or اباد). */
const HAMZA_ALEF = 0x0623;

/** Towns ending in a place suffix that no listed place covers (those the lexicon scan found stay as found). */
export function suffixPlaces(context: ExtractContext, found: readonly Candidate[]): Candidate[] {
  const { tokens } = context;
  const suffix = placeSuffixSet(context.key);
  const covered = new Set(found.map((c) => c.end));
  const out: Candidate[] = [];
  const gates = passGates(context);
  for (let i = 1; i < tokens.length; i++) {
    if ((gates[i]! & PLACE_SUFFIX) === 0 || !suffix.has(tokens[i]!.norm)) continue;
    const sentence = context.sentences[tokens[i]!.sentence]!;
    const first = tokens[i - 1]!;
    if (sentence.skip || i === sentence.tokenStart || first.kind !== 'word' || first.script !== 'arabic' || covered.has(tokens[i]!.end)) continue;
    // عام 9 للميلاد أباد الزعيم: written with أ the word is the verb «exterminated»; and the word of a town's
    // name takes no article.
    if (context.text.charCodeAt(tokens[i]!.start) === HAMZA_ALEF || first.norm.startsWith('ال') || first.clitics?.article) continue;
    // بدولت آباد, ومراد آباد: the place starts after و, ب, ل or ف.
    const start = first.clitics?.prefixes.length && !first.clitics.article ? first.clitics.baseStart : first.start;
    if (first.end - start < 2) continue;
    out.push({ type: 'LOCATION', start, end: tokens[i]!.end, rule: 'place-suffix' });
  }
  return out;
}
