import { tokenForms } from '../../extract/lexicon/token-forms.js';
import { opensTitle } from '../../extract/person/context.js';
import { personLexicon, type TitleKind } from '../../extract/person/lexicon.js';
import type { RelationContext } from './context.js';

/** A title found in the token stream: tokens `[first, end)`, original `[start, stop)`. */
export interface TitleMatch {
  first: number;
  end: number;
  start: number;
  stop: number;
  kind: TitleKind;
  /** Normalized words of the title. */
  words: string[];
}

/**
 * The longest title of the person lexicon that starts at token `from` and ends before token `limit`
 * (the next mention, so a title never swallows the organization after it: «رئيس اللجنة الوطنية …»
 * reads as the title رئيس before the organization اللجنة الوطنية …). The first word may carry a
 * proclitic (بجهود السفيرة, للسفيرة) unless `proclitics` is false: after a name, «و» + title opens
 * another person (محمد ووزير الخارجية).
 */
export function titleAt(ctx: RelationContext, from: number, limit: number, proclitics = true): TitleMatch | undefined {
  const people = personLexicon(ctx.key);
  const titles = people.titles;
  const first = ctx.tokens[from];
  if (!first || first.kind !== 'word' || from >= limit) return undefined;
  // Most words open no title: one memo read per word settles them (titleEndingAt tries five starts per person).
  if (!opensTitle(people, first)) return undefined;
  const word = (i: number): string | undefined => {
    const t = ctx.tokens[i];
    return i < limit && t && t.kind === 'word' && t.sentence === first.sentence ? t.norm : undefined;
  };
  for (const form of tokenForms(first)) {
    if (form.prefixed && !proclitics) continue;
    const match = titles.longest(form.key, from + 1, word);
    if (!match) continue;
    const words = [form.key];
    for (let i = from + 1; i < match.end; i++) words.push(ctx.tokens[i]!.norm);
    return { first: from, end: match.end, start: form.start, stop: ctx.tokens[match.end - 1]!.end, kind: match.value, words };
  }
  return undefined;
}

/** The longest title that ends exactly at token `end` (exclusive), starting no earlier than `earliest`. */
export function titleEndingAt(ctx: RelationContext, end: number, earliest: number): TitleMatch | undefined {
  for (let from = Math.max(earliest, end - 5); from < end; from++) {
    const match = titleAt(ctx, from, end);
    if (match && match.end === end) return match;
  }
  return undefined;
}
