import type { ArabicDocument, Diagnostic, Language, Mention, Sentence, Token } from '../schema.js';
import type { Proposed } from './overlaps.js';

export interface FinishInput {
  text: string;
  id: string | undefined;
  language: Language;
  sentences: Sentence[];
  tokens: Token[];
  kept: Proposed[];
  diagnostics: Diagnostic[];
  key: (s: string) => string;
}

/** Turns the kept candidates into mentions (ids, exact text, normalized form) and assembles the document. */
export function finishDocument(input: FinishInput): ArabicDocument {
  const mentions: Mention[] = input.kept.map((c, i) => {
    const text = input.text.slice(c.start, c.end);
    const mention: Mention = { id: `m${i + 1}`, type: c.type, start: c.start, end: c.end, text, norm: input.key(text), rule: `${c.extractor}/${c.rule}` };
    if (c.value !== undefined) mention.value = c.value;
    return mention;
  });
  const doc: ArabicDocument = {
    text: input.text,
    language: input.language,
    sentences: input.sentences,
    tokens: input.tokens,
    mentions,
    entities: [],
    relations: [],
    diagnostics: input.diagnostics,
  };
  return input.id === undefined ? doc : { id: input.id, ...doc };
}
