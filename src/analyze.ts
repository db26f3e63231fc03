import { AnalyzeOptionsSchema, isExtractor, type AnalyzeOptions, type ResolvedAnalyzeOptions } from './analyze-options.js';
import { defaultExtractors } from './extract/defaults.js';
import { clearTokenForms } from './extract/lexicon/token-forms.js';
import type { Candidate, ExtractContext, Extractor } from './extract/types.js';
import { parseOptions } from './options-error.js';
import { resolveOverlaps, type Proposed } from './resolve/overlaps.js';
import { finishDocument, type Reported } from './resolve/finish.js';
import type { ArabicDocument, Diagnostic, Language } from './schema.js';
import { segment, skippedSpanTest } from './segment/segment.js';
import { stemLexicon } from './segment/stems.js';
import { detectLanguage } from './text/language.js';
import { lexiconKeyer } from './text/lexicon-key.js';
import { normalize } from './text/normalize.js';
import type { ResolvedNormalizeOptions } from './text/options.js';

const DEFAULTS: ResolvedAnalyzeOptions = AnalyzeOptionsSchema.parse({});

/**
 * The common option sets (id, tokens, language, extractors, plugins with valid values) resolved
 * without a schema pass: analyze runs once per document, and a zod parse costs as much as segmenting a
 * short text. Anything else (normalize options, a wrong value, an unknown key) goes through the
 * schema, which names what is wrong.
 */
const QUICK_KEYS = new Set(['id', 'tokens', 'language', 'extractors', 'plugins', 'normalize']);

function resolveQuickly(options: AnalyzeOptions): ResolvedAnalyzeOptions | undefined {
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return undefined;
  const resolved: ResolvedAnalyzeOptions = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined && QUICK_KEYS.has(key)) continue;
    if (key === 'id' && typeof value === 'string') resolved.id = value;
    else if (key === 'tokens' && typeof value === 'boolean') resolved.tokens = value;
    else if (key === 'language' && (value === 'auto' || value === 'ar')) resolved.language = value;
    else if ((key === 'extractors' || key === 'plugins') && Array.isArray(value) && value.every(isExtractor)) resolved[key] = value;
    else return undefined;
  }
  return resolved;
}

function resolveOptions(options: AnalyzeOptions | undefined): ResolvedAnalyzeOptions {
  if (options === undefined) return DEFAULTS;
  return resolveQuickly(options) ?? parseOptions(AnalyzeOptionsSchema, options, 'analyze');
}

/** Are these normalize options other than the defaults (then the document reports its own reading)? */
function ownOptions(options: ResolvedNormalizeOptions): boolean {
  if (options === DEFAULTS.normalize) return false;
  for (const k of Object.keys(DEFAULTS.normalize) as Array<keyof ResolvedNormalizeOptions>) if (options[k] !== DEFAULTS.normalize[k]) return true;
  return false;
}

/** The sentences, tokens and key of the text normalized with the caller's options: what the document reports. */
function reportedReading(text: string, options: ResolvedNormalizeOptions): Reported {
  const key = lexiconKeyer(options);
  const { sentences, tokens } = segment(normalize(text, options), text, stemLexicon(key));
  return { sentences, tokens, key };
}

/** Undetermined documents (short, mixed) are read as Arabic: their sentences in other scripts are skipped anyway. */
function isArabic(language: Language): boolean {
  return language.code === 'arb' || language.code === 'und';
}

/**
 * Analyzes Arabic text: normalize (with an offset map), detect the language, segment into sentences
 * and clitic-aware tokens, run the extractors over the shared token stream, settle overlaps in one
 * deterministic stage, and build the document.
 */
export function analyze(text: string, options?: AnalyzeOptions): ArabicDocument {
  if (typeof text !== 'string') throw new TypeError(`analyze: text must be a string, got ${text === null ? 'null' : typeof text}`);
  const opts = resolveOptions(options);
  clearTokenForms(text.length); // a per-document cache: the previous document's token forms go
  const diagnostics: Diagnostic[] = [];
  // The extractors read the default fold whatever the options: their rules and lexicons are written for
  // it, and a text spells one name several ways (إسرائيل, اسرائيل). The options shape what the document
  // reports (tokens, sentences, mention forms); when they are the defaults the two readings are one.
  const own = ownOptions(opts.normalize);
  const normalized = normalize(text, own ? DEFAULTS.normalize : opts.normalize);
  const key = lexiconKeyer(own ? DEFAULTS.normalize : opts.normalize);
  let language = detectLanguage(text);
  if (opts.language === 'ar') language = { ...language, code: 'arb', method: 'forced' };
  const { sentences, tokens, wordIds } = segment(normalized, text, stemLexicon(key));
  const reported = own ? reportedReading(text, opts.normalize) : { sentences, tokens, key };
  if (!isArabic(language)) {
    diagnostics.push({
      code: 'language.not-arabic',
      severity: 'warning',
      message: `The document reads as '${language.code}', not Arabic; extractors were not run (pass language: 'ar' to force them).`,
      source: 'language',
    });
    for (const s of sentences) s.skip = true;
    for (const s of reported.sentences) s.skip = true;
  }

  const extractors: readonly Extractor[] = [...(opts.extractors ?? defaultExtractors()), ...opts.plugins];
  const proposed: Proposed[] = [];
  const previous: Candidate[] = [];
  const inSkipped = skippedSpanTest(sentences);
  extractors.forEach((extractor, order) => {
    if (!isArabic(language)) return;
    const context: ExtractContext = {
      text, normalized, normalizeOptions: DEFAULTS.normalize, key, sentences, tokens, wordIds, language, previous,
      diagnose: (d) => diagnostics.push({ ...d, source: extractor.name }),
    };
    let found: Candidate[];
    try {
      found = extractor.extract(context);
    } catch (error) {
      diagnostics.push({
        code: 'extractor.failed',
        severity: 'error',
        message: `Extractor '${extractor.name}' threw: ${error instanceof Error ? error.message : String(error)}`,
        source: extractor.name,
      });
      return;
    }
    for (const c of found) {
      if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end > text.length || c.start >= c.end) {
        diagnostics.push({ code: 'candidate.bad-span', severity: 'error', message: `Extractor '${extractor.name}' proposed an invalid span [${c.start}, ${c.end}) for ${c.type}; it was ignored.`, source: extractor.name });
        continue;
      }
      if (inSkipped(c.start, c.end)) continue;
      previous.push(c);
      // One shape for every candidate (value and score present even when undefined): the overlap stage
      // compares thousands of them.
      proposed.push({ type: c.type, start: c.start, end: c.end, rule: c.rule, value: c.value, score: c.score, extractor: extractor.name, order });
    }
  });

  const kept = resolveOverlaps(proposed);
  return finishDocument({ text, id: opts.id, language, sentences, tokens, keepTokens: opts.tokens, kept, diagnostics, key, reported });
}
