import type { Diagnostic, Entity, Mention, Sentence, Token } from '../schema.js';
import { firstEndingAfter } from '../segment/spans.js';
import { findBracketAcronyms, mergeAcronyms } from './coref/acronyms.js';
import { buildEntities } from './coref/entities.js';
import { mergeGlosses } from './coref/glosses.js';
import { mergeByIdentity } from './coref/identity-keys.js';
import { mergeShortForms } from './coref/short-forms.js';
import type { CorefState } from './coref/state.js';
import { isEntityType } from './mention-kinds.js';
import { mentionWords } from './mention-words.js';
import { UnionFind } from './union-find.js';

export interface CoreferenceInput {
  text: string;
  /** The document's mentions in text order; `entity` is set on the named ones. */
  mentions: Mention[];
  /** All tokens of the document (also when the output leaves them out). */
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  key: (s: string) => string;
}

export interface CoreferenceResult {
  entities: Entity[];
  diagnostics: Diagnostic[];
}

/** Index of the sentence that holds an offset (sentences are sorted and disjoint); -1 if none. */
function sentenceOf(sentences: readonly Sentence[], offset: number): number {
  const s = sentences[firstEndingAfter(sentences, offset)];
  return s && s.start <= offset ? s.id : -1;
}

/**
 * Coreference inside one document: named mentions (people, organizations, places, other names) that
 * refer to the same thing become one entity. In order: same normalized phrase, country code, listed
 * organization or ministry portfolio (identity keys); a name and its Latin gloss; acronyms in brackets; then short forms that only
 * the rest of the document disambiguates (partial names, a ministry without its country). Values
 * (money, percentages, numbers, dates) are not entities.
 */
export function resolveCoreference(input: CoreferenceInput): CoreferenceResult {
  const named = input.mentions.filter((m) => isEntityType(m.type));
  const state: CorefState = {
    items: named.map((mention) => {
      const words = mentionWords(mention, input.tokens);
      return { mention, words, phrase: words.join(' '), sentence: sentenceOf(input.sentences, mention.start), known: undefined };
    }),
    sets: new UnionFind(named.length),
    text: input.text,
    tokens: input.tokens,
    sentences: input.sentences,
    key: input.key,
    acronyms: new Map(),
    diagnostics: [],
  };
  mergeByIdentity(state);
  mergeGlosses(state);
  findBracketAcronyms(state);
  mergeAcronyms(state);
  mergeShortForms(state);
  return { entities: buildEntities(state), diagnostics: state.diagnostics };
}
