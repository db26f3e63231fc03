/**
 * Evaluation against token-per-line CoNLL gold: each sentence's tokens are joined by single spaces
 * and analyzed, mentions become token tags, and chunks are scored with conlleval conventions.
 * Pure library code (no Node APIs): the CLI reads the file.
 */
import * as z from '../zod.js';
import type { AnalyzeOptions } from '../analyze-options.js';
import { parseOptions } from '../options-error.js';
import { alignSentence, alignSentences } from './align.js';
import type { Diagnostic } from '../schema.js';
import { ConllReader, linesOf, type ConllIssue, type ConllSentence } from './conll.js';
import { Scorer, type Scores } from './score.js';

export { alignSentence, alignSentences, joinTokens, mentionTags, CONLL_TYPE_OF, type AlignedSentence, type JoinedTokens } from './align.js';
export { ConllReader, linesOf, parseConll, readConll } from './conll.js';
export { CONLL_TYPES, canonicalTag, parseTag } from './tags.js';
export type { ConllIssue, ConllSentence, ParsedConll } from './conll.js';
export type { ConllType, ParsedTag } from './tags.js';
export { chunks, metrics, overlapMetrics, ratio, scoreSentences, Scorer, MICRO_TYPES } from './score.js';
export type { Chunk, Counts, ErrorBreakdown, Metrics, OverlapCounts, OverlapMetrics, Scores, SurfaceCount } from './score.js';
export { toConll, type ToConllOptions } from './to-conll.js';
export { formatReport } from './report.js';

export const EvalOptionsSchema = z
  .object({
    /**
     * Passed to analyze() for every sentence. `language` defaults to 'ar' here: a CoNLL file is
     * Arabic by construction, and document language id on one short sentence is not meaningful.
     */
    analyze: z.custom<AnalyzeOptions>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), { message: 'analyze options must be an object' }).optional(),
    /** Only the first `limit` sentences. */
    limit: z.number().int().min(0).optional(),
    /** How many of the most frequent misses and false positives to list. */
    top: z.number().int().min(0).default(20),
    /**
     * How many consecutive sentences are analyzed together (1: each alone), or 'document': every
     * sentence of a `-DOCSTART-` document at once. A window never spans two documents. Corpora that keep
     * an article's sentences in order let a name found in full help its later, shorter mentions.
     */
    window: z.union([z.number().int().min(1), z.literal('document')]).default(1),
  })
  .strict();

export type EvalOptions = z.input<typeof EvalOptionsSchema>;

/** Issues kept in the report (the count is always exact). */
const MAX_ISSUES = 50;

export interface EvalReport extends Scores {
  /** Lines read from the input (up to where a `limit` stopped reading). */
  lines: number;
  /** Malformed input lines, each left out of its sentence: the first 50. */
  issues: ConllIssue[];
  issueCount: number;
  /** analyze() diagnostics of severity error or warning, counted by code (an extractor that threw, say). */
  analyzerDiagnostics: Record<string, number>;
}

/**
 * Incremental evaluation, one line or one sentence at a time (constant memory apart from the tallies
 * of surface forms): `addLine` for streamed input, `finish` for the report. After `limit` sentences,
 * `done` turns true and further input is ignored.
 */
export class ConllEvaluator {
  private readonly reader = new ConllReader();
  private readonly scorer = new Scorer();
  private readonly analyzeOptions: AnalyzeOptions;
  private readonly limit: number;
  private readonly top: number;
  private readonly window: number;
  private readonly diagnostics = new Map<string, number>();
  /** Sentences accepted so far (scored, or waiting in the window). */
  private accepted = 0;
  private finished = false;
  /** Sentences waiting to be analyzed together, and the document they belong to. */
  private pending: Pick<ConllSentence, 'tokens' | 'tags'>[] = [];
  private pendingDocument = 0;

  constructor(options?: EvalOptions) {
    const opts = parseOptions(EvalOptionsSchema, options ?? {}, 'evaluateConll');
    this.analyzeOptions = { language: 'ar', ...opts.analyze };
    this.limit = opts.limit ?? Infinity;
    this.top = opts.top;
    this.window = opts.window === 'document' ? Infinity : opts.window;
  }

  /** True once `limit` sentences have been taken. */
  get done(): boolean {
    return this.accepted >= this.limit;
  }

  addLine(line: string): void {
    if (this.done || this.finished) return;
    const document = this.reader.documents; // a sentence a line ends was read before that line
    const sentence = this.reader.line(line);
    if (sentence) this.addSentence(sentence, document);
  }

  /**
   * Scores one sentence of gold tokens and (canonical) tags; with a window, once the window is full or
   * `document` (the index of its `-DOCSTART-` document) changes.
   */
  addSentence(sentence: Pick<ConllSentence, 'tokens' | 'tags'>, document = 0): void {
    if (this.done) return;
    this.accepted++;
    if (this.window === 1) {
      const aligned = alignSentence(sentence.tokens, this.analyzeOptions);
      this.count(aligned.diagnostics);
      this.scorer.add(sentence.tokens, sentence.tags, aligned.tags);
      return;
    }
    if (document !== this.pendingDocument) this.flush();
    this.pendingDocument = document;
    this.pending.push(sentence);
    if (this.pending.length >= this.window) this.flush();
  }

  /** Analyzes the sentences waiting in the window together and scores each. */
  private flush(): void {
    if (this.pending.length === 0) return;
    const aligned = alignSentences(this.pending.map((s) => s.tokens), this.analyzeOptions);
    this.count(aligned.diagnostics);
    this.pending.forEach((s, k) => this.scorer.add(s.tokens, s.tags, aligned.tags[k]!));
    this.pending = [];
  }

  private count(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      if (d.severity === 'info') continue;
      this.diagnostics.set(d.code, (this.diagnostics.get(d.code) ?? 0) + 1);
    }
  }

  finish(): EvalReport {
    if (!this.finished) {
      this.finished = true;
      if (!this.done) {
        const document = this.reader.documents;
        const last = this.reader.end();
        if (last) this.addSentence(last, document);
      }
      this.flush();
    }
    const issues = this.reader.issues;
    return {
      ...this.scorer.result(this.top),
      lines: this.reader.lines,
      issues: issues.slice(0, MAX_ISSUES),
      issueCount: issues.length,
      analyzerDiagnostics: Object.fromEntries([...this.diagnostics].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    };
  }
}

/** Evaluates analyze() against a CoNLL string (see `ConllEvaluator` for streaming). */
export function evaluateConll(source: string, options?: EvalOptions): EvalReport {
  if (typeof source !== 'string') throw new TypeError(`evaluateConll: source must be a string, got ${source === null ? 'null' : typeof source}`);
  const evaluator = new ConllEvaluator(options);
  for (const line of linesOf(source)) {
    evaluator.addLine(line);
    if (evaluator.done) break;
  }
  return evaluator.finish();
}
