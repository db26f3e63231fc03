/**
 * Resolves a currency family to an ISO 4217 code. A code stated in the text (adjective, code, symbol)
 * wins. A word shared by several currencies (ريال, دينار, درهم, جنيه, ليرة) takes, in order:
 *   1. the one reading the document qualifies elsewhere (الجنيه المصري … 5 ملايين جنيه → EGP);
 *   2. the country the document talks about most among that currency's countries (ريال in a text
 *      about السعودية → SAR);
 *   3. the family's documented default, where one reading dominates news usage (جنيه → EGP);
 *   otherwise null, and the caller reports it. Words with one dominant reading (دولار, يورو) take
 *   their default directly.
 */
import type { Sentence } from '../../schema.js';
import type { DocView } from '../numbers/token-view.js';
import type { MoneyLexicon } from './lexicon.js';

export interface DocumentCurrencies {
  /** Family → codes the document states explicitly for it. */
  qualified: Map<string, Set<string>>;
  /** Country → how often the document names it (places and nationality words). */
  countries: Map<string, number>;
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** One pass over the document: qualified currency mentions (الريال السعودي) and country cues. */
export function scanDocument(view: DocView, money: MoneyLexicon, sentences: readonly Sentence[]): DocumentCurrencies {
  const qualified = new Map<string, Set<string>>();
  const countries = new Map<string, number>();
  const { tokens } = view;
  for (const s of sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const norm = tokens[k]!.norm;
      const family = money.topicForms.get(norm);
      if (family) {
        const adjective = money.adjectives.get(family)?.match(tokens, k + 1, s.tokenEnd);
        if (adjective) add(qualified, family, adjective.payload.code);
      }
      if (money.cues.startsWith(norm)) {
        const cue = money.cues.match(tokens, k, s.tokenEnd);
        if (cue) countries.set(cue.payload, (countries.get(cue.payload) ?? 0) + 1);
      }
    }
  }
  return { qualified, countries };
}

export type CurrencyReading = { code: string; how: 'stated' | 'document' | 'country' | 'default' } | { code: null; why: string };

export function resolveCurrency(
  family: string | null,
  stated: string | null,
  money: MoneyLexicon,
  documentInfo: () => DocumentCurrencies,
): CurrencyReading {
  if (stated) return { code: stated, how: 'stated' };
  const fam = family ? money.families.get(family) : undefined;
  if (!fam) return { code: null, why: 'unknown currency' };
  if (!fam.ambiguous) return fam.default ? { code: fam.default, how: 'default' } : { code: null, why: `no default for ${fam.name}` };
  const doc = documentInfo();
  const qualified = doc.qualified.get(fam.name);
  if (qualified && qualified.size === 1) return { code: [...qualified][0]!, how: 'document' };
  if (qualified && qualified.size > 1) return { code: null, why: `the document names several ${fam.name} currencies (${[...qualified].join(', ')})` };
  const byCountry = money.codesByCountry.get(fam.name);
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [country, code] of byCountry ?? []) {
    const n = doc.countries.get(country) ?? 0;
    if (n > bestCount) [best, bestCount, tie] = [code, n, false];
    else if (n === bestCount && n > 0 && code !== best) tie = true;
  }
  if (best && !tie) return { code: best, how: 'country' };
  if (fam.default) return { code: fam.default, how: 'default' };
  return { code: null, why: `${fam.name} is used by several countries and the document does not say which` };
}
