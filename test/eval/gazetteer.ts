/**
 * A fake extractor for the eval tests: an exact-match gazetteer over the token stream, so the tests do
 * not depend on the real NER extractors. Clitic-aware on the first word only: «بوزارة الخارجية» is
 * found as «وزارة الخارجية», its span starting after the proclitic.
 */
import type { Candidate, ExtractContext, Extractor, MentionType, Token } from '../../src/index.js';

export type Entry = readonly [text: string, type: MentionType];

/** The normalized form of a token without its proclitics (article kept), when it has any. */
function withoutProclitics(t: Token): string | undefined {
  const c = t.clitics;
  if (!c || c.prefixes.length === 0) return undefined;
  return (c.article ? 'ال' : '') + c.stem + (c.suffix ?? '');
}

export function gazetteer(entries: readonly Entry[], name = 'test-gazetteer'): Extractor {
  const types = [...new Set(entries.map(([, type]) => type))];
  return {
    name,
    types,
    extract(ctx: ExtractContext): Candidate[] {
      const keyed = entries
        .map(([text, type]) => ({ words: ctx.key(text).split(/\s+/), type }))
        .sort((a, b) => b.words.length - a.words.length);
      const out: Candidate[] = [];
      for (const s of ctx.sentences) {
        if (s.skip) continue;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const first = ctx.tokens[i]!;
          for (const { words, type } of keyed) {
            if (i + words.length > s.tokenEnd) continue;
            let start: number;
            if (first.norm === words[0]) start = first.start;
            else if (withoutProclitics(first) === words[0]) start = first.clitics!.baseStart;
            else continue;
            let ok = true;
            for (let w = 1; w < words.length && ok; w++) ok = ctx.tokens[i + w]!.norm === words[w];
            if (!ok) continue;
            out.push({ type, start, end: ctx.tokens[i + words.length - 1]!.end, rule: 'entry' });
            break;
          }
        }
      }
      return out;
    },
  };
}
