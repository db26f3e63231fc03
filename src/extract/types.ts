import type { Diagnostic, Language, MentionType, Sentence, Token, Value } from '../schema.js';
import type { Normalized } from '../text/normalize.js';
import type { ResolvedNormalizeOptions } from '../text/options.js';

/** A mention proposed by an extractor, in ORIGINAL offsets; the overlap stage decides what stays. */
export interface Candidate {
  type: MentionType;
  start: number;
  end: number;
  value?: Value;
  /** Rule id within the extractor; the mention's `rule` becomes `<extractor>/<rule>`. */
  rule: string;
  /** Breaks ties between overlapping candidates of equal length (higher wins). Default 0. */
  score?: number;
}

/** What every extractor sees: the shared, already normalized and segmented document. */
export interface ExtractContext {
  /** The original text. */
  readonly text: string;
  /** The normalized text and its offset map (the default fold, whatever the caller's normalize options). */
  readonly normalized: Normalized;
  /** The options `normalized` was made with: analyze passes the defaults. */
  readonly normalizeOptions: ResolvedNormalizeOptions;
  /** Normalizes a lexicon entry the way the document was normalized (cached). */
  key(entry: string): string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /**
   * Each token's interned word index, valid for the word table's current generation (set by analyze;
   * absent in contexts built by hand, where the start passes look every token up).
   */
  readonly wordIds?: Int32Array;
  readonly language: Language;
  /** Candidates of the extractors that ran before this one, for extractors that build on others. */
  readonly previous: readonly Candidate[];
  /** Reports what could not be resolved; the extractor's name is added as `source`. */
  diagnose(diagnostic: Omit<Diagnostic, 'source'>): void;
}

/**
 * An extractor: a plain object with a name, the mention types it emits, and a function from the
 * shared context to candidate mentions. Users pass their own through `analyze(text, { plugins })`.
 */
export interface Extractor {
  readonly name: string;
  readonly types: readonly MentionType[];
  extract(context: ExtractContext): Candidate[];
}

/** The sentences extractors should read: those not flagged `skip`. */
export function activeSentences(context: ExtractContext): Sentence[] {
  return context.sentences.filter((s) => !s.skip);
}
