import type { ArabicDocument, Diagnostic, Language, Mention, Sentence, Token } from '../schema.js';
import { evidenceIn } from './relations/context.js';
import { resolveCoreference } from './coreference.js';
import type { Proposed } from './overlaps.js';
import { findRelations } from './relations/index.js';

export interface FinishInput {
  text: string;
  id: string | undefined;
  language: Language;
  sentences: Sentence[];
  /** All tokens: coreference and relations read them even when the output leaves them out. */
  tokens: Token[];
  /** Put the tokens in the document (the `tokens` option). */
  keepTokens: boolean;
  kept: Proposed[];
  diagnostics: Diagnostic[];
  key: (s: string) => string;
  /** What the document reports: the reading with the caller's normalize options (the same as above by default). */
  reported: Reported;
}

/** The sentences, tokens and mention key of the reading the document reports. */
export interface Reported {
  sentences: Sentence[];
  tokens: Token[];
  key: (s: string) => string;
}

/** A mention with its keys in the schema's order, so the JSON reads the same after a fromJSON round trip. */
function inSchemaOrder(m: Mention): Mention {
  return {
    id: m.id, type: m.type, start: m.start, end: m.end, text: m.text, norm: m.norm,
    ...(m.value !== undefined && { value: m.value }),
    ...(m.entity !== undefined && { entity: m.entity }),
    rule: m.rule,
  };
}

/**
 * Turns the kept candidates into mentions (ids, exact text, normalized form), groups the named ones
 * into entities (coreference), finds the relations between them, and assembles the document.
 */
export function finishDocument(input: FinishInput): ArabicDocument {
  const mentions: Mention[] = input.kept.map((c, i) => {
    const text = input.text.slice(c.start, c.end);
    const mention: Mention = { id: `m${i + 1}`, type: c.type, start: c.start, end: c.end, text, norm: input.reported.key(text), rule: `${c.extractor}/${c.rule}` };
    if (c.value !== undefined) mention.value = c.value;
    return mention;
  });
  const { entities, diagnostics } = resolveCoreference({ text: input.text, mentions, tokens: input.tokens, sentences: input.sentences, key: input.key });
  const relations = findRelations({ text: input.text, tokens: input.tokens, sentences: input.sentences, mentions, entities, key: input.key });
  const { reported } = input;
  // Evidence points into the reported tokens and sentences (another reading may cut the text otherwise).
  if (reported.tokens !== input.tokens) for (const r of relations) r.evidence = evidenceIn(reported.tokens, input.text, r.evidence.start, r.evidence.end);
  const doc: ArabicDocument = {
    text: input.text,
    language: input.language,
    sentences: reported.sentences,
    tokens: input.keepTokens ? reported.tokens : [],
    mentions: mentions.map(inSchemaOrder),
    entities,
    relations,
    diagnostics: [...input.diagnostics, ...diagnostics],
  };
  return input.id === undefined ? doc : { id: input.id, ...doc };
}
