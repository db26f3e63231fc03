// A company's branch named by its brand and the country it serves: زين العراق, اتصالات الجزائر,
// فودافون قطر. The brand alone is a listed name that is also a word (زين, اتصالات) and is read only in
// context; a country right after it is that context, and the two are one organization.
import type { Token } from '../../schema.js';
import { ORGANIZATION_START, PLACE_START } from '../lexicon/name-starts.js';
import { scanStarts } from '../lexicon/scan.js';
import { bareKey, tokenForms } from '../lexicon/token-forms.js';
import { personLexicon } from '../person/lexicon.js';
import type { PlaceLexicon } from '../location/lexicon.js';
import type { Candidate, ExtractContext } from '../types.js';
import type { OrganizationLexicon } from './lexicon.js';

/** Candidates for a listed one-word brand followed by a country's name. */
export function brandsByCountry(context: ExtractContext, org: OrganizationLexicon, places: PlaceLexicon, starts: Uint8Array): Candidate[] {
  const { tokens } = context;
  const { titles } = personLexicon(context.key);
  const out: Candidate[] = [];
  scanStarts(context, starts, ORGANIZATION_START, (i, s) => {
    const next: Token | undefined = tokens[i + 1];
    // The country first: its start bit, or one set lookup, settles most tokens. (An Arabic word without
    // PLACE_START opens no listed place in any reading, its written form included.)
    if (next === undefined || i + 1 >= s.tokenEnd || next.kind !== 'word' || next.clitics?.prefixes.length) return i + 1;
    if ((next.script === 'arabic' && (starts[i + 1]! & PLACE_START) === 0) || !places.trie.startsWith(next.norm)) return i + 1;
    const brand = tokenForms(tokens[i]!).find((f) => {
      const m = org.known.startsWith(f.key) ? org.known.longest(f.key, i + 1, () => undefined) : undefined;
      // (Not a word that, before a place, means taking it or its land: فتح مصر, the conquest of Egypt, is
      // no branch of Fatah.)
      return m !== undefined && m.value.ambiguous === true && !org.placeCues.has(f.key) && !m.value.placeWord && !m.value.wordAlias;
    });
    // العربية السعودية is a country's name, not the channel and a country.
    if (brand === undefined || places.trie.longestInTokens(tokens[i]!.norm, i + 1, tokens, s.tokenEnd) !== undefined) return i + 1;
    // الرئيس رافائيل كوريا: after a person's title the brand is a given name and the country his surname.
    if (i > s.tokenStart && titles.longest(bareKey(tokens[i - 1]!), i, () => undefined) !== undefined) return i + 1;
    const country = places.trie.longestInTokens(next.norm, i + 2, tokens, s.tokenEnd);
    if (country === undefined || country.value.kind !== 'country') return i + 1;
    out.push({ type: 'ORGANIZATION', start: brand.start, end: tokens[country.end - 1]!.end, rule: 'brand-country', score: 1 });
    return country.end;
  });
  return out;
}
