import * as z from './zod.js';
import type { Extractor } from './extract/types.js';
import { NormalizeOptionsSchema } from './text/options.js';

/** Whether a value has the shape of an extractor (the schema below, and analyze's fast path, use it). */
export function isExtractor(x: unknown): x is Extractor {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Extractor).name === 'string' &&
    Array.isArray((x as Extractor).types) &&
    typeof (x as Extractor).extract === 'function'
  );
}

const ExtractorSchema = z.custom<Extractor>(isExtractor, {
  message: 'an extractor is an object { name: string, types: MentionType[], extract(context) }',
});

export const AnalyzeOptionsSchema = z
  .object({
    /** Document id, copied to the output. */
    id: z.string().optional(),
    /** Normalization folds (all on but hamzaCarriers by default). */
    normalize: NormalizeOptionsSchema.default(NormalizeOptionsSchema.parse({})),
    /** Replaces the built-in extractors (pass [] to only normalize and segment). */
    extractors: z.array(ExtractorSchema).optional(),
    /** Runs after the built-in (or given) extractors: a user's gazetteer, say. */
    plugins: z.array(ExtractorSchema).default([]),
    /** 'auto': a Persian, Urdu or other non-Arabic document is reported, not extracted. 'ar': always extract. */
    language: z.enum(['auto', 'ar']).default('auto'),
    /** Include the token list in the document (pipelines may drop it to save space). */
    tokens: z.boolean().default(true),
  })
  .strict();

export type AnalyzeOptions = z.input<typeof AnalyzeOptionsSchema>;
export type ResolvedAnalyzeOptions = z.output<typeof AnalyzeOptionsSchema>;
