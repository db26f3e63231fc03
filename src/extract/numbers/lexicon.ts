/**
 * The number lexicon, compiled once per normalization keyer: number words, scale words, fractions and
 * vague counts (with every proclitic form), qualifiers, range words, reference words and counted nouns.
 */
import { perKeyer } from '../../text/lexicon-key.js';
import numberWords from './data/number-words.json';
import scales from './data/scales.json';
import fractions from './data/fractions.json';
import vagueCounts from './data/vague-counts.json';
import qualifiers from './data/qualifiers.json';
import rangeWords from './data/range-words.json';
import referenceWords from './data/reference-words.json';
import countedNouns from './data/counted-nouns.json';
import { PhraseTrie, splitLikeTokens as phraseWords } from '../lexicon/phrase-trie.js';
import { procliticVariants } from './proclitics.js';

export type ScaleNumber = 'singular' | 'dual' | 'plural';

export type NumberAtom =
  | { kind: 'unit'; value: number; teenOnly?: boolean; teenMarker?: boolean }
  | { kind: 'ten'; value: number }
  | { kind: 'hundred'; value: number }
  | { kind: 'scale'; power: number; number: ScaleNumber }
  | { kind: 'fraction'; numerator: number; denominator: number; plural?: boolean }
  | { kind: 'vague' };

export interface WordEntry {
  atom: NumberAtom;
  /** Proclitic before the word ('' when none): only 'و' may join parts of one number. */
  prefix: string;
  prefixLength: number;
  /** Carries the article (الملايين): only inside vague phrases such as مئات الملايين. */
  definite: boolean;
}

export interface Qualifier {
  /** The qualifier as listed in the lexicon (أكثر من), kept in the value. */
  text: string;
  approximate: boolean;
}

export interface NumberLexicon {
  key: (s: string) => string;
  words: Map<string, WordEntry>;
  /** Every word an amount can start with (number words, qualifiers, range words): one lookup per token. */
  amountStarts: Set<string>;
  qualifiersBefore: PhraseTrie<Qualifier>;
  qualifiersAfter: PhraseTrie<Qualifier>;
  rangeIntros: PhraseTrie<true>;
  rangeConnectors: Set<string>;
  /** Connectors that make a range only after an intro (بين 2 و3), not alone (2 و3). */
  introOnlyConnectors: Set<string>;
  references: Set<string>;
  /** Counted noun phrases → the unit (lemma) recorded in a NUMBER value. */
  countedNouns: PhraseTrie<string>;
  conjunction: string;
}

function atomsOf(): Array<[string, NumberAtom]> {
  const out: Array<[string, NumberAtom]> = [];
  for (const w of numberWords) {
    const { form, ...atom } = w;
    out.push([form, atom as NumberAtom]);
  }
  for (const s of scales) out.push([s.form, { kind: 'scale', power: s.power, number: s.number as ScaleNumber }]);
  for (const f of fractions) out.push([f.form, { kind: 'fraction', numerator: f.numerator, denominator: f.denominator, plural: f.plural }]);
  for (const v of vagueCounts) out.push([v.form, { kind: 'vague' }]);
  return out;
}

function compileWords(key: (s: string) => string): Map<string, WordEntry> {
  const words = new Map<string, WordEntry>();
  const atoms = atomsOf().map(([form, atom]) => [key(form), atom] as const);
  // Bare forms first, so a prefixed form never shadows a word that merely starts with the same letter.
  for (const [form, atom] of atoms) words.set(form, { atom, prefix: '', prefixLength: 0, definite: false });
  for (const [form, atom] of atoms) {
    for (const v of procliticVariants(form)) {
      if (!words.has(v.surface)) words.set(v.surface, { atom, prefix: v.prefix, prefixLength: v.prefixLength, definite: false });
    }
    // Scales with the article close vague phrases (مئات الملايين) and fractions (مليون ونصف المليون).
    if (atom.kind === 'scale' && atom.number !== 'dual') {
      for (const v of procliticVariants('ال' + form, true)) {
        if (!words.has(v.surface)) words.set(v.surface, { atom, prefix: v.prefix, prefixLength: v.prefixLength, definite: true });
      }
    }
  }
  return words;
}

function phraseTrie<T>(key: (s: string) => string, entries: Array<[string, T]>, proclitics: boolean): PhraseTrie<T> {
  const trie = new PhraseTrie<T>();
  for (const [phrase, payload] of entries) {
    const words = phraseWords(phrase).map(key);
    trie.add(words, payload);
    if (proclitics) for (const v of procliticVariants(words[0]!)) trie.add([v.surface, ...words.slice(1)], payload);
  }
  return trie;
}

function compile(key: (s: string) => string): NumberLexicon {
  const qualifier = (q: (typeof qualifiers)[number]): [string, Qualifier] => [q.phrase, { text: q.phrase, approximate: q.approximate }];
  const words = compileWords(key);
  const qualifiersBefore = phraseTrie(key, qualifiers.filter((q) => !q.after).map(qualifier), true);
  const rangeIntros = phraseTrie(key, rangeWords.intro.map((w) => [w, true as const]), true);
  return {
    key,
    words,
    amountStarts: new Set([...words.keys(), ...qualifiersBefore.firstWords(), ...rangeIntros.firstWords()]),
    qualifiersBefore,
    qualifiersAfter: phraseTrie(key, qualifiers.filter((q) => q.after).map(qualifier), false),
    rangeIntros,
    rangeConnectors: new Set(rangeWords.connector.map(key)),
    introOnlyConnectors: new Set(rangeWords.connectorAfterIntroOnly.map(key)),
    references: new Set(referenceWords.map(key)),
    countedNouns: phraseTrie(key, countedNouns.flatMap((c) => c.forms.map((f) => [f, c.unit] as [string, string])), false),
    conjunction: key('و'),
  };
}

/** The number lexicon for a keyer (one per normalization option set), compiled on first use. */
export const numberLexicon: (key: (s: string) => string) => NumberLexicon = perKeyer(compile);
