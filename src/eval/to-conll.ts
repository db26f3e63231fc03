/**
 * Exports a document as token-per-line CoNLL with BIO tags, in the ANERcorp / CAMeL Tools layout:
 * `token TAG` separated by one space, tags O, B-/I- + PERS, ORG, LOC, MISC, a blank line between
 * sentences. Tokens and sentences are the document's own (clitics stay attached, as in ANERcorp), and
 * a token is tagged when a mention overlaps it, exactly as `eval` maps mentions to tokens; so `eval`
 * of an export, with the same extractors, reproduces the tags and scores 1.0.
 */
import type { ArabicDocument, MentionType } from '../schema.js';
import { CONLL_TYPE_OF, mentionTags } from './align.js';

export interface ToConllOptions {
  /** Spelling of the person type: 'PERS' (ANERcorp, default) or 'PER' (CoNLL-2003 and most others). */
  personTag?: 'PERS' | 'PER';
}

const WHITESPACE = /\s+/g;

/** The document as CoNLL text. Needs the document's tokens (analyze with `tokens: true`, the default). */
export function toConll(doc: ArabicDocument, options: ToConllOptions = {}): string {
  if (doc.tokens.length === 0 && doc.sentences.length > 0) {
    throw new TypeError('toConll: the document has no tokens; analyze with tokens: true (the default)');
  }
  const person = options.personTag ?? 'PERS';
  if (person !== 'PERS' && person !== 'PER') throw new TypeError(`toConll: personTag must be 'PERS' or 'PER', got '${String(person)}'`);
  const typeOf = (t: MentionType): string | undefined => (t === 'PERSON' ? person : CONLL_TYPE_OF[t]);
  const starts = doc.tokens.map((t) => t.start);
  const ends = doc.tokens.map((t) => t.end);
  const tags = mentionTags(doc.mentions, starts, ends, typeOf);
  const blocks: string[] = [];
  for (const s of doc.sentences) {
    const lines: string[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k]!;
      // a token holds no whitespace, but an original span may carry a character JavaScript counts as
      // such (U+FEFF); CoNLL columns cannot, so it is dropped
      const text = doc.text.slice(t.start, t.end).replace(WHITESPACE, '');
      if (text !== '') lines.push(`${text} ${tags[k]}`);
    }
    if (lines.length) blocks.push(lines.join('\n'));
  }
  return blocks.length ? blocks.join('\n\n') + '\n' : '';
}
