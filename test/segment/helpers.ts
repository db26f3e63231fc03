/** Segments a text the way analyze() does, without running any extractor (not a test file itself). */
import { segment, type Segmented } from '../../src/segment/segment.js';
import { stemLexicon } from '../../src/segment/stems.js';
import { lexiconKeyer } from '../../src/text/lexicon-key.js';
import { normalize } from '../../src/text/normalize.js';
import { NormalizeOptionsSchema, type NormalizeOptions } from '../../src/text/options.js';

export function segmentText(text: string, options: NormalizeOptions = {}): Segmented {
  const resolved = NormalizeOptionsSchema.parse(options);
  return segment(normalize(text, resolved), text, stemLexicon(lexiconKeyer(resolved)));
}

/** The original slices of the tokens. */
export function tokenTexts(text: string, options?: NormalizeOptions): string[] {
  return segmentText(text, options).tokens.map((t) => text.slice(t.start, t.end));
}

/** The original slices of the sentences. */
export function sentenceTexts(text: string): string[] {
  return segmentText(text).sentences.map((s) => text.slice(s.start, s.end));
}
