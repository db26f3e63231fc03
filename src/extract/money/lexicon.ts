/**
 * The money lexicon, compiled once per normalization keyer: currency words (bare and with the article),
 * symbols and codes, nationality adjectives per currency family, country cues and club names that
 * look like currencies.
 */
import { perKeyer } from '../../text/lexicon-key.js';
import currencies from './data/currencies.json';
import families from './data/currency-families.json';
import adjectives from './data/currency-adjectives.json';
import symbols from './data/currency-symbols.json';
import notCurrency from './data/not-currency.json';
import countryCues from './data/country-cues.json';
import elisionCues from './data/elision-cues.json';
import elisionFollowers from './data/elision-followers.json';
import { parseDec, type Dec } from '../numbers/decimal.js';
import { PhraseTrie, splitLikeTokens as phraseWords } from '../lexicon/phrase-trie.js';
import { numberLexicon } from '../numbers/lexicon.js';
import { procliticVariants } from '../numbers/proclitics.js';

export interface CurrencyForm {
  family: string;
  /** With the article (الدولارات): only after a vague count or من (ملايين الدولارات). */
  definite: boolean;
}

export interface Family {
  name: string;
  default: string | null;
  /** Several currencies share the word: the document decides before the default does. */
  ambiguous: boolean;
  /** Value of one unit in the default currency (a cent is 0.01 dollar), null for 1. */
  unit: Dec | null;
}

export interface CurrencyCode {
  code: string;
  country: string;
}

export interface SymbolEntry {
  family: string | null;
  code: string | null;
}

export interface MoneyLexicon {
  /** Every word money can start with: amount starts, symbols and codes, comparison words. */
  startWords: Set<string>;
  forms: Map<string, CurrencyForm>;
  /** Currency words as topics, with article and proclitics (بالدينار), for reading what a document states. */
  topicForms: Map<string, string>;
  families: Map<string, Family>;
  symbols: PhraseTrie<SymbolEntry>;
  /** Per family: adjective phrases (مصري, إسترليني, هونج كونج) → ISO code and country. */
  adjectives: Map<string, PhraseTrie<CurrencyCode>>;
  /** ISO code → the family whose word it qualifies (SAR → riyal), for codes stated by symbols (ر.س). */
  familyOfCode: Map<string, string>;
  /** Per family: country → ISO code, for reading the document's country context. */
  codesByCountry: Map<string, Map<string, string>>;
  /** Place names and nationality words (with proclitics and article) → ISO 3166 country. */
  cues: PhraseTrie<string>;
  notCurrency: PhraseTrie<true>;
  /** Comparison words after which an amount takes the currency stated before it (مقارنة بـ4.5 مليار). */
  elisionCues: PhraseTrie<true>;
  /** Words that may follow a bare scaled amount that takes an earlier currency (… و2.5 مليار في 2021). */
  elisionFollowers: Set<string>;
  from: string;
}

const ADJECTIVE_ENDINGS = ['', 'ة', 'ا', 'ان', 'ين', 'تان', 'تين', 'ات'];

/** Gender, number and case forms of a nationality adjective, bare and with the article. */
function adjectiveForms(words: string[], fixed: boolean): string[][] {
  const head = words.slice(0, -1);
  const last = words[words.length - 1]!;
  const lasts = fixed ? [last] : ADJECTIVE_ENDINGS.map((e) => last + e);
  const out: string[][] = [];
  for (const l of lasts) {
    out.push([...head, l]);
    if (head.length === 0) out.push(['ال' + l]);
  }
  return out;
}

function compile(key: (s: string) => string): MoneyLexicon {
  const forms = new Map<string, CurrencyForm>();
  for (const c of currencies) forms.set(key(c.form), { family: c.family, definite: false });
  for (const c of currencies) {
    const definite = key('ال' + c.form);
    if (!forms.has(definite)) forms.set(definite, { family: c.family, definite: true });
  }
  const topicForms = new Map<string, string>();
  for (const c of currencies) {
    for (const v of procliticVariants(key('ال' + c.form), true)) if (!topicForms.has(v.surface)) topicForms.set(v.surface, c.family);
    if (!topicForms.has(key(c.form))) topicForms.set(key(c.form), c.family);
  }
  const fams = new Map<string, Family>();
  for (const f of families) fams.set(f.family, { name: f.family, default: f.default, ambiguous: f.ambiguous, unit: f.unit ? parseDec(f.unit) : null });
  const symbolTrie = new PhraseTrie<SymbolEntry>();
  for (const s of symbols) symbolTrie.add(phraseWords(s.symbol).map(key), { family: s.family ?? null, code: s.code ?? null });
  const adjectiveTries = new Map<string, PhraseTrie<CurrencyCode>>();
  const codesByCountry = new Map<string, Map<string, string>>();
  const familyOfCode = new Map<string, string>();
  const cues = new PhraseTrie<string>();
  const addCue = (words: string[], country: string): void => {
    cues.add(words, country);
    const first = words[0]!;
    for (const v of procliticVariants(first, first.startsWith('ال'))) cues.add([v.surface, ...words.slice(1)], country);
  };
  for (const a of adjectives) {
    let trie = adjectiveTries.get(a.family);
    if (!trie) adjectiveTries.set(a.family, (trie = new PhraseTrie()));
    let byCountry = codesByCountry.get(a.family);
    if (!byCountry) codesByCountry.set(a.family, (byCountry = new Map()));
    if (!byCountry.has(a.country)) byCountry.set(a.country, a.code);
    if (!familyOfCode.has(a.code)) familyOfCode.set(a.code, a.family);
    for (const words of adjectiveForms(phraseWords(a.adjective).map(key), a.fixed === true)) {
      const keyed = words.map(key);
      trie.add(keyed, { code: a.code, country: a.country });
      if (keyed.length === 1 || !a.fixed) addCue(keyed, a.country);
    }
  }
  for (const c of countryCues) addCue(phraseWords(c.cue).map(key), c.country);
  const clubs = new PhraseTrie<true>();
  for (const phrase of notCurrency) clubs.add(phraseWords(phrase).map(key), true);
  const elision = new PhraseTrie<true>();
  for (const phrase of elisionCues) elision.add(phraseWords(phrase).map(key), true);
  const startWords = new Set([...numberLexicon(key).amountStarts, ...symbolTrie.firstWords(), ...elision.firstWords()]);
  return { startWords, elisionCues: elision, elisionFollowers: new Set(elisionFollowers.map(key)), forms, topicForms, families: fams, symbols: symbolTrie, adjectives: adjectiveTries, familyOfCode, codesByCountry, cues, notCurrency: clubs, from: key('من') };
}

export const moneyLexicon: (key: (s: string) => string) => MoneyLexicon = perKeyer(compile);
